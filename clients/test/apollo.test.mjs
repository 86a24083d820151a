// Apollo Client 4 with its persisted-query link, against a running Parley (PARLEY_URL).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { editorToken, recordingFetch, revalidatingFetch, sha256, uri } from '../lib/server.mjs';

/** A client as a frontend team sets one up for a public API: hashed queries by GET, so that caches can keep them. */
function client(fetch) {
  const persisted = new PersistedQueryLink({ sha256, useGETForHashedQueries: true });
  return new ApolloClient({ link: persisted.concat(new HttpLink({ uri, fetch })), cache: new InMemoryCache() });
}

test('a hash the server does not know is sent again with its document, then found by hash alone', async () => {
  // a document no one has sent before, so that the server cannot know its hash
  const query = gql`query FreshRounds { r${Date.now()}: rounds(first: 1) { nodes { id number city } } }`;
  const log = [];
  const first = await client(recordingFetch(log)).query({ query });
  assert.equal(Object.values(first.data)[0].nodes[0].city, 'Istanbul');
  assert.equal(log.length, 2, JSON.stringify(log));
  assert.equal(log[0].method, 'GET');
  assert.ok(!new URL(log[0].url).searchParams.has('query'), 'the first try carries the hash only');
  assert.equal(log[1].method, 'POST');
  assert.ok(log[1].body.query.includes('FreshRounds') && log[1].body.extensions.persistedQuery.sha256Hash);

  const again = [];
  const second = await client(recordingFetch(again)).query({ query });
  assert.deepEqual(second.data, first.data);
  assert.equal(again.length, 1, JSON.stringify(again));
  assert.equal(again[0].method, 'GET');
  assert.equal(again[0].status, 200);
  assert.ok(!new URL(again[0].url).searchParams.has('query'));
});

test('a GET answer comes with an ETag, and asking again while nothing changed costs a 304', async () => {
  const query = gql`query TalksAndRounds { talks(first: 5) { nodes { id name rounds { id number city } } } }`;
  const log = [];
  const apollo = client(revalidatingFetch(recordingFetch(log)));
  const answers = [];
  for (let i = 0; i < 3; i++) { // the first may register the hash; then an answer with its ETag; then a 304
    answers.push((await apollo.query({ query, fetchPolicy: 'network-only' })).data);
  }
  assert.deepEqual(answers[2], answers[0]);
  const [tagged, revalidated] = log.filter((e) => e.method === 'GET' && e.etag).slice(-2);
  assert.equal(tagged?.status, 200, JSON.stringify(log));
  assert.match(tagged.etag, /^"\d+-[0-9a-f]{32}"$/);
  assert.equal(tagged.cacheControl, 'public, no-cache');
  assert.equal(revalidated?.status, 304, JSON.stringify(log));
  assert.equal(revalidated.etag, tagged.etag);
});

test("a mutation's returned record updates what the cache holds", async () => {
  const headers = { authorization: `Bearer ${editorToken()}` };
  const apollo = client(globalThis.fetch);
  const created = await apollo.mutate({
    mutation: gql`mutation NewParty($input: PartyInput!) { createParty(input: $input) { id version name } }`,
    variables: { input: { name: `Client test ${Date.now()}`, kind: 'STATE', newSources: [{ url: `https://example.org/client-tests/${Date.now()}` }] } },
    context: { headers },
  });
  const party = created.data.createParty;
  const sources = gql`query PartySources($id: ID!) { party(id: $id) { id sources { id } } }`;
  const cited = (await apollo.query({ query: sources, variables: { id: party.id } })).data.party.sources.map((s) => s.id);
  const read = gql`query OneParty($id: ID!) { party(id: $id) { id version name } }`;
  const watched = apollo.watchQuery({ query: read, variables: { id: party.id } });
  const seen = [];
  const subscription = watched.subscribe((result) => { if (result.data?.party) seen.push(result.data.party.name); });
  await apollo.query({ query: read, variables: { id: party.id } });

  await apollo.mutate({
    mutation: gql`mutation RenameParty($id: ID!, $version: Int!, $input: PartyInput!) {
      updateParty(id: $id, version: $version, input: $input) { id version name } }`,
    variables: { id: party.id, version: party.version, input: { name: `${party.name} (renamed)`, kind: 'STATE', sources: cited } },
    context: { headers },
  });
  // no query was sent again: the watched query took the new name from the mutation's answer, through the cache
  await new Promise((resolve) => setTimeout(resolve, 50));
  subscription.unsubscribe();
  assert.equal(seen.at(-1), `${party.name} (renamed)`, JSON.stringify(seen));
  assert.equal(apollo.cache.readQuery({ query: read, variables: { id: party.id } }).party.name, `${party.name} (renamed)`);
});
