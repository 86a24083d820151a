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

async function showTimeline(conflict) {
  const entries = [];
  let after = null;
  do { // every page, 100 entries at a time
    const page = (await graphql(`query Timeline($conflict: ID!, $after: String) {
        timeline(conflict: $conflict, first: 100, after: $after) {
          pageInfo { hasNextPage endCursor }
          nodes {
            date kind title
            node { ... on Round { number city venue format mode talks { name } delegations { party { name } head { name } role } } }
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
      : element('div', {}, entry.title);
    return element('li', { 'data-kind': entry.kind },
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
          ledger(first: 20) { status date description allegedBy { name } }
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
      const alleged = p.status === 'VIOLATED' ? p.ledger.filter((l) => l.allegedBy).map((l) => l.allegedBy.name) : [];
      return element('li', { class: 'provision', 'data-state': state },
        element('span', { class: `kept kept-${state.replaceAll(' ', '-')}` }, state + (alleged.length ? `, as ${alleged.join(', ')} alleges` : '')),
        ` ${p.number}. ${p.text}`, p.deadline ? ` (by ${p.deadline})` : '',
        p.ledger.length ? element('ul', { class: 'ledger' }, p.ledger.map((l) =>
          element('li', {}, element('time', {}, l.date), ` ${label(l.status)}: ${l.description}`))) : '');
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
              .filter(Boolean).join('; ')}`) : '')))));
    const findings = [...comparison.findings, ...comparison.provisionFindings].filter((f) => f.verdict === 'OPPOSED')
      .map((f) => element('li', {}, f.explanation));
    return element('article', { class: 'topic', 'data-topic': comparison.topic },
      element('h3', {}, label(comparison.topic),
        element('span', { class: `verdict verdict-${comparison.verdict}` }, comparison.verdict)),
      element('div', { class: 'sides' }, sides),
      findings.length ? element('ul', { class: 'findings' }, findings) : '');
  }));
}

async function show(conflict) {
  $('status').textContent = 'Loading…';
  try {
    await Promise.all([showTimeline(conflict), showAgreements(conflict), showStances(conflict)]);
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
