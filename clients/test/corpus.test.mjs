// Old clients (docs/contract.md): the operations kept in clients/corpus/<version>/ as frontend teams had them at each
// release must still validate against the served schema and run against the bundled data without errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { parse, validate } from 'graphql';
import { post, servedSchema } from '../lib/server.mjs';

const corpus = new URL('../corpus/', import.meta.url);

/** Values for the variables the corpus declares, by name, from the bundled data; the others are left out. */
async function values() {
  const ids = await post('{ conflicts(first: 10) { nodes { id } } rounds(first: 1) { nodes { id } } }');
  assert.equal(ids.errors, undefined, JSON.stringify(ids.errors));
  return { conflict: ids.data.conflicts.nodes.map((c) => c.id), id: [ids.data.rounds.nodes[0].id] };
}

test('every operation of every release still validates and runs', async () => {
  const schema = await servedSchema();
  const known = await values();
  const releases = readdirSync(corpus).filter((d) => /^\d+\.\d+\.\d+$/.test(d));
  assert.ok(releases.length > 0, 'no release in clients/corpus');
  let ran = 0;
  for (const release of releases) {
    for (const file of readdirSync(new URL(`${release}/`, corpus)).filter((f) => f.endsWith('.graphql')).sort()) {
      const where = `clients/corpus/${release}/${file}`;
      const text = readFileSync(new URL(`${release}/${file}`, corpus), 'utf8');
      const document = parse(text);
      assert.deepEqual(validate(schema, document).map((e) => e.message), [], `${where} no longer validates`);
      // one run per value of its variables (each conflict), the variables it does not need left out
      const declared = document.definitions.flatMap((d) => d.variableDefinitions ?? []);
      let runs = [{}];
      for (const variable of declared) {
        const name = variable.variable.name.value;
        if (known[name]) {
          runs = runs.flatMap((run) => known[name].map((value) => ({ ...run, [name]: value })));
        } else {
          assert.ok(variable.type.kind !== 'NonNullType' || variable.defaultValue, `${where}: no value for $${name}`);
        }
      }
      for (const variables of runs) {
        const answer = await post(text, variables);
        assert.equal(answer.errors, undefined, `${where} ${JSON.stringify(variables)}: ${JSON.stringify(answer.errors)}`);
        assert.ok(answer.data, `${where}: no data`);
        ran++;
      }
    }
  }
  assert.ok(ran >= 16, `only ${ran} runs`);
});
