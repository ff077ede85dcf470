// A loopback stand-in for Graph's message endpoint, strict about the two limits a broadcast
// meets: each business number's throughput (a token bucket of `limit` messages per second,
// holding one second's worth) and the pair rate (one message per `pairIntervalMs` to the same
// user). Over a limit it answers as Graph does, with code 130429 or 131056 in Graph's error JSON,
// and accepts nothing. Its log of accepted messages is the ground truth the benchmark and the
// tests count duplicates and misses from.
import { createServer } from 'node:http';

/**
 * Options: `limit` (messages per second per number, default 80), `pairIntervalMs` (default
 * 6000), `latencyMs` (time before each answer, default 0), `hang(to)` (true: accept the message,
 * log it, and never answer, as when a response is lost after Graph acted), `undeliverable(to)`
 * (true: refuse the message with 131026, as for a number without WhatsApp).
 */
export async function startGraphStandIn(options = {}) {
  const limit = options.limit ?? 80;
  const pairIntervalMs = options.pairIntervalMs ?? 6000;
  const latencyMs = options.latencyMs ?? 0;
  const hang = options.hang ?? (() => false);
  const undeliverable = options.undeliverable ?? (() => false);
  /** Per number: tokens left and when they were counted. */
  const buckets = new Map();
  /** Per number and user: when the last message was accepted. */
  const lastToPair = new Map();
  const accepted = [];
  const throttled = { 130429: 0, 131056: 0 };
  const hanging = new Set();
  let sequence = 0;

  const server = createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      const match = /^\/v\d+\.\d+\/([^/]+)\/messages$/.exec(new URL(request.url, 'http://x').pathname);
      let body;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        body = undefined;
      }
      if (request.method !== 'POST' || !match || !body || typeof body.to !== 'string') {
        return answer(response, 400, graphError(100, 'Invalid parameter', 'the stand-in serves POST /{version}/{phone-number-id}/messages with a "to"'));
      }
      const number = decodeURIComponent(match[1]);
      const to = body.to.replace(/\D/g, '');
      if (undeliverable(to)) return answer(response, 400, graphError(131026, 'Message undeliverable', 'The recipient cannot receive this message.'));
      const now = performance.now();
      const pairKey = `${number} ${to}`;
      const last = lastToPair.get(pairKey);
      if (last !== undefined && now - last < pairIntervalMs) {
        throttled[131056]++;
        return answer(response, 400, graphError(131056, '(#131056) (Business Account, Consumer Account) pair rate limit hit', 'Message failed to send because there were too many messages sent from this phone number to the same phone number in a short period of time.'));
      }
      const bucket = buckets.get(number) ?? { tokens: limit, at: now };
      bucket.tokens = Math.min(limit, bucket.tokens + ((now - bucket.at) / 1000) * limit);
      bucket.at = now;
      buckets.set(number, bucket);
      if (bucket.tokens < 1) {
        throttled[130429]++;
        return answer(response, 400, graphError(130429, '(#130429) Rate limit hit', 'Cloud API message throughput has been reached.'));
      }
      bucket.tokens -= 1;
      lastToPair.set(pairKey, now);
      const wamid = `wamid.standin${(++sequence).toString(36)}`;
      accepted.push({ at: Date.now(), number, to, wamid });
      if (hang(to)) {
        hanging.add(response);
        return;
      }
      answer(response, 200, { messaging_product: 'whatsapp', contacts: [{ input: body.to, wa_id: to }], messages: [{ id: wamid }] });
    });
  });

  function answer(response, status, json) {
    const send = () => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(json));
    };
    if (latencyMs > 0) setTimeout(send, latencyMs);
    else send();
  }

  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    baseUrl: `http://127.0.0.1:${port}/v23.0`,
    /** Every accepted message, in order: `{ at, number, to, wamid }`. */
    accepted,
    /** How many 130429 and 131056 answers were given. */
    throttled,
    /** Recipients that got more than one message, and recipients of `expected` that got none. */
    count(expected) {
      const times = new Map();
      for (const { to } of accepted) times.set(to, (times.get(to) ?? 0) + 1);
      const duplicates = [...times].filter(([, n]) => n > 1).map(([to]) => to);
      const missed = expected.map((to) => to.replace(/\D/g, '')).filter((to) => !times.has(to));
      return { duplicates, missed };
    },
    stop: () =>
      new Promise((resolve) => {
        for (const response of hanging) response.destroy();
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

function graphError(code, message, details) {
  return {
    error: {
      message,
      type: 'OAuthException',
      code,
      error_data: { messaging_product: 'whatsapp', details },
      fbtrace_id: `Standin${code}`,
    },
  };
}
