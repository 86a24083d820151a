// relay-compiler compiles the documented queries (docs/queries) against the schema the server serves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { base } from '../lib/server.mjs';

const queries = fileURLToPath(new URL('../../docs/queries/', import.meta.url));
const compiler = fileURLToPath(new URL('../node_modules/.bin/relay-compiler', import.meta.url));

test('every documented query compiles with relay-compiler against the served SDL', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-relay-'));
  writeFileSync(join(dir, 'schema.graphql'), await (await fetch(`${base}/graphql/schema.graphql`)).text());
  mkdirSync(join(dir, 'src'));
  mkdirSync(join(dir, '__generated__'));
  const operations = [];
  for (const file of readdirSync(queries).filter((f) => f.endsWith('.graphql')).sort()) {
    const text = readFileSync(join(queries, file), 'utf8');
    const name = /^query (\w+)Query\b/m.exec(text)?.[1];
    assert.ok(name, `${file}: Relay wants an operation named <Module>Query`);
    operations.push(`${name}Query`);
    // Relay reads documents from graphql`` tags in source files; the module is named for the operation. The
    // comment lines stay out: their backquotes would end the template
    const operation = text.split('\n').filter((line) => !line.trimStart().startsWith('#')).join('\n');
    writeFileSync(join(dir, 'src', `${name}.js`), `import { graphql } from 'relay-runtime';\nexport default graphql\`\n${operation}\`;\n`);
  }
  writeFileSync(join(dir, 'relay.config.json'), JSON.stringify({
    src: './src', schema: './schema.graphql', language: 'javascript', artifactDirectory: './__generated__',
  }));
  const run = spawnSync(compiler, [], { cwd: dir, encoding: 'utf8' });
  assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
  for (const operation of operations) {
    assert.ok(existsSync(join(dir, '__generated__', `${operation}.graphql.js`)), `${operation}: no artifact\n${run.stdout}`);
  }
});
