// The sending side of the fault run, in a process of its own so that its peak RSS is the SDK's
// and not the test runner's or the stand-in's. It imports the built package, sends `count` text
// messages at `concurrency` through the retry policy, and writes what happened to a JSON file:
// each send's outcome, each attempt as its fetch saw it, the elapsed time and the peak RSS.
//
// Its fetch sends a seeded share of attempts to a loopback port where nothing listens, so those
// attempts fail with a real refused connection before any byte of the request is written; the
// rest go to the stand-in. Usage: node fault-sender.mjs '<config json>' <result file>
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const config = JSON.parse(process.argv[2]);
const resultFile = process.argv[3];
const { createWhatsApp, WhatsAppError, GraphApiError } = await import(pathToFileURL(config.sdk).href);

/** marker → every attempt in order: `deadPort` (routed to the refusing port), `start`/`end` (ms), `failure` (error code). */
const attempts = new Map();

/** A stable draw in [0, 1) for one attempt, so the same run refuses the same attempts. */
function draw(marker, attemptIndex) {
  return createHash('sha256').update(`${config.seed}:${marker}:${attemptIndex}`).digest().readUInt32BE(0) / 2 ** 32;
}

async function routingFetch(input, init) {
  const marker = JSON.parse(init.body).biz_opaque_callback_data;
  const log = attempts.get(marker) ?? [];
  attempts.set(marker, log);
  const deadPort = draw(marker, log.length) < config.refuseShare;
  const entry = { deadPort, start: performance.now(), end: 0, failure: null };
  log.push(entry);
  try {
    return await fetch(deadPort ? input.replace(config.baseUrl, config.deadUrl) : input, init);
  } catch (error) {
    entry.failure = causeCode(error) ?? String(error?.name);
    throw error;
  } finally {
    // For an answer this is when its headers arrived: the client reads the body and only then
    // starts to wait, so the gap to the next attempt's start is never shorter than the wait.
    entry.end = performance.now();
  }
}

/** The first `code` string along the cause chain: ECONNREFUSED, ECONNRESET, UND_ERR_SOCKET … */
function causeCode(error) {
  for (let current = error, depth = 0; current && depth < 6; current = current.cause, depth++) {
    if (typeof current.code === 'string') return current.code;
  }
  return undefined;
}

function describeError(error) {
  return {
    name: error?.name,
    typed: error instanceof WhatsAppError,
    status: error instanceof GraphApiError ? error.status : undefined,
    code: error instanceof GraphApiError ? error.code : undefined,
    retryAfterMs: error?.retryAfterMs,
    causeCode: causeCode(error?.cause),
    message: String(error?.message),
  };
}

const wa = createWhatsApp({
  accessToken: 'fault-token',
  phoneNumberId: config.phoneNumberId,
  baseUrl: config.baseUrl,
  timeoutMs: config.timeoutMs,
  retry: config.retry,
  fetch: routingFetch,
});

const rssBeforeSendsBytes = process.memoryUsage.rss();
const outcomes = new Array(config.count);
let next = 0;
async function worker() {
  while (next < config.count) {
    const index = next++;
    const marker = `m${index}`;
    try {
      const response = await wa.messages.sendText('16505551234', `message ${marker}`, { bizOpaqueCallbackData: marker });
      outcomes[index] = { id: response.messages[0]?.id };
    } catch (error) {
      outcomes[index] = { error: describeError(error) };
    }
  }
}
const started = performance.now();
await Promise.all(Array.from({ length: config.concurrency }, worker));
const elapsedMs = performance.now() - started;
// ru_maxrss: the most this process ever held resident, in kilobytes; nothing sampled, nothing missed.
const peakRssBytes = process.resourceUsage().maxRSS * 1024;

writeFileSync(
  resultFile,
  JSON.stringify({ elapsedMs, rssBeforeSendsBytes, peakRssBytes, outcomes, attempts: Object.fromEntries(attempts) }),
);
