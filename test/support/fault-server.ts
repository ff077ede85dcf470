// A loopback Graph stand-in that misbehaves on purpose, in a seeded mix: throttling errors with
// HTTP 400 (as Meta sends them), with and without a header saying how long to wait, 5xx with HTML
// bodies, connection resets before and after the body was read, slow answers and answers that
// never come in time. Each request is identified
// by a marker (a send's `biz_opaque_callback_data`, or `?marker=` on a read) and its fault is a
// function of (seed, marker, attempt), so a run is the same whatever order requests arrive in.
// The server logs every attempt, whether it accepted the message, and the wait its headers asked
// for, so a test can prove that no message was accepted twice and that retries waited long enough.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';

export type Fault =
  | 'ok'
  | 'slow'
  | 'throttle-130429'
  | 'throttle-131056'
  | 'throttle-80007'
  | 'throttle-4'
  | 'throttle-130429-no-header'
  | 'throttle-131056-no-header'
  | 'throttle-80007-no-header'
  | 'html-502'
  | 'json-500'
  | 'reset-before-body'
  | 'reset-after-body'
  | 'hang';

/** Faults after which Graph may have acted on the request: the client cannot know. */
export const AMBIGUOUS_FAULTS: ReadonlySet<Fault> = new Set(['html-502', 'json-500', 'reset-after-body', 'hang']);
/** Faults where Graph refused the request and did nothing, with the Graph error code each answers. */
export const THROTTLE_CODES: ReadonlyMap<Fault, number> = new Map<Fault, number>([
  ['throttle-130429', 130429],
  ['throttle-131056', 131056],
  ['throttle-80007', 80007],
  ['throttle-4', 4],
  ['throttle-130429-no-header', 130429],
  ['throttle-131056-no-header', 131056],
  ['throttle-80007-no-header', 80007],
]);
export const THROTTLE_FAULTS: ReadonlySet<Fault> = new Set(THROTTLE_CODES.keys());

export interface Attempt {
  readonly fault: Fault;
  readonly method: string;
  /** performance.now() when the request arrived. */
  readonly arrivedAt: number;
  /** performance.now() when the answer was written (undefined when none was). */
  answeredAt?: number;
  /** The wait the answer's headers asked for (ms); undefined for a throttle without such a header. */
  askedDelayMs?: number;
  /** True when this attempt's message counts as sent: Graph acted on it, whatever the client saw. */
  accepted?: boolean;
}

export interface FaultServerOptions {
  seed: number;
  /** Relative weights of the faults; missing ones are 0. */
  mix: Partial<Record<Fault, number>>;
  /** How long a `hang` holds the request before dropping it (ms); make it longer than the client's timeout. */
  hangMs?: number;
}

export interface FaultServer {
  readonly url: string;
  /** Marker → how many times a message with it was accepted (sent, as far as Graph is concerned). */
  readonly accepted: Map<string, number>;
  /** Marker → every attempt, in arrival order. */
  readonly attempts: Map<string, Attempt[]>;
  readonly faultCounts: Map<Fault, number>;
  close(): Promise<void>;
}

const SEND_RESPONSE = (id: string) =>
  JSON.stringify({ messaging_product: 'whatsapp', contacts: [{ input: '16505551234', wa_id: '16505551234' }], messages: [{ id }] });

export async function startFaultServer(options: FaultServerOptions, port = 0): Promise<FaultServer> {
  const weights = Object.entries(options.mix).filter(([, weight]) => (weight ?? 0) > 0) as [Fault, number][];
  const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
  const hangMs = options.hangMs ?? 2000;
  const accepted = new Map<string, number>();
  const attempts = new Map<string, Attempt[]>();
  const faultCounts = new Map<Fault, number>();

  const pick = (marker: string, attemptIndex: number): Fault => {
    let point = uniform(hash(`${options.seed}:${marker}:${attemptIndex}`)) * total;
    for (const [fault, weight] of weights) {
      if ((point -= weight) < 0) return fault;
    }
    return weights[weights.length - 1]![0];
  };

  const accept = (marker: string, attempt: Attempt) => {
    accepted.set(marker, (accepted.get(marker) ?? 0) + 1);
    attempt.accepted = true;
  };

  const server = createServer((req, res) => {
    const arrivedAt = performance.now();
    const query = new URL(req.url ?? '/', 'http://x').searchParams;
    const handle = (marker: string) => {
      const log = attempts.get(marker) ?? [];
      attempts.set(marker, log);
      const fault = pick(marker, log.length);
      faultCounts.set(fault, (faultCounts.get(fault) ?? 0) + 1);
      const attempt: Attempt = { fault, method: req.method ?? 'GET', arrivedAt };
      log.push(attempt);
      answer(fault, marker, attempt, req, res);
    };
    if (req.method === 'GET') {
      req.resume();
      return handle(query.get('marker') ?? 'unmarked');
    }
    // The marker is in the body, so even `reset-before-body` reads it; it resets before
    // answering and without accepting, which is what the client sees of an early reset.
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      let marker = 'unmarked';
      try {
        marker = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { biz_opaque_callback_data?: string }).biz_opaque_callback_data ?? marker;
      } catch {
        // not JSON: counted under 'unmarked'
      }
      handle(marker);
    });
  });

  function answer(fault: Fault, marker: string, attempt: Attempt, req: IncomingMessage, res: ServerResponse) {
    const isSend = req.method !== 'GET';
    const ok = () => {
      if (isSend) accept(marker, attempt);
      const body = isSend ? SEND_RESPONSE(`wamid.${marker}`) : JSON.stringify({ id: marker });
      send(res, attempt, 200, { 'content-type': 'application/json' }, body);
    };
    const throttle = (code: number, headers: Record<string, string>, askedDelayMs: number | undefined) => {
      attempt.askedDelayMs = askedDelayMs;
      const body = JSON.stringify({
        error: { message: `(#${code}) throttled`, type: 'OAuthException', code, fbtrace_id: `trace-${marker}` },
      });
      send(res, attempt, 400, { 'content-type': 'application/json', ...headers }, body);
    };
    // Small waits keep the run short; a real Retry-After is whole seconds, but the format allows these.
    const wait = 10 + (hash(`${options.seed}:${marker}:${attempts.get(marker)?.length ?? 0}:wait`) % 40);
    switch (fault) {
      case 'ok':
        return ok();
      case 'slow':
        return void setTimeout(ok, 50 + (hash(marker) % 200));
      case 'throttle-130429':
        return throttle(130429, { 'retry-after': (wait / 1000).toFixed(3) }, wait);
      case 'throttle-131056':
        return throttle(131056, { 'retry-after': (wait / 1000).toFixed(3) }, wait);
      case 'throttle-80007': {
        const minutes = wait / 60_000;
        const usage = { '102290129340398': [{ type: 'whatsapp', call_count: 100, estimated_time_to_regain_access: minutes }] };
        return throttle(80007, { 'x-business-use-case-usage': JSON.stringify(usage) }, minutes * 60_000);
      }
      // No header says how long to wait: the client falls back on the error table's minimum or backoff.
      case 'throttle-4':
      case 'throttle-130429-no-header':
      case 'throttle-131056-no-header':
      case 'throttle-80007-no-header':
        return throttle(THROTTLE_CODES.get(fault)!, {}, undefined);
      case 'html-502':
        if (isSend) accept(marker, attempt);
        return send(res, attempt, 502, { 'content-type': 'text/html' }, '<html><body><h1>502 Bad Gateway</h1></body></html>');
      case 'json-500':
        if (isSend) accept(marker, attempt);
        return send(
          res,
          attempt,
          500,
          { 'content-type': 'application/json' },
          JSON.stringify({ error: { message: 'An unknown error occurred', type: 'OAuthException', code: 131000, is_transient: true } }),
        );
      case 'reset-before-body':
        return void req.socket.destroy();
      case 'reset-after-body':
        if (isSend) accept(marker, attempt);
        return void req.socket.destroy();
      case 'hang':
        if (isSend) accept(marker, attempt);
        return void setTimeout(() => req.socket.destroy(), hangMs);
    }
  }

  server.keepAliveTimeout = 10_000;
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    accepted,
    attempts,
    faultCounts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function send(res: ServerResponse, attempt: Attempt, status: number, headers: Record<string, string>, body: string) {
  if (res.destroyed) return;
  res.writeHead(status, { ...headers, 'content-length': Buffer.byteLength(body) });
  res.end(body);
  attempt.answeredAt = performance.now();
}

/** FNV-1a with murmur3's final mix, 32 bits: a stable hash in which near strings land far apart. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A hash spread over [0, 1) by one round of mulberry32. */
function uniform(seed: number): number {
  let t = (seed + 0x6d2b79f5) | 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
