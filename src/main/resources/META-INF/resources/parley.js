// Reads everything from the public GraphQL API, as any frontend would: no build step, no library.
const $ = (id) => document.getElementById(id);

async function sha256(text) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const post = (body) => fetch('/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

// Queries go by GET with their hash only (Apollo's automatic persisted queries), so that a CDN or the browser can keep
// the answer and its ETag makes asking again cheap; a hash the server does not know yet is sent once more by POST
// with its document, which registers it. Without SHA-256 in the browser (a page served over plain HTTP, not from
// localhost), by POST.
async function graphql(query, variables = {}) {
  let body;
  if (window.crypto && crypto.subtle) {
    const extensions = { persistedQuery: { version: 1, sha256Hash: await sha256(query) } };
    const address = new URLSearchParams({ variables: JSON.stringify(variables), extensions: JSON.stringify(extensions) });
    body = await (await fetch(`/graphql?${address}`, { headers: { 'apollo-require-preflight': 'true' } })).json();
    if ((body.errors || []).some((e) => e.extensions && e.extensions.code === 'PERSISTED_QUERY_NOT_FOUND')) {
      body = await (await post({ query, variables, extensions })).json();
    }
  } else {
    body = await (await post({ query, variables })).json();
  }
  if (body.errors) {
    throw new Error(body.errors.map((e) => e.message).join('; '));
  }
  return body.data;
}

// A node with its attributes and children: HTML, or SVG for the drawn timeline
function build(node, attributes, children) {
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
  children.flat().forEach((child) => node.append(child));
  return node;
}

const element = (tag, attributes = {}, ...children) => build(document.createElement(tag), attributes, children);

const label = (constant) => constant.charAt(0) + constant.slice(1).toLowerCase().replaceAll('_', ' ');

// What backs a record, asked of every record the page shows
const CITATIONS = (first) => `citations(first: ${first}) { quote locator stance attributedTo { name } source { publisher title url } }`;
const PROVENANCE = `disputed claimedBy { name } disputedBy { name } ${CITATIONS(5)}`;
// Where lists nest deep (ledgers, comparisons), claimedBy and disputedBy would each count 20 objects a record
// against the query's budget: the marks are read off the citations instead
const LIGHT_PROVENANCE = `disputed ${CITATIONS(3)}`;
const names = (parties) => parties.map((p) => p.name).join(', ');

// The passages a record's sources hold, as a tooltip shows them
const quotes = (record) => record.citations.filter((c) => c.quote).map((c) => `“${c.quote}” (${c.source.publisher || c.source.url})`);

// A record's claim and dispute marks, and its sources' passages: on hover (title) and on tap (details)
function provenance(record) {
  const named = (stance) => [...new Set(record.citations.filter((c) => c.stance === stance && c.attributedTo)
    .map((c) => c.attributedTo.name))].sort().map((name) => ({ name }));
  record = { claimedBy: named('REPORTS_CLAIM'), disputedBy: named('DISPUTES'), ...record };
  const marks = [];
  if (record.claimedBy.length) {
    marks.push(element('span', { class: 'claim' }, `claimed by ${names(record.claimedBy)}`));
  }
  if (record.disputed) {
    marks.push(element('span', { class: 'disputed' },
      record.disputedBy.length ? `disputed by ${names(record.disputedBy)}` : 'disputed'));
  }
  const passages = record.citations.map((c) => {
    const who = c.attributedTo ? `${c.attributedTo.name}, ` : '';
    const stance = c.stance === 'SUPPORTS' ? '' : ` — ${c.stance === 'DISPUTES' ? 'disputes it' : 'reports a claim'}`;
    return element('li', { class: `citation stance-${c.stance}` },
      c.quote ? element('q', {}, c.quote) : element('span', { class: 'note' }, 'No passage recorded.'), ' ',
      element('cite', {}, `${who}${c.source.publisher || c.source.title || c.source.url}`
        + `${c.locator ? ', ' + c.locator : ''}${stance}`),
      ' ', element('a', { href: c.source.url, rel: 'noopener' }, 'read'));
  });
  const hover = quotes(record).join('\n');
  const details = element('details', { class: 'passages', title: hover || 'No passage recorded' },
    element('summary', {}, `sources (${record.citations.length})`), element('ul', {}, passages));
  return [...marks, details];
}

// Who said a statement: the person, or the speaker as the source words it, and for whom
const saidBy = (s) => [s.person ? s.person.name : s.speaker, s.party && s.party.name].filter(Boolean).join(', ');

// The day a partial date starts on ("2022" → 2022-01-01, "2025-W30" → that week's Monday), to compare with the chosen day
function firstDay(partial) {
  const week = /^(\d{4})-W(\d{2})$/.exec(partial);
  if (week) {
    const jan4 = new Date(Date.UTC(Number(week[1]), 0, 4));
    const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86400000 + (Number(week[2]) - 1) * 7 * 86400000);
    return monday.toISOString().slice(0, 10);
  }
  return (partial + '-01-01').slice(0, 10);
}

// The day a partial date ends on ("2022" → 2022-12-31, "2022-02" → 2022-02-28, a week → its Sunday)
function lastDay(partial) {
  const first = new Date(`${firstDay(partial)}T00:00:00Z`);
  const end = /^\d{4}$/.test(partial) ? new Date(Date.UTC(first.getUTCFullYear(), 11, 31))
    : /^\d{4}-\d{2}$/.test(partial) ? new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0))
      : /W/.test(partial) ? new Date(first.getTime() + 6 * 86400000) : first;
  return end.toISOString().slice(0, 10);
}

const KINDS = ['ROUND', 'AGREEMENT_STAGE', 'IMPLEMENTATION', 'OUTCOME', 'POSITION', 'STATEMENT', 'EVENT'];
const SVG = 'http://www.w3.org/2000/svg';

const svg = (tag, attributes = {}, ...children) => build(document.createElementNS(SVG, tag), attributes, children);

// The parties a timeline entry names: a round's delegations, who stated a position or a statement, who took a step,
// who alleges a breach
function partiesOf(entry) {
  const node = entry.node;
  // aliased where the union's types disagree on whether a party is given (Position's always is)
  const named = [...(node.delegations || []).map((d) => d.party), node.party, node.positionParty, node.stageParty, node.allegedBy]
    .filter(Boolean).map((p) => p.name);
  return [...new Set(named)];
}

const NO_PARTY = 'No party named';

const day = (text) => Date.parse(`${text}T00:00:00Z`) / 86400000;

// The drawn timeline's window, [start, end) in days since 1970: from the record's first entry (or a month) to the end
// of the chosen day, zoomed around a day or moved, never past those bounds nor narrower than a week
function timeWindows(entries, asOf) {
  const end = day(asOf) + 1;
  const first = Math.min(end - 31, ...entries.map((e) => day(firstDay(e.date))));
  const fit = (from, to) => {
    const span = Math.min(end - first, Math.max(7, to - from));
    const start = Math.max(first, Math.min(from, end - span));
    return { start, end: start + span };
  };
  return {
    last: (days) => ({ start: days > 0 ? end - days : first, end }),
    zoom: (w, factor, at = (w.start + w.end) / 2) => fit(at - (at - w.start) * factor, at + (w.end - at) * factor),
    move: (w, days) => fit(w.start + days, w.end + days),
  };
}

// The timeline drawn in a window of days: a horizontal time axis (years, months or days as the window narrows), a
// track per kind or per party, each record a mark linking to its entry in the list. Answers the day under a
// horizontal position on the screen, for zooming around it.
function drawTimeline(entries, view, byParty) {
  const { start, end } = view;
  const shown = entries.filter((e) => day(lastDay(e.date)) + 1 > start && day(firstDay(e.date)) < end);
  const tracks = byParty
    ? [...new Set(shown.flatMap((e) => partiesOf(e)))].sort().concat(NO_PARTY).map((party) => ({ key: 'party', name: party,
      entries: shown.filter((e) => (party === NO_PARTY ? partiesOf(e).length === 0 : partiesOf(e).includes(party))) }))
      .filter((t) => t.entries.length > 0)
    : KINDS.map((kind) => ({ key: kind, name: label(kind), entries: shown.filter((e) => e.kind === kind) })).filter((t) => t.entries.length > 0);
  const width = Math.max(320, $('timeline-chart').clientWidth || 900);
  const left = 110; const track = 26; const top = 24;
  const height = top + tracks.length * track + 8;
  const x = (d) => left + ((Math.max(start, Math.min(end, d)) - start) / (end - start)) * (width - left - 10);
  const ticks = [];
  const span = end - start;
  const cursor = new Date((start) * 86400000);
  const step = span > 3 * 365 ? 'year' : span > 92 ? 'month' : 'day';
  cursor.setUTCDate(step === 'day' ? cursor.getUTCDate() : 1);
  if (step === 'year') cursor.setUTCMonth(0);
  for (let guard = 0; guard < 400 && cursor.getTime() / 86400000 < end; guard++) {
    const at = cursor.getTime() / 86400000;
    if (at >= start && (step !== 'day' || span <= 31 || cursor.getUTCDate() % 7 === 1)) {
      ticks.push([at, step === 'year' ? String(cursor.getUTCFullYear())
        : step === 'month' ? cursor.toISOString().slice(0, 7) : cursor.toISOString().slice(5, 10)]);
    }
    if (step === 'year') cursor.setUTCFullYear(cursor.getUTCFullYear() + 1);
    else if (step === 'month') cursor.setUTCMonth(cursor.getUTCMonth() + 1);
    else cursor.setUTCDate(cursor.getUTCDate() + 1);
  }
  const every = Math.ceil(ticks.length / Math.max(1, Math.floor((width - left) / 60))); // labels that fit
  const shownDay = (d) => new Date(d * 86400000).toISOString().slice(0, 10);
  const chart = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'group',
    'aria-label': `Timeline of ${shown.length} records from ${shownDay(start)} to ${shownDay(end - 1)}`,
    'data-items': String(shown.length), 'data-from': shownDay(start), 'data-to': shownDay(end - 1) },
  ticks.map(([at, text], i) => svg('g', { class: 'tick' }, svg('line', { x1: x(at), x2: x(at), y1: top - 6, y2: height }),
    i % every === 0 ? svg('text', { x: x(at) + 2, y: top - 10 }, text) : '')),
  tracks.map((t, row) => svg('g', { class: `track track-${t.key}`, 'data-track': t.name },
    svg('text', { x: 4, y: top + row * track + track / 2 + 4, class: 'track-label' },
      t.name.length > 17 ? `${t.name.slice(0, 16)}…` : t.name, svg('title', {}, t.name)),
    t.entries.map((e) => {
      const from = day(firstDay(e.date)); const to = day(lastDay(e.date)) + 1;
      const y = top + row * track + track / 2;
      const mark = to - from > 1
        ? svg('rect', { x: x(from), y: y - 5, width: Math.max(3, x(to) - x(from)), height: 10, rx: 3 })
        : svg('circle', { cx: x(from), cy: y, r: 5 });
      const link = svg('a', { href: `#${e.anchor}`, class: `mark kind-${e.kind}`, 'data-disputed': String(e.node.disputed),
        'aria-label': `${e.date}, ${label(e.kind)}: ${e.title}` }, svg('title', {}, [`${e.date} — ${e.title}`, ...quotes(e.node)].join('\n')), mark);
      link.addEventListener('click', (event) => { event.preventDefault(); showMark(e); });
      return link;
    }))));
  $('timeline-chart').replaceChildren(shown.length ? chart : element('p', { class: 'note' }, 'Nothing is recorded in this window.'));
  return (clientX) => {
    const box = $('timeline-chart').getBoundingClientRect();
    return start + Math.max(0, Math.min(1, (clientX - box.left - left) / (width - left - 10))) * (end - start);
  };
}

// A mark tapped or clicked: its text and sources in place, under the drawing, with the way to its entry in the list
function showMark(entry) {
  $('timeline-mark').replaceChildren(
    element('p', {}, element('time', {}, entry.date), element('span', { class: `kind kind-${entry.kind}` }, label(entry.kind)),
      entry.title, ' ', ...provenance(entry.node)),
    element('p', {}, element('a', { href: `#${entry.anchor}` }, 'Its entry in the list'), ' ',
      element('button', { type: 'button' }, 'Close')));
  $('timeline-mark').querySelector('button').onclick = () => $('timeline-mark').replaceChildren();
  $('timeline-mark').dataset.entry = entry.anchor;
}

// Zoom and move the drawing: buttons, a trackpad's pinch (a wheel with Ctrl), a sideways wheel or Shift, two fingers
// apart or together, one finger sideways; a plain wheel still scrolls the page
function zoomable(windows, get, set) {
  const chart = $('timeline-chart');
  const span = () => get().end - get().start;
  const pixels = () => Math.max(1, chart.clientWidth - 120);
  $('zoom-in').onclick = () => set(windows.zoom(get(), 0.5));
  $('zoom-out').onclick = () => set(windows.zoom(get(), 2));
  $('earlier').onclick = () => set(windows.move(get(), -span() / 2));
  $('later').onclick = () => set(windows.move(get(), span() / 2));
  chart.onwheel = (event) => {
    const sideways = event.shiftKey || Math.abs(event.deltaX) > Math.abs(event.deltaY);
    if (!(event.ctrlKey || event.metaKey || sideways)) {
      return;
    }
    event.preventDefault();
    set(sideways ? windows.move(get(), ((event.deltaX || event.deltaY) / pixels()) * span())
      : windows.zoom(get(), Math.exp(event.deltaY / 200), chart.dayAt(event.clientX)));
  };
  const touches = new Map();
  // (handlers return nothing: an on-handler returning false cancels the event's default)
  chart.onpointerdown = (event) => {
    if (event.pointerType === 'touch') {
      touches.set(event.pointerId, event.clientX);
    }
  };
  chart.onpointerup = chart.onpointercancel = (event) => {
    touches.delete(event.pointerId);
  };
  chart.onpointermove = (event) => {
    if (!touches.has(event.pointerId)) {
      return;
    }
    const before = [...touches.values()];
    touches.set(event.pointerId, event.clientX);
    const now = [...touches.values()];
    const apart = (xs) => Math.abs(xs[0] - xs[1]);
    if (now.length === 2 && apart(before) > 10 && apart(now) > 10) {
      set(windows.zoom(get(), apart(before) / apart(now), chart.dayAt((now[0] + now[1]) / 2)));
    } else if (now.length === 1) {
      set(windows.move(get(), ((before[0] - now[0]) / pixels()) * span()));
    }
  };
}

// Both ends of what is not read yet, 100 entries each, in one request: a record of up to 200 entries in one, a longer
// one from both ends inwards until they meet
const TIMELINE = `query Timeline($conflict: ID!, $asOf: PartialDate, $after: String, $before: String) {
    head: timeline(conflict: $conflict, to: $asOf, first: 100, after: $after, before: $before) { ...Entries }
    tail: timeline(conflict: $conflict, to: $asOf, last: 100, after: $after, before: $before) { ...Entries } }
  fragment Entries on TimelineConnection {
    edges { cursor node {
      date kind title
      node {
        ... on Round { number city venue format mode talks { name } delegations { party { name } head { name } role }
          outcomes(first: 5) { kind description } agreements(first: 5) { name } ${PROVENANCE} }
        ... on Statement { text direct speaker person { name } party { name } ${PROVENANCE} }
        ... on Event { ${PROVENANCE} } ... on Outcome { ${PROVENANCE} } ... on Position { positionParty: party { name } ${PROVENANCE} }
        ... on AgreementStage { stageParty: party { name } ${PROVENANCE} } ... on ImplementationRecord { allegedBy { name } ${PROVENANCE} }
      } } } }`;

async function showTimeline(conflict, asOf) {
  const front = []; let back = [];
  let after = null; let before = null;
  for (;;) {
    const { head, tail } = await graphql(TIMELINE, { conflict, asOf, after, before });
    front.push(...head.edges);
    back = [...tail.edges, ...back];
    const last = head.edges[head.edges.length - 1];
    if (head.edges.length < 100 || tail.edges.some((e) => e.cursor === last.cursor)) {
      break; // the head read all that was left, or the two ends overlap
    }
    after = last.cursor;
    before = tail.edges[0].cursor;
  }
  const read = new Set();
  const entries = [...front, ...back].filter((e) => !read.has(e.cursor) && read.add(e.cursor)).map((e) => e.node);
  $('timeline').replaceChildren(...entries.map((entry, index) => {
    entry.anchor = `entry-${index}`;
    const text = entry.kind === 'ROUND'
      ? element('div', {}, element('span', { class: 'round' }, `${entry.node.talks.name}, round ${entry.node.number}`),
          ` — ${[entry.node.city, entry.node.venue, ...[entry.node.format, entry.node.mode].filter(Boolean).map(label)]
            .filter(Boolean).join(', ')}. Delegations: `,
          entry.node.delegations.map((d) => `${d.party.name}${d.head ? ' (' + d.head.name + ')' : ''}`
            + (d.role === 'NEGOTIATOR' ? '' : `, ${label(d.role)}`)).join('; ') || 'none recorded')
      : entry.kind === 'STATEMENT'
        ? element('div', {}, element('span', { class: 'speaker' }, saidBy(entry.node)), ': ',
          entry.node.direct ? element('q', {}, entry.node.text) : entry.node.text)
        : element('div', {}, entry.title);
    text.append(' ', ...provenance(entry.node));
    return element('li', { id: entry.anchor, 'data-kind': entry.kind, 'data-disputed': String(entry.node.disputed) },
      element('time', {}, entry.date), element('span', { class: `kind kind-${entry.kind}` }, label(entry.kind)), text);
  }));
  if (entries.length === 0) {
    $('timeline').replaceChildren(element('li', {}, 'Nothing is recorded by this day.'));
  }
  return entries;
}

// What a provision's last report says, in words a reader takes in at a glance
const KEPT = { IMPLEMENTED: 'kept', PARTLY_IMPLEMENTED: 'partly kept', NOT_IMPLEMENTED: 'not kept', VIOLATED: 'broken' };

// A provision's state on the chosen day, as the page words it
const stateOf = (provision) => (provision.overdue ? 'overdue' : (KEPT[provision.status] || 'no report'));

async function showAgreements(conflict, asOf) {
  const all = (await graphql(`query Agreements($conflict: ID!, $asOf: PartialDate) {
      conflict(id: $conflict) { agreements(first: 20) {
        name kind
        stage(asOf: $asOf) { stage date party { name } }
        stages(asOf: $asOf, first: 20) { stage date party { name } ${LIGHT_PROVENANCE} }
        everStaged: stages(first: 1) { date }
        parties(first: 10) { capacity party { name } }
        preconditions(first: 20) { text statedOn party { name } supersededBy { statedOn } met(asOf: $asOf) ${LIGHT_PROVENANCE} }
        provisions(first: 30) {
          number text deadline status(asOf: $asOf) overdue(asOf: $asOf) obligated(first: 5) { name }
          ledger(asOf: $asOf, first: 10) { status date description allegedBy { name } ${LIGHT_PROVENANCE} }
        } } } }`, { conflict, asOf })).conflict.agreements;
  // an agreement whose first step comes after the chosen day did not exist yet
  const agreements = all.filter((a) => a.stage || a.everStaged.length === 0);
  agreements.forEach((agreement, index) => {
    agreement.anchor = `agreement-${index}`;
    agreement.provisions.forEach((p, i) => { p.anchor = `${agreement.anchor}-provision-${i}`; });
  });
  if (agreements.length === 0) {
    $('agreements').replaceChildren(element('p', {}, 'No agreement is recorded by this day.'));
    return agreements;
  }
  $('agreements').replaceChildren(...agreements.map((agreement) => {
    const capacities = [...new Set(agreement.parties.map((p) => p.capacity))].map((capacity) =>
      `${label(capacity)}: ${agreement.parties.filter((p) => p.capacity === capacity).map((p) => p.party.name).join(', ')}`);
    const stages = agreement.stages.map((s) => element('li', { 'data-disputed': String(s.disputed) }, element('time', {}, s.date), ' ',
      label(s.stage), s.party ? ` (${s.party.name})` : '', ' ', ...provenance(s)));
    const provisions = agreement.provisions.map((p) => {
      const state = stateOf(p);
      const alleged = p.status === 'VIOLATED' ? [...new Set(p.ledger.filter((l) => l.allegedBy).map((l) => l.allegedBy.name))] : [];
      // a cell of the board, coloured and labelled by its state; its text and ledger open on click
      return element('li', { id: p.anchor, class: 'provision', 'data-state': state },
        element('details', {}, element('summary', { title: p.text },
          element('span', { class: 'number' }, `${p.number}`), ' ',
          element('span', { class: `kept kept-${state.replaceAll(' ', '-')}` }, state + (alleged.length ? `, as ${alleged.join(', ')} ${alleged.length > 1 ? 'allege' : 'alleges'}` : ''))),
        element('p', {}, `${p.number}. ${p.text}`, p.deadline ? ` (by ${p.deadline})` : '',
          p.obligated.length ? ` Owed by ${names(p.obligated)}.` : ''),
        p.ledger.length ? element('ul', { class: 'ledger' }, p.ledger.map((l) =>
          element('li', { 'data-disputed': String(l.disputed) }, element('time', {}, l.date),
            ` ${label(l.status)}: ${l.description} `, ...provenance(l)))) : element('p', { class: 'note' }, 'No report by this day.')));
    });
    return element('article', { id: agreement.anchor, class: 'agreement', 'data-stage': agreement.stage ? agreement.stage.stage : '' },
      element('h3', {}, agreement.name, agreement.stage
        ? element('span', { class: 'stage' }, `${label(agreement.stage.stage)} ${agreement.stage.date}`) : ''),
      element('p', { class: 'note' }, capacities.join(' · ')),
      element('ol', { class: 'stages' }, stages),
      element('ol', { class: 'provisions' }, provisions));
  }));
  return agreements;
}

// A wide table that scrolls sideways on its own (a phone), reachable by keyboard, never the whole page
const scrolling = (name, table) => element('div', { class: 'scroll-x', role: 'region', tabindex: '0', 'aria-label': name }, table);

// Topics by parties: what kinds of position each party had standing on each topic, and the comparison's verdict,
// each row linking to the topic's positions and the reasons for its verdict
function matrix(comparisons) {
  const parties = [...new Set(comparisons.flatMap((c) => c.stances.filter((s) => s.positions.length > 0).map((s) => s.party.name)))].sort();
  const cell = (comparison, party) => {
    const stance = comparison.stances.find((s) => s.party.name === party);
    const kinds = stance ? [...new Set(stance.positions.map((p) => p.kind))].map((kind) => {
      const n = stance.positions.filter((p) => p.kind === kind).length;
      return `${label(kind)}${n > 1 ? ` ×${n}` : ''}`;
    }) : [];
    return element('td', { 'data-cell': `${comparison.topic}/${party}` }, kinds.length ? kinds.join(', ')
      : element('span', { class: 'none', 'aria-label': 'no position' }, '—'));
  };
  const caption = 'Positions standing on this day, topic by party, and how they compare';
  return scrolling(caption, element('table', { class: 'matrix' }, element('caption', {}, caption),
    element('thead', {}, element('tr', {}, element('th', { scope: 'col' }, 'Topic'),
      parties.map((p) => element('th', { scope: 'col' }, p)), element('th', { scope: 'col' }, 'Verdict'))),
    element('tbody', {}, comparisons.map((c) => element('tr', { 'data-topic-row': c.topic },
      element('th', { scope: 'row' }, element('a', { href: `#topic-${c.topic}` }, label(c.topic))),
      parties.map((p) => cell(c, p)),
      element('td', {}, element('a', { href: `#topic-${c.topic}`, class: `verdict verdict-${c.verdict}` }, c.verdict)))))));
}

// `topics`: those of every position on record, counted by the database (start)
async function showStances(conflict, asOf, topics) {
  if (topics.length === 0) {
    $('stances').replaceChildren(element('p', {}, 'No positions are recorded yet.'));
    return [];
  }
  const fields = topics.map((topic, i) => `t${i}: compare(conflict: $conflict, topic: ${topic}, asOf: $asOf) {
      topic verdict
      stances { party { name } positions {
        kind text statedOn
        respondsTo { kind party { name } }
        conditions { act stage agreement { name } }
        ${LIGHT_PROVENANCE}
      } }
      findings { verdict explanation }
      provisionFindings { verdict explanation }
    }`).join('\n');
  const data = await graphql(`query Stances($conflict: ID!, $asOf: PartialDate) { ${fields} }`, { conflict, asOf });
  const comparisons = topics.map((_, i) => data[`t${i}`]);
  $('stances').replaceChildren(matrix(comparisons), ...comparisons.map((comparison) => {
    const sides = comparison.stances.filter((s) => s.positions.length > 0).map((stance) =>
      element('div', { class: 'side' }, element('h4', {}, stance.party.name),
        element('ul', {}, stance.positions.map((p) =>
          element('li', {}, element('span', { class: 'pkind' }, label(p.kind)), ' ', p.text, ` (${p.statedOn})`,
            p.respondsTo ? element('span', { class: 'link' },
              ` answers ${p.respondsTo.party.name}'s ${label(p.respondsTo.kind)}`) : '',
            p.conditions ? element('span', { class: 'link' }, ` conditions ${[p.conditions.act, p.conditions.agreement
              && `${p.conditions.agreement.name}${p.conditions.stage ? ' (' + label(p.conditions.stage) + ')' : ''}`]
              .filter(Boolean).join('; ')}`) : '', ' ', ...provenance(p))))));
    const findings = [...comparison.findings, ...comparison.provisionFindings].filter((f) => f.verdict === 'OPPOSED')
      .map((f) => element('li', {}, f.explanation));
    return element('article', { id: `topic-${comparison.topic}`, class: 'topic', 'data-topic': comparison.topic },
      element('h3', {}, label(comparison.topic),
        element('span', { class: `verdict verdict-${comparison.verdict}` }, comparison.verdict)),
      element('div', { class: 'sides' }, sides),
      findings.length ? element('ul', { class: 'findings' }, findings) : '');
  }));
  return comparisons;
}

// The conflict's records a cited source disputes, with who disputes them and the passages
async function showDisputed(conflict) {
  const data = await graphql(`query Disputed($conflict: ID!) {
      territories(conflict: $conflict, disputed: true, first: 50) { nodes { name description ${PROVENANCE} } }
      events(conflict: $conflict, disputed: true, first: 50) { nodes { date description ${PROVENANCE} } } }`, { conflict });
  const records = [
    ...data.territories.nodes.map((t) => ({ what: 'Territory', text: `${t.name}: ${t.description || ''}`, record: t })),
    ...data.events.nodes.map((e) => ({ what: `Event, ${e.date}`, text: e.description, record: e }))];
  $('disputed').replaceChildren(records.length === 0 ? element('p', {}, 'No source disputes a record of this conflict.')
    : element('ul', { class: 'disputed-list' }, records.map((r) => element('li', { 'data-disputed': 'true' },
      element('span', { class: 'pkind' }, r.what), ' ', r.text, ' ', ...provenance(r.record)))));
}

// Counts the database computes (`aggregate`): the conflict's events by year and kind, and every party's positions by kind
async function showCounts(conflict) {
  const data = await graphql(`query Counts($conflict: ID!) {
      events(conflict: $conflict, first: 0) { aggregate { count groupBy(by: [YEAR, KIND], first: 100) { count keys { value } } } }
      positions(first: 0) { aggregate { count groupBy(by: [PARTY, KIND], first: 100) { count keys { value node { ... on Party { name } } } } } } }`,
  { conflict });
  const table = (caption, groups, row, column) => {
    const rows = [...new Set(groups.map(row))];
    const columns = [...new Set(groups.map(column))].sort();
    const count = (r, c) => groups.filter((g) => row(g) === r && column(g) === c).reduce((n, g) => n + g.count, 0);
    return scrolling(caption, element('table', { class: 'counts' }, element('caption', {}, caption),
      element('tr', {}, element('th', {}, ''), columns.map((c) => element('th', {}, label(c)))),
      rows.map((r) => element('tr', {}, element('th', {}, r || 'undated'), columns.map((c) => element('td', {}, String(count(r, c) || '')))))));
  };
  const events = data.events.aggregate;
  const positions = data.positions.aggregate;
  $('counts').replaceChildren(
    table(`This conflict's ${events.count} events, by year and kind`, events.groupBy, (g) => g.keys[0].value, (g) => g.keys[1].value),
    table(`All ${positions.count} positions on record, by party and kind`, positions.groupBy,
      (g) => (g.keys[0].node ? g.keys[0].node.name : 'no party'), (g) => g.keys[1].value));
}

// The states of commitments, in the order the summary counts them
const STATES = ['kept', 'partly kept', 'not kept', 'broken', 'overdue', 'no report'];

// "Now, first": the chosen day at a glance, each item linking to the part of the page that details it
function showSummary(asOf, entries, agreements, comparisons) {
  const link = (anchor, ...text) => element('a', { href: `#${anchor}` }, ...text);
  const part = (name, heading, items, none) => element('div', { class: 'summary-part', 'data-summary': name },
    element('h3', {}, heading), items.length ? element('ul', {}, items) : element('p', { class: 'note' }, none));

  const rounds = entries.filter((e) => e.kind === 'ROUND');
  const latest = rounds[rounds.length - 1]; // the timeline is in date order, up to the chosen day
  const produced = latest ? [...latest.node.outcomes.map((o) => element('li', {}, element('strong', {}, label(o.kind)), `: ${o.description}`)),
    ...latest.node.agreements.map((a) => element('li', {}, element('strong', {}, 'Agreement'), `: ${a.name}`))] : [];
  const round = latest ? [element('li', { 'data-summary': 'latest-round' },
    link(latest.anchor, `${latest.node.talks.name}, round ${latest.node.number}`), ` — ${latest.date}`,
    latest.node.city ? `, ${latest.node.city}` : '', '. ',
    produced.length ? ['It produced:', element('ul', { class: 'produced' }, produced)] : 'No outcome is recorded. ',
    ...provenance(latest.node))] : [];

  const stages = agreements.filter((a) => a.stage).map((a) => element('li', { 'data-summary-stage': a.stage.stage },
    link(a.anchor, a.name), ': ', element('span', { class: 'stage' }, label(a.stage.stage)),
    ` since ${a.stage.date}${a.stage.party ? ` (${a.stage.party.name})` : ''}`));

  const provisions = agreements.flatMap((a) => a.provisions);
  const counts = STATES.map((state) => [state, provisions.filter((p) => stateOf(p) === state).length]).filter(([, n]) => n > 0);
  const bar = counts.length ? [element('li', { 'data-summary-counts': counts.map(([s, n]) => `${s}:${n}`).join(',') },
    // each segment leads to the first commitment it counts
    element('div', { class: 'bar' }, counts.map(([state, n]) => element('a', { class: `kept kept-${state.replaceAll(' ', '-')}`,
      href: `#${provisions.find((p) => stateOf(p) === state).anchor}`, style: `flex-grow: ${n}` }, `${n} ${state}`))),
    `${provisions.length} commitments in ${agreements.length} agreements, by their last report by this day.`)] : [];

  const open = agreements.flatMap((a) => a.preconditions
    .filter((p) => firstDay(p.statedOn) <= asOf && p.met !== true
      && !(p.supersededBy && firstDay(p.supersededBy.statedOn) <= asOf))
    .map((p) => element('li', { 'data-summary-precondition': a.name }, element('strong', {}, p.party.name), `: ${p.text} — for `,
      link(a.anchor, a.name), ' ', ...provenance(p))));

  const opposed = comparisons.filter((c) => c.verdict === 'OPPOSED').map((c) => element('li', { 'data-summary-opposed': c.topic },
    link(`topic-${c.topic}`, label(c.topic))));

  $('now-heading').textContent = `Where things stood on ${asOf}`;
  $('summary').replaceChildren(
    part('latest-round', 'The latest round', round, 'No round is recorded by this day.'),
    part('agreements', 'Where each agreement stood', stages, 'No agreement had been reached by this day.'),
    part('commitments', 'Were the commitments kept?', bar, 'No commitment is recorded by this day.'),
    part('preconditions', 'Preconditions still open', open, 'No open precondition is recorded.'),
    part('opposed', 'Where the sides were opposed', opposed, 'On no topic were the sides found opposed.'));
}

// A list the page shows, as the API answers it in CSV (`Accept: text/csv`), saved as a file
async function download(query, variables, file) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'text/csv' },
    body: JSON.stringify({ query, variables }),
  });
  if (!(response.headers.get('Content-Type') || '').startsWith('text/csv')) {
    const body = await response.json();
    $('status').textContent = `Could not download: ${body.errors.map((e) => e.message).join('; ')}`;
    return;
  }
  const url = URL.createObjectURL(await response.blob());
  const link = element('a', { href: url, download: file });
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

const EVENTS_CSV = `query EventsCsv($conflict: ID!) {
    events(conflict: $conflict, first: 100) { nodes { date datePrecision kind place description disputed } } }`;

const today = () => new Date().toISOString().slice(0, 10);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

// The whole page on one day; the address keeps the conflict and the day (none when it is today), to share
async function show(conflict, asOf, topics) {
  $('status').textContent = 'Loading…';
  delete document.body.dataset.ready;
  const address = new URLSearchParams({ conflict });
  if (asOf !== today()) {
    address.set('asOf', asOf);
  }
  history.replaceState(null, '', `?${address}`);
  try {
    const [entries, agreements, comparisons] = await Promise.all([showTimeline(conflict, asOf), showAgreements(conflict, asOf),
      showStances(conflict, asOf, topics), showDisputed(conflict), showCounts(conflict)]);
    const windows = timeWindows(entries, asOf);
    let shown = windows.last(Number($('span').value));
    const draw = (view = shown) => {
      shown = view;
      $('timeline-chart').dayAt = drawTimeline(entries, shown, $('tracks').value === 'party');
    };
    draw();
    $('span').onchange = () => draw(windows.last(Number($('span').value)));
    $('tracks').onchange = () => draw();
    zoomable(windows, () => shown, draw);
    $('timeline-mark').replaceChildren();
    showSummary(asOf, entries, agreements, comparisons);
    $('download-events').onclick = () => download(EVENTS_CSV, { conflict }, 'events.csv');
    $('status').textContent = '';
    document.body.dataset.ready = 'true';
  } catch (error) {
    $('status').textContent = `Could not load: ${error.message}`;
  }
}

async function start() {
  try {
    const record = await graphql(`{ conflicts(first: 100) { nodes { id name } }
      positions(first: 0) { aggregate { groupBy(by: [TOPIC], first: 100) { keys { value } } } } }`);
    const conflicts = record.conflicts.nodes;
    const topics = record.positions.aggregate.groupBy.map((g) => g.keys[0].value).sort();
    if (conflicts.length === 0) {
      $('status').textContent = 'No conflict is recorded yet.';
      return;
    }
    const asked = new URLSearchParams(location.search);
    const conflict = conflicts.some((c) => c.id === asked.get('conflict')) ? asked.get('conflict') : conflicts[0].id;
    const asOf = DAY.test(asked.get('asOf') || '') ? asked.get('asOf') : today();
    $('conflict').replaceChildren(...conflicts.map((c) => element('option', { value: c.id }, c.name)));
    $('conflict').value = conflict;
    $('as-of').value = asOf;
    $('as-of').max = today();
    const again = () => show($('conflict').value, DAY.test($('as-of').value) ? $('as-of').value : today(), topics);
    $('conflict').addEventListener('change', again);
    $('as-of').addEventListener('change', again);
    $('today').addEventListener('click', () => { $('as-of').value = today(); again(); });
    $('controls').addEventListener('submit', (e) => { e.preventDefault(); again(); });
    await show(conflict, asOf, topics);
  } catch (error) {
    $('status').textContent = `Could not load: ${error.message}`;
  }
}

start();
