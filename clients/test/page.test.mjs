// The page at / in a real browser (Debian's Chromium, driven by playwright-core): its date control moves every part
// to another day and the address keeps it, a phone's width has no sideways scroll, and axe-core finds no serious or
// critical accessibility violation (WCAG 2 A and AA rules), at desktop and phone widths.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { base } from '../lib/server.mjs';

const executablePath = process.env.PARLEY_CHROMIUM ?? '/usr/bin/chromium';
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let browser;

before(async () => {
  assert.ok(existsSync(executablePath), `${executablePath} is not installed (apt-get install chromium)`);
  browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
});

after(async () => browser?.close());

/** The page at this address and width, once every part has loaded. */
async function open(address, width = 1280) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(`${base}${address}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
  return page;
}

/** axe-core's violations of the WCAG 2 A and AA rules that it rates serious or critical. */
async function seriousViolations(page) {
  await page.addScriptTag({ path: axeSource });
  const results = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }));
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`);
}

test('the date control moves the whole page to another day, and the address keeps it', async () => {
  const page = await open('/?asOf=2025-06-03');
  try {
    assert.equal(await page.inputValue('#as-of'), '2025-06-03');
    assert.match(await page.textContent('#now-heading'), /2025-06-03/);
    assert.match(await page.textContent('[data-summary="latest-round"] li'), /Istanbul talks, round 2/);
    assert.ok(await page.$('[data-summary-stage="WITHDRAWN"]'), 'the grain deal withdrawn by June 2025');

    await page.fill('#as-of', '2022-08-15');
    await page.dispatchEvent('#as-of', 'change');
    await page.waitForFunction(() => document.body.dataset.ready === 'true'
      && document.getElementById('now-heading').textContent.includes('2022-08-15'));
    assert.match(await page.textContent('[data-summary="latest-round"] li'), /Istanbul talks of March 2022, round 1/);
    assert.equal(await page.$('[data-summary-stage="WITHDRAWN"]'), null, 'not yet withdrawn in August 2022');
    assert.ok(await page.$('[data-summary-stage="SIGNED"]'));
    assert.equal(await page.$('#timeline li[data-kind] time >> text=2025'), null, 'the timeline stops at that day');
    assert.equal(new URL(page.url()).searchParams.get('asOf'), '2022-08-15');
    assert.ok(new URL(page.url()).searchParams.get('conflict'));

    // the drawn timeline: the whole record, then only the month before the chosen day
    const items = async () => Number(await page.getAttribute('#timeline-chart svg', 'data-items'));
    const whole = await items();
    assert.equal(whole, await page.locator('#timeline li[data-kind]').count());
    await page.selectOption('#span', '31');
    assert.ok(await items() < whole, `${await items()} marks in the last month, of ${whole}`);
    assert.match(await page.textContent('#timeline-chart svg'), /08-01/, 'a month is drawn in days');
    await page.selectOption('#span', '0');
    await page.selectOption('#tracks', 'party');
    assert.equal(await items(), whole, 'the same records, on other tracks');
    assert.ok(await page.$('#timeline-chart [data-track="Russia"]'));
    assert.ok(await page.$('#timeline-chart [data-track="Ukraine"]'));

    // zoomed and moved: the buttons narrow the window around its middle and move it back; a pinch (Ctrl and the wheel)
    // narrows it around the pointer
    const range = async () => ['data-from', 'data-to'].map(async (a) => page.getAttribute('#timeline-chart svg', a));
    const [from, to] = await Promise.all(await range());
    await page.click('#zoom-in');
    const [zoomedFrom, zoomedTo] = await Promise.all(await range());
    assert.ok(zoomedFrom > from && zoomedTo < to, `zoomed in: ${zoomedFrom}..${zoomedTo} within ${from}..${to}`);
    await page.click('#earlier');
    const [earlierFrom, earlierTo] = await Promise.all(await range());
    assert.ok(earlierFrom < zoomedFrom && earlierTo < zoomedTo, `moved earlier: ${earlierFrom}..${earlierTo}`);
    await page.click('#zoom-out');
    await page.click('#zoom-out');
    await page.click('#zoom-out');
    assert.deepEqual(await Promise.all(await range()), [from, to], 'zoomed out no further than the whole record');
    await page.locator('#timeline-chart').scrollIntoViewIfNeeded();
    const box = await page.locator('#timeline-chart').boundingBox();
    await page.mouse.move(box.x + box.width - 20, box.y + box.height / 2);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -400);
    await page.keyboard.up('Control');
    await page.waitForFunction((whole) => document.querySelector('#timeline-chart svg').dataset.from !== whole, from);
    const [pinchedFrom, pinchedTo] = await Promise.all(await range());
    assert.ok(pinchedFrom > from && pinchedTo >= '2022-08-01', `pinched near the chosen day: ${pinchedFrom}..${pinchedTo}`);
    assert.ok(await items() < whole);

    // a mark clicked opens its text and sources in place, with the way to its entry in the list
    await page.locator('#timeline-chart a.mark').last().click();
    const entry = await page.getAttribute('#timeline-mark', 'data-entry');
    assert.ok(await page.$(`#timeline #${entry}`));
    assert.match(await page.textContent('#timeline-mark'), /sources \(\d+\)/);
    assert.equal(await page.getAttribute('#timeline-mark a[href^="#"]', 'href'), `#${entry}`);
    assert.equal(new URL(page.url()).hash, '', 'the page stays where it is');

    // a provision's cell opens on its text and record
    await page.locator('.provision summary').first().click();
    assert.equal(await page.locator('.provision details[open]').count(), 1);
  } finally {
    await page.close();
  }
});

test('the page asks by GET with hashes, which a cache can keep, once the server knows them', async () => {
  await (await open('/?asOf=2024-01-10')).close(); // registers the page's documents, whatever ran before
  const page = await browser.newPage();
  const asked = [];
  page.on('requestfinished', async (request) => {
    if (new URL(request.url()).pathname === '/graphql') {
      asked.push(`${request.method()} ${(await request.response()).status()}`);
    }
  });
  try {
    await page.goto(`${base}/?asOf=2024-01-10`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    assert.ok(asked.length >= 6, asked.join(', '));
    assert.deepEqual(asked.filter((a) => !/^GET (200|304)$/.test(a)), [], asked.join(', '));
  } finally {
    await page.close();
  }
});

test('a timeline longer than a page comes in one request, each entry once', async () => {
  await (await open('/')).close(); // registers the page's documents
  const page = await browser.newPage();
  const timelines = []; // the timeline's query is the one with a `before` variable
  page.on('request', (request) => {
    const address = new URL(request.url());
    if (address.pathname === '/graphql' && 'before' in JSON.parse(address.searchParams.get('variables') || '{}')) {
      timelines.push(request.method());
    }
  });
  try {
    await page.goto(`${base}/`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    const conflict = new URL(page.url()).searchParams.get('conflict');
    const counted = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: `{ timeline(conflict: "${conflict}", to: "${await page.inputValue('#as-of')}", first: 0) { totalCount } }` }) });
    const total = (await counted.json()).data.timeline.totalCount;
    assert.ok(total > 100, `${total} entries: more than a page`);
    assert.equal(await page.locator('#timeline li[data-kind]').count(), total);
    assert.deepEqual(timelines, ['GET']);
  } finally {
    await page.close();
  }
});

test('a phone width scrolls only downwards', async () => {
  const page = await open('/?asOf=2025-06-03', 375);
  try {
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    assert.ok(widths.scroll <= widths.client, `the page is ${widths.scroll} px wide in a ${widths.client} px window`);
  } finally {
    await page.close();
  }
});

for (const width of [1440, 375]) {
  test(`axe-core finds no serious accessibility violation at ${width} px`, async () => {
    const page = await open('/?asOf=2025-06-03', width);
    try {
      assert.deepEqual(await seriousViolations(page), []);
    } finally {
      await page.close();
    }
  });
}
