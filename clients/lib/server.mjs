// What the tests share: where the server is, a SHA-256, an editor's token, and fetches that record what they send.
import { createHash, createSign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { buildClientSchema, getIntrospectionQuery } from 'graphql';

export const base = process.env.PARLEY_URL ?? 'http://localhost:8080';
export const uri = `${base}/graphql`;

export const sha256 = (text) => createHash('sha256').update(text).digest('hex');

const b64url = (value) => Buffer.from(value).toString('base64url');

/** A token with role editor, signed with the development key the packaged test run trusts (src/dev/jwt). */
export function editorToken() {
  const now = Math.floor(Date.now() / 1000);
  const header = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT' }));
  const payload = b64url(JSON.stringify({
    iss: 'https://parley.dev/issuer', sub: 'client-tests', upn: 'client-tests', groups: ['editor'], iat: now - 1, exp: now + 600,
  }));
  const signer = createSign('RSA-SHA256');
  signer.update(`${header}.${payload}`);
  const key = readFileSync(new URL('../../src/dev/jwt/private-key.pem', import.meta.url));
  return `${header}.${payload}.${signer.sign(key).toString('base64url')}`;
}

/** fetch, with each exchange written to `log`: method, url, the request's body, status and ETag. */
export function recordingFetch(log) {
  return async (url, init = {}) => {
    const response = await fetch(url, init);
    log.push({
      method: init.method ?? 'GET', url: String(url), body: init.body ? JSON.parse(init.body) : undefined,
      status: response.status, etag: response.headers.get('etag'), cacheControl: response.headers.get('cache-control'),
    });
    return response;
  };
}

/**
 * What a browser's HTTP cache does for a GET that came with an ETag, which Node's fetch does not: keep the answer,
 * ask again with If-None-Match, and on 304 hand back what it kept.
 */
export function revalidatingFetch(inner) {
  const kept = new Map();
  return async (url, init = {}) => {
    const get = (init.method ?? 'GET') === 'GET';
    const headers = new Headers(init.headers);
    const stored = get ? kept.get(String(url)) : undefined;
    if (stored) headers.set('if-none-match', stored.etag);
    const response = await inner(url, { ...init, headers });
    if (response.status === 304 && stored) {
      return new Response(stored.body, { status: 200, headers: { 'content-type': stored.type } });
    }
    const etag = response.headers.get('etag');
    if (!get || !etag) return response;
    const body = await response.text();
    kept.set(String(url), { etag, body, type: response.headers.get('content-type') });
    return new Response(body, { status: response.status, headers: response.headers });
  };
}

/** Posts one operation as JSON and answers the parsed body. */
export async function post(query, variables = {}) {
  const response = await fetch(uri, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

/** The schema the server serves, read by introspection as client tools read it (deprecated arguments included). */
export async function servedSchema() {
  const body = await post(getIntrospectionQuery({
    descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, inputValueDeprecation: true,
  }));
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return buildClientSchema(body.data);
}
