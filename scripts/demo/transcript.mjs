// The demo's transcript: every request the bot makes to Graph, printed as it happens and kept for
// the checks at the end (the right requests, in the right order, each one accepted).

/**
 * A fetch for `createWhatsApp({ fetch })` that records and prints each Graph request.
 * `requests` holds `{ method, path, body, status, violations }`; `path` is relative to `baseUrl`,
 * without the query string. `keep: false` only prints (a long-running bot).
 */
export function recordingFetch(baseUrl, say, fetchImpl = globalThis.fetch, { keep = true } = {}) {
  const base = new URL(baseUrl).pathname.replace(/\/$/, '');
  const requests = [];
  const fetch = async (input, init = {}) => {
    const url = new URL(typeof input === 'string' ? input : input.url);
    const method = init.method ?? 'GET';
    const body = typeof init.body === 'string' ? parseJson(init.body) : init.body;
    const record = { method, path: url.pathname.startsWith(base) ? url.pathname.slice(base.length) : url.pathname, body, status: 0, violations: null };
    if (keep) requests.push(record);
    const response = await fetchImpl(input, init);
    record.status = response.status;
    // Prism lists what it found wrong with a request in this header when it still answers.
    record.violations = response.headers.get('sl-violations');
    const what = body?.type ?? body?.action ?? (body?.status ? `status=${body.status}` : '');
    say(`bot → Graph: ${method} ${record.path} ${what} → ${response.status}${record.violations ? ` (${summarizeViolations(record.violations)})` : ''}`);
    return response;
  };
  return { fetch, requests };
}

/** What differs between the requests a delivery should have caused and those it did, as sentences. */
export function compareRequests(expected, actual) {
  const problems = [];
  const count = Math.max(expected.length, actual.length);
  for (let i = 0; i < count; i++) {
    const want = expected[i];
    const got = actual[i];
    if (!got) problems.push(`expected ${describe(want)}, but the bot sent nothing more`);
    else if (!want) problems.push(`unexpected ${describe(got)}`);
    else {
      const mismatch = firstMismatch({ method: want.method, path: want.path, body: want.body }, { method: got.method, path: got.path, body: got.body });
      if (mismatch) problems.push(`request ${i + 1}: expected ${describe(want)}, got ${describe(got)} (${mismatch})`);
    }
    if (got && (got.status < 200 || got.status > 299 || got.violations)) {
      problems.push(`${describe(got)} was not accepted: HTTP ${got.status}${got.violations ? `, ${summarizeViolations(got.violations)}` : ''}`);
    }
  }
  return problems;
}

/**
 * Where `actual` departs from `expected`, or undefined. Objects in `expected` list the keys that
 * must be there (others may be too); arrays and scalars must be equal.
 */
export function firstMismatch(expected, actual, at = '') {
  if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return `${at || 'value'} is ${JSON.stringify(actual)}`;
    for (const [key, value] of Object.entries(expected)) {
      const mismatch = firstMismatch(value, actual[key], at ? `${at}.${key}` : key);
      if (mismatch) return mismatch;
    }
    return undefined;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return `${at} is ${JSON.stringify(actual)}`;
    for (let i = 0; i < expected.length; i++) {
      const mismatch = firstMismatch(expected[i], actual[i], `${at}[${i}]`);
      if (mismatch) return mismatch;
    }
    return undefined;
  }
  return Object.is(expected, actual) ? undefined : `${at} is ${JSON.stringify(actual)}, not ${JSON.stringify(expected)}`;
}

/** Prism's violations header (a JSON list) in a line: how many, and the first message. */
function summarizeViolations(header) {
  try {
    const list = JSON.parse(header);
    return `${list.length} spec violation(s), first: ${list[0]?.message}`;
  } catch {
    return `spec violations: ${header}`;
  }
}

function describe({ method, path, body }) {
  const what = body?.type ?? body?.action ?? (body?.status ? `status=${body.status}` : undefined);
  return `${method} ${path}${what ? ` (${what})` : ''}`;
}

function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
