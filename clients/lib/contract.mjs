// The contract gate: the schema being built against the last released one (docs/schema/<version>.graphql), by
// graphql-js's own findBreakingChanges / findDangerousChanges, and the version and release notes that must say so.
import { readFileSync, readdirSync } from 'node:fs';
import {
  buildSchema, findBreakingChanges, findDangerousChanges, lexicographicSortSchema, printSchema,
} from 'graphql';

const root = new URL('../../', import.meta.url);

/** A version's parts, numbers compared as numbers; a pre-release (`1.1.0-SNAPSHOT`) comes before its release. */
export function parseVersion(text) {
  const match = /^(\d+)\.(\d+)\.(\d+)(?:-([\w.]+))?$/.exec(text);
  if (!match) throw new Error(`${text}: not a semantic version (MAJOR.MINOR.PATCH[-PRE])`);
  return { text, major: +match[1], minor: +match[2], patch: +match[3], pre: match[4] ?? null };
}

export function compareVersions(a, b) {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch
    || (a.pre === b.pre ? 0 : a.pre === null ? 1 : b.pre === null ? -1 : a.pre < b.pre ? -1 : 1);
}

/** The project's version, from pom.xml (the first <version> after the project's own artifactId). */
export function projectVersion(pom = readFileSync(new URL('pom.xml', root), 'utf8')) {
  const match = /<artifactId>parley<\/artifactId>\s*<version>([^<]+)<\/version>/.exec(pom);
  if (!match) throw new Error('pom.xml: no <version> after <artifactId>parley</artifactId>');
  return parseVersion(match[1].trim());
}

/** The released schemas, oldest first: [{ version, sdl }]. */
export function releases(dir = new URL('docs/schema/', root)) {
  return readdirSync(dir).filter((f) => /^\d+\.\d+\.\d+\.graphql$/.test(f))
    .map((f) => ({ version: parseVersion(f.slice(0, -'.graphql'.length)), sdl: readFileSync(new URL(f, dir), 'utf8') }))
    .sort((a, b) => compareVersions(a.version, b.version));
}

/** The text of the notes' section `## [name]` (up to the next `## `), or ''. */
export function notesSection(changelog, name) {
  const lines = changelog.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`## [${name}]`));
  if (start < 0) return '';
  const end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

/**
 * The schema coordinate a change is about (`Query.positions`, `Query.positions(kind:)`, `PositionKind.RED_LINE`,
 * `Position`), read from graphql-js's description; the description itself when no form below matches.
 */
export function coordinate(change) {
  const d = change.description;
  let m;
  if ((m = /^(\w+)\.(\w+) arg (\w+) /.exec(d))) return `${m[1]}.${m[2]}(${m[3]}:)`;
  if ((m = /^A required arg (\w+) on (\w+)\.(\w+) /.exec(d))) return `${m[2]}.${m[3]}(${m[1]}:)`;
  if ((m = /^A required field (\w+) on input type (\w+) /.exec(d))) return `${m[2]}.${m[1]}`;
  if ((m = /^(\w+) was removed from enum type (\w+)/.exec(d))) return `${m[2]}.${m[1]}`;
  if ((m = /^(\w+) was removed from union type (\w+)/.exec(d))) return `${m[2]}`;
  if ((m = /^(\w+) no longer implements interface (\w+)/.exec(d))) return `${m[1]}`;
  if ((m = /^(\w+)\.(\w+) /.exec(d))) return `${m[1]}.${m[2]}`;
  if ((m = /^(\w+) (?:was removed|changed from)/.exec(d))) return m[1];
  return d;
}

/** Whether the notes list the change: a line naming its coordinate in backquotes and giving a `Migration:`. */
export function listed(notes, change) {
  const name = `\`${coordinate(change)}\``;
  return notes.split('\n').some((line) => line.includes(name) && /Migration:/i.test(line));
}

const canonical = (schema) => printSchema(lexicographicSortSchema(schema));

/**
 * The gate. `served` is the schema being built (a GraphQLSchema), `released` the last release ({version, sdl}),
 * `version` the project's, `changelog` the notes. Answers { problems, breaking, dangerous }: the build fails when
 * `problems` is not empty; dangerous changes are reported, not refused.
 */
export function checkContract({ served, released, version, changelog }) {
  const old = buildSchema(released.sdl);
  const breaking = findBreakingChanges(old, served);
  const dangerous = findDangerousChanges(old, served);
  const problems = [];
  const order = compareVersions(version, released.version);
  if (order < 0) {
    problems.push(`pom.xml says ${version.text}, older than the last release ${released.version.text}`);
  } else if (order === 0) {
    if (canonical(old) !== canonical(served)) {
      problems.push(`the schema differs from the one released as ${version.text} (docs/schema/${version.text}.graphql): `
        + `a released version does not change; set the next version in pom.xml (${released.version.major}.`
        + `${released.version.minor + 1}.0-SNAPSHOT for additions, ${released.version.major}.${released.version.minor}.`
        + `${released.version.patch + 1}-SNAPSHOT for descriptions) and say what changed under [Unreleased] in CHANGELOG.md`);
    }
  } else if (breaking.length && version.major === released.version.major) {
    problems.push(`${breaking.length} breaking change(s) since ${released.version.text} need a new major version, not `
      + `${version.text}; until then, deprecate instead of removing (docs/contract.md)`);
  }
  const notes = notesSection(changelog, 'Unreleased');
  for (const change of breaking) {
    if (!listed(notes, change)) {
      problems.push(`breaking, not in CHANGELOG.md [Unreleased] with its migration (a line naming \`${coordinate(change)}\``
        + ` and "Migration: ..."): ${change.type}: ${change.description}`);
    }
  }
  return { problems, breaking, dangerous };
}
