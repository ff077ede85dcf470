// The GET handshake Graph makes when a callback URL is configured: echo `hub.challenge` when
// `hub.verify_token` is the token you chose.

export type HandshakeResult = { ok: true; challenge: string } | { ok: false; reason: 'not_a_handshake' | 'token_mismatch' };

type QueryLike = URL | URLSearchParams | string | Record<string, string | string[] | undefined>;

function param(query: QueryLike, name: string): string | undefined {
  if (query instanceof URL) return query.searchParams.get(name) ?? undefined;
  if (query instanceof URLSearchParams) return query.get(name) ?? undefined;
  if (typeof query === 'string') return new URL(query, 'http://localhost').searchParams.get(name) ?? undefined;
  const value = query[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Same-length strings compared without an early exit, so timing says nothing about the token. */
function sameString(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/**
 * Checks a handshake request's query (a URL, its search params, a URL string, or a parsed query
 * object such as Express's `req.query`).
 */
export function verifyHandshake(query: QueryLike, verifyToken: string | null | undefined): HandshakeResult {
  const mode = param(query, 'hub.mode');
  const token = param(query, 'hub.verify_token');
  const challenge = param(query, 'hub.challenge');
  if (mode !== 'subscribe' || challenge === undefined || token === undefined) return { ok: false, reason: 'not_a_handshake' };
  if (!verifyToken || !sameString(token, verifyToken)) return { ok: false, reason: 'token_mismatch' };
  return { ok: true, challenge };
}

/** The answer to a handshake: 200 with the challenge as plain text, or 403. */
export function handshakeResponse(request: Request | URL | string, verifyToken: string | null | undefined): Response {
  const url = typeof request === 'string' || request instanceof URL ? new URL(request, 'http://localhost') : new URL(request.url);
  const result = verifyHandshake(url, verifyToken);
  return result.ok
    ? new Response(result.challenge, { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' } })
    : new Response('Forbidden', { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
