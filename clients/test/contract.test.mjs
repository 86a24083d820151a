// The contract gate (docs/contract.md): the schema the server serves, read by introspection as client tools read it,
// against the last released schema; and the gate itself, shown to refuse what it must.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { servedSchema } from '../lib/server.mjs';
import {
  checkContract, compareVersions, coordinate, parseVersion, projectVersion, releases,
} from '../lib/contract.mjs';

const changelog = readFileSync(new URL('../../CHANGELOG.md', import.meta.url), 'utf8');
const contractDoc = readFileSync(new URL('../../docs/contract.md', import.meta.url), 'utf8');

const last = () => releases().at(-1);

test('the served schema keeps the contract of the last release', async (t) => {
  const { problems, breaking, dangerous } = checkContract({
    served: await servedSchema(), released: last(), version: projectVersion(), changelog,
  });
  for (const change of dangerous) t.diagnostic(`dangerous since ${last().version.text}: ${change.description}`);
  for (const change of breaking) t.diagnostic(`breaking since ${last().version.text}: ${change.description}`);
  assert.deepEqual(problems, []);
});

test('the release notes have a section for each released version', () => {
  for (const { version } of releases()) {
    assert.match(changelog, new RegExp(`^## \\[${version.text.replaceAll('.', '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm'));
  }
});

test('each deprecation says what replaces it and after which date it may go, and docs/contract.md lists it', async () => {
  const deprecated = [];
  for (const type of Object.values((await servedSchema()).getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    for (const value of type.getValues?.() ?? []) {
      if (value.deprecationReason) deprecated.push([`${type.name}.${value.name}`, value.deprecationReason]);
    }
    for (const field of Object.values(type.getFields?.() ?? {})) {
      if (field.deprecationReason) deprecated.push([`${type.name}.${field.name}`, field.deprecationReason]);
      for (const arg of field.args ?? []) {
        if (arg.deprecationReason) deprecated.push([`${type.name}.${field.name}(${arg.name}:)`, arg.deprecationReason]);
      }
    }
  }
  for (const [where, reason] of deprecated) {
    const date = /removed after (\d{4}-\d{2}-\d{2})/.exec(reason)?.[1];
    assert.ok(date, `${where}: the reason must say "removed after YYYY-MM-DD": ${reason}`);
    assert.ok(contractDoc.split('\n').some((line) => line.includes(`\`${where}\``) && line.includes(date)),
      `${where}: docs/contract.md must list it with ${date}`);
  }
});

// The gate refuses what it must, on a schema small enough to read
const released = {
  version: parseVersion('1.0.0'),
  sdl: `type Query {
  "A talk by id."
  talk(id: ID!, asOf: String): Talk
  talks(kind: Kind): [Talk!]!
}
type Talk { id: ID! name: String! }
enum Kind { BILATERAL TRILATERAL }`,
};
const edited = (from, to) => buildSchema(released.sdl.replace(from, to));
const gate = (served, version, notes = '') => checkContract({
  served, released, version: parseVersion(version), changelog: `# Changelog\n\n## [Unreleased]\n${notes}\n## [1.0.0] - 2026-12-05\n`,
});

test('the gate: a removed field fails, whatever the version, until the notes give its migration in a major version', () => {
  const served = edited('talks(kind: Kind): [Talk!]!', '');
  assert.equal(gate(served, '1.1.0-SNAPSHOT').problems.length, 2);
  assert.equal(coordinate(gate(served, '2.0.0-SNAPSHOT').breaking[0]), 'Query.talks');
  assert.equal(gate(served, '2.0.0-SNAPSHOT').problems.length, 1);
  assert.equal(gate(served, '2.0.0-SNAPSHOT', '- **Breaking** `Query.talks` is removed.').problems.length, 1);
  assert.deepEqual(gate(served, '2.0.0-SNAPSHOT', '- **Breaking** `Query.talks` is removed. Migration: ask `talk(id:)`.').problems, []);
});

test('the gate: a narrowed argument type fails', () => {
  const served = edited('asOf: String', 'asOf: String!');
  const { problems, breaking } = gate(served, '1.1.0-SNAPSHOT');
  assert.equal(coordinate(breaking[0]), 'Query.talk(asOf:)');
  assert.ok(problems.some((p) => p.includes('Query.talk(asOf:)')), problems.join('\n'));
});

test('the gate: an added field passes in a new version and fails in the released one; an added enum value is reported', () => {
  const served = edited('enum Kind { BILATERAL TRILATERAL }', 'enum Kind { BILATERAL TRILATERAL MULTILATERAL }');
  assert.deepEqual(gate(served, '1.1.0-SNAPSHOT').problems, []);
  assert.equal(gate(served, '1.1.0-SNAPSHOT').dangerous[0].type, 'VALUE_ADDED_TO_ENUM');
  assert.equal(gate(served, '1.0.0').problems.length, 1);
  assert.deepEqual(gate(buildSchema(released.sdl), '1.0.0').problems, []);
  assert.equal(gate(buildSchema(released.sdl), '0.9.0').problems.length, 1);
});

test('the gate on the released schema itself: a removed root field and a narrowed argument fail', () => {
  const sdl = last().sdl;
  const current = { version: parseVersion('1.1.0-SNAPSHOT'), changelog: '## [Unreleased]\n' };
  const withoutSearch = buildSchema(sdl.replace(/\n  "[^"\n]*"\n  search\([\s\S]*?\): SearchConnection!/, ''));
  const removed = checkContract({ served: withoutSearch, released: last(), ...current });
  assert.deepEqual(removed.breaking.map(coordinate), ['Query.search']);
  assert.equal(removed.problems.length, 2);
  const narrowed = buildSchema(sdl.replace(/(filter: PositionFilter,\n    "[^"\n]*"\n    first: )Int,/, '$1Int!,'));
  assert.ok(checkContract({ served: narrowed, released: last(), ...current }).breaking.some((c) => coordinate(c) === 'Query.positions(first:)'));
});

test('versions order as semantic versioning says', () => {
  const sorted = ['1.0.0', '1.0.0-SNAPSHOT', '0.9.9', '1.10.0', '1.2.0'].map(parseVersion).sort(compareVersions).map((v) => v.text);
  assert.deepEqual(sorted, ['0.9.9', '1.0.0-SNAPSHOT', '1.0.0', '1.2.0', '1.10.0']);
  assert.throws(() => parseVersion('1.0'));
});
