// Reads everything from the public GraphQL API, as any frontend would: no build step, no library.
const $ = (id) => document.getElementById(id);

async function graphql(query, variables = {}) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) {
    throw new Error(body.errors.map((e) => e.message).join('; '));
  }
  return body.data;
}

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
  children.flat().forEach((child) => node.append(child));
  return node;
}

const label = (constant) => constant.charAt(0) + constant.slice(1).toLowerCase().replaceAll('_', ' ');

// What backs a record, asked of every record the page shows
const CITATIONS = (first) => `citations(first: ${first}) { quote locator stance attributedTo { name } source { publisher title url } }`;
const PROVENANCE = `disputed claimedBy { name } disputedBy { name } ${CITATIONS(5)}`;
// Where lists nest deep (ledgers, comparisons), claimedBy and disputedBy would each count 20 objects a record
// against the query's budget: the marks are read off the citations instead
const LIGHT_PROVENANCE = `disputed ${CITATIONS(3)}`;
const names = (parties) => parties.map((p) => p.name).join(', ');

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
  const hover = record.citations.filter((c) => c.quote)
    .map((c) => `“${c.quote}” (${c.source.publisher || c.source.url})`).join('\n');
  const details = element('details', { class: 'passages', title: hover || 'No passage recorded' },
    element('summary', {}, `sources (${record.citations.length})`), element('ul', {}, passages));
  return [...marks, details];
}

// Who said a statement: the person, or the speaker as the source words it, and for whom
const saidBy = (s) => [s.person ? s.person.name : s.speaker, s.party && s.party.name].filter(Boolean).join(', ');

async function showTimeline(conflict) {
  const entries = [];
  let after = null;
  do { // every page, 100 entries at a time
    const page = (await graphql(`query Timeline($conflict: ID!, $after: String) {
        timeline(conflict: $conflict, first: 100, after: $after) {
          pageInfo { hasNextPage endCursor }
          nodes {
            date kind title
            node {
              ... on Round { number city venue format mode talks { name } delegations { party { name } head { name } role } ${PROVENANCE} }
              ... on Statement { text direct speaker person { name } party { name } ${PROVENANCE} }
              ... on Event { ${PROVENANCE} } ... on Outcome { ${PROVENANCE} } ... on Position { ${PROVENANCE} }
              ... on AgreementStage { ${PROVENANCE} } ... on ImplementationRecord { ${PROVENANCE} }
            }
          } } }`, { conflict, after })).timeline;
    entries.push(...page.nodes);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  $('timeline').replaceChildren(...entries.map((entry) => {
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
    return element('li', { 'data-kind': entry.kind, 'data-disputed': String(entry.node.disputed) },
      element('time', {}, entry.date), element('span', { class: `kind kind-${entry.kind}` }, label(entry.kind)), text);
  }));
}

// What a provision's last report says, in words a reader takes in at a glance
const KEPT = { IMPLEMENTED: 'kept', PARTLY_IMPLEMENTED: 'partly kept', NOT_IMPLEMENTED: 'not kept', VIOLATED: 'broken' };

async function showAgreements(conflict) {
  const agreements = (await graphql(`query Agreements($conflict: ID!) {
      conflict(id: $conflict) { agreements(first: 20) {
        name kind
        stage { stage date party { name } }
        stages(first: 20) { stage date party { name } }
        parties(first: 10) { capacity party { name } }
        provisions(first: 30) {
          number text deadline status overdue obligated(first: 5) { name }
          ledger(first: 10) { status date description allegedBy { name } ${LIGHT_PROVENANCE} }
        } } } }`, { conflict })).conflict.agreements;
  if (agreements.length === 0) {
    $('agreements').replaceChildren(element('p', {}, 'No agreement is recorded yet.'));
    return;
  }
  $('agreements').replaceChildren(...agreements.map((agreement) => {
    const capacities = [...new Set(agreement.parties.map((p) => p.capacity))].map((capacity) =>
      `${label(capacity)}: ${agreement.parties.filter((p) => p.capacity === capacity).map((p) => p.party.name).join(', ')}`);
    const stages = agreement.stages.map((s) => element('li', {}, element('time', {}, s.date), ' ', label(s.stage),
      s.party ? ` (${s.party.name})` : ''));
    const provisions = agreement.provisions.map((p) => {
      const state = p.overdue ? 'overdue' : (KEPT[p.status] || 'no report');
      const alleged = p.status === 'VIOLATED' ? [...new Set(p.ledger.filter((l) => l.allegedBy).map((l) => l.allegedBy.name))] : [];
      return element('li', { class: 'provision', 'data-state': state },
        element('span', { class: `kept kept-${state.replaceAll(' ', '-')}` }, state + (alleged.length ? `, as ${alleged.join(', ')} alleges` : '')),
        ` ${p.number}. ${p.text}`, p.deadline ? ` (by ${p.deadline})` : '',
        p.ledger.length ? element('ul', { class: 'ledger' }, p.ledger.map((l) =>
          element('li', { 'data-disputed': String(l.disputed) }, element('time', {}, l.date),
            ` ${label(l.status)}: ${l.description} `, ...provenance(l)))) : '');
    });
    return element('article', { class: 'agreement', 'data-stage': agreement.stage ? agreement.stage.stage : '' },
      element('h3', {}, agreement.name, agreement.stage
        ? element('span', { class: 'stage' }, `${label(agreement.stage.stage)} ${agreement.stage.date}`) : ''),
      element('p', { class: 'note' }, capacities.join(' · ')),
      element('ol', { class: 'stages' }, stages),
      element('ol', { class: 'provisions' }, provisions));
  }));
}

async function showStances(conflict) {
  const topics = [...new Set((await graphql('{ positions(first: 100) { nodes { topic } } }'))
    .positions.nodes.map((p) => p.topic))].sort();
  if (topics.length === 0) {
    $('stances').replaceChildren(element('p', {}, 'No positions are recorded yet.'));
    return;
  }
  const fields = topics.map((topic, i) => `t${i}: compare(conflict: $conflict, topic: ${topic}) {
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
  const data = await graphql(`query Stances($conflict: ID!) { ${fields} }`, { conflict });
  $('stances').replaceChildren(...topics.map((_, i) => data[`t${i}`]).map((comparison) => {
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
    return element('article', { class: 'topic', 'data-topic': comparison.topic },
      element('h3', {}, label(comparison.topic),
        element('span', { class: `verdict verdict-${comparison.verdict}` }, comparison.verdict)),
      element('div', { class: 'sides' }, sides),
      findings.length ? element('ul', { class: 'findings' }, findings) : '');
  }));
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
    return element('table', { class: 'counts' }, element('caption', {}, caption),
      element('tr', {}, element('th', {}, ''), columns.map((c) => element('th', {}, label(c)))),
      rows.map((r) => element('tr', {}, element('th', {}, r || 'undated'), columns.map((c) => element('td', {}, String(count(r, c) || ''))))));
  };
  const events = data.events.aggregate;
  const positions = data.positions.aggregate;
  $('counts').replaceChildren(
    table(`This conflict's ${events.count} events, by year and kind`, events.groupBy, (g) => g.keys[0].value, (g) => g.keys[1].value),
    table(`All ${positions.count} positions on record, by party and kind`, positions.groupBy,
      (g) => (g.keys[0].node ? g.keys[0].node.name : 'no party'), (g) => g.keys[1].value));
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

async function show(conflict) {
  $('status').textContent = 'Loading…';
  try {
    await Promise.all([showTimeline(conflict), showAgreements(conflict), showStances(conflict), showDisputed(conflict),
      showCounts(conflict)]);
    $('download-events').onclick = () => download(EVENTS_CSV, { conflict }, 'events.csv');
    $('status').textContent = '';
    document.body.dataset.ready = 'true';
  } catch (error) {
    $('status').textContent = `Could not load: ${error.message}`;
  }
}

async function start() {
  try {
    const conflicts = (await graphql('{ conflicts(first: 100) { nodes { id name } } }')).conflicts.nodes;
    if (conflicts.length === 0) {
      $('status').textContent = 'No conflict is recorded yet.';
      return;
    }
    $('conflict').replaceChildren(...conflicts.map((c) => element('option', { value: c.id }, c.name)));
    $('conflict').addEventListener('change', (e) => show(e.target.value));
    await show(conflicts[0].id);
  } catch (error) {
    $('status').textContent = `Could not load: ${error.message}`;
  }
}

start();
