// 10,000 sends at concurrency 256 through the retry policy, against a Graph stand-in that
// throttles (with and without a header saying how long to wait), fails with 5xx, resets and hangs
// in a seeded mix, while the sender's own fetch routes a seeded share of attempts to a port where
// nothing listens. The sends run in a child process against the built package; the stand-in runs
// here and logs every attempt and every message it accepted. Each send carries its own id (in
// biz_opaque_callback_data and the text), and the test matches what each send returned against
// what the stand-in did with it:
// - a send that resolved got its own message id, and the stand-in accepted that id exactly once;
// - a send that failed did so with a typed error, and was either never accepted, or accepted by
//   an attempt whose failure was ambiguous (a 5xx, a reset after the request was written, a
//   timeout) and that was then not repeated;
// - every repeat came after a failure where Graph certainly did nothing (a throttling answer, a
//   refused connection), and after at least the wait the headers, the error table or the backoff
//   asked for;
// - the counts add up, and peak RSS stays within a bound.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unusedPort } from '../support/fault-port.js';
import { runSender, type SenderResult, type SendError, type SentAttempt } from '../support/fault-run.js';
import { THROTTLE_CODES, startFaultServer, type Attempt, type Fault, type FaultServer } from '../support/fault-server.js';

const COUNT = 10_000;
const CONCURRENCY = 256;
const POLICY = { maxAttempts: 6, baseDelayMs: 20, maxDelayMs: 2000 } as const;
const TIMEOUT_MS = 4000;
/** Share of attempts the sender's fetch sends to a port where nothing listens. */
const REFUSE_SHARE = 0.05;

const MIX: Partial<Record<Fault, number>> = {
  ok: 52,
  slow: 5,
  'throttle-130429': 6,
  'throttle-131056': 4,
  'throttle-80007': 4,
  'throttle-4': 3,
  'throttle-130429-no-header': 2,
  'throttle-131056-no-header': 2,
  'throttle-80007-no-header': 2,
  'html-502': 5,
  'json-500': 4,
  'reset-before-body': 4,
  'reset-after-body': 4,
  hang: 3,
};

/**
 * The error table's minimum wait for a throttling code answered without a header, and how much
 * it grows per retry (openapi/errors.yaml: 130429 one second, doubling; 131056 4^n seconds).
 * Codes not listed have no documented minimum: the policy's exponential backoff applies.
 */
const TABLE_WAITS: ReadonlyMap<number, { firstMs: number; factor: number }> = new Map([
  [130429, { firstMs: 1000, factor: 2 }],
  [131056, { firstMs: 4000, factor: 4 }],
]);

/** One attempt of a send, as the sender's fetch saw it, joined with what the stand-in did with it. */
interface Step {
  fault: Fault | 'refused';
  client: SentAttempt;
  /** The stand-in's record; none for a refused connection, which never reached it. */
  server?: Attempt;
}

/**
 * What the policy may do after a failed step: repeat it after at least `shortestMs` (and which
 * wait governs), give up at once because that wait is over its cap, or never repeat it.
 */
type Repeat = { kind: 'refused' | 'header' | 'table' | 'backoff'; shortestMs: number } | { kind: 'give-up' } | { kind: 'never' };

/** The lower edge of the policy's jittered exponential backoff before retry number `retry` (1 for the first). */
function backoffFloor(retry: number): number {
  return Math.min(POLICY.maxDelayMs, POLICY.baseDelayMs * 2 ** (retry - 1)) / 2;
}

function repeatAfter(step: Step, retry: number): Repeat {
  if (step.fault === 'refused') return { kind: 'refused', shortestMs: backoffFloor(retry) };
  const code = THROTTLE_CODES.get(step.fault);
  if (code === undefined) return { kind: 'never' }; // answered, or failed ambiguously
  const asked = step.server!.askedDelayMs;
  if (asked !== undefined) return asked > POLICY.maxDelayMs ? { kind: 'give-up' } : { kind: 'header', shortestMs: asked };
  const table = TABLE_WAITS.get(code);
  if (table === undefined) return { kind: 'backoff', shortestMs: backoffFloor(retry) };
  const grown = table.firstMs * table.factor ** (retry - 1);
  return grown > POLICY.maxDelayMs ? { kind: 'give-up' } : { kind: 'table', shortestMs: grown };
}

/** What a send must have ended with when this was its last step (undefined: success). */
function expectedEnd(step: Step): Partial<SendError> | undefined {
  const code = step.fault === 'refused' ? undefined : THROTTLE_CODES.get(step.fault);
  if (code !== undefined) return { name: 'GraphApiError', status: 400, code };
  switch (step.fault) {
    case 'ok':
    case 'slow':
      return undefined;
    case 'refused':
      return { name: 'GraphNetworkError', causeCode: 'ECONNREFUSED' };
    case 'html-502':
      return { name: 'GraphApiError', status: 502 };
    case 'json-500':
      return { name: 'GraphApiError', status: 500, code: 131000 };
    case 'reset-before-body':
    case 'reset-after-body':
      return { name: 'GraphNetworkError' };
    case 'hang':
      return { name: 'GraphTimeoutError' };
    default:
      throw new Error(`no expectation for ${step.fault}`);
  }
}

/** Failures after which Graph may have sent the message: the only ones allowed to have been accepted. */
function isAmbiguous(error: SendError): boolean {
  if (error.name === 'GraphTimeoutError') return true;
  if (error.name === 'GraphNetworkError') return error.causeCode !== 'ECONNREFUSED';
  return error.name === 'GraphApiError' && (error.status ?? 0) >= 500;
}

let server: FaultServer;
let run: SenderResult;
beforeAll(async () => {
  server = await startFaultServer({ seed: 9, mix: MIX, hangMs: TIMEOUT_MS + 1000 });
  run = await runSender({
    baseUrl: server.url,
    deadUrl: `http://127.0.0.1:${await unusedPort()}`,
    refuseShare: REFUSE_SHARE,
    seed: 9,
    count: COUNT,
    concurrency: CONCURRENCY,
    timeoutMs: TIMEOUT_MS,
    retry: POLICY,
    phoneNumberId: '106540352242922',
  });
}, 180_000);
afterAll(() => server?.close());

describe('10,000 sends at concurrency 256 under faults', () => {
  it('each send is accounted for once against the stand-in log', () => {
    const problems: string[] = [];
    let resolved = 0;
    let failedUnaccepted = 0;
    let failedAmbiguous = 0;
    for (let index = 0; index < COUNT; index++) {
      const marker = `m${index}`;
      const outcome = run.outcomes[index];
      const acceptedTimes = server.accepted.get(marker) ?? 0;
      if (!outcome) {
        problems.push(`${marker}: no outcome`);
      } else if (outcome.error === undefined) {
        resolved++;
        if (outcome.id !== `wamid.${marker}`) problems.push(`${marker}: resolved with ${outcome.id}`);
        if (acceptedTimes !== 1) problems.push(`${marker}: resolved, accepted ${acceptedTimes} times`);
      } else if (!outcome.error.typed) {
        problems.push(`${marker}: untyped ${outcome.error.name}: ${outcome.error.message}`);
      } else if (acceptedTimes === 0) {
        failedUnaccepted++;
      } else {
        failedAmbiguous++;
        if (acceptedTimes !== 1) problems.push(`${marker}: accepted ${acceptedTimes} times`);
        if (!isAmbiguous(outcome.error)) problems.push(`${marker}: accepted, yet failed with ${outcome.error.name} ${outcome.error.message}`);
        // The accepted attempt was the send's last, at the stand-in and at the sender alike.
        const repeated = !server.attempts.get(marker)?.at(-1)?.accepted || run.attempts[marker]?.at(-1)?.deadPort !== false;
        if (repeated) problems.push(`${marker}: repeated after the attempt that was accepted`);
      }
    }
    const unknown = [...server.accepted.keys()].filter((marker) => !/^m\d+$/.test(marker) || Number(marker.slice(1)) >= COUNT);
    const acceptedTwice = [...server.accepted].filter(([, times]) => times > 1);

    const errorKinds = new Map<string, number>();
    for (const outcome of run.outcomes) {
      if (!outcome?.error) continue;
      const { name, status, code, causeCode } = outcome.error;
      const kind = name === 'GraphApiError' ? `${status}${code === undefined ? '' : `/${code}`}` : `${name}${causeCode ? `/${causeCode}` : ''}`;
      errorKinds.set(kind, (errorKinds.get(kind) ?? 0) + 1);
    }
    console.log(
      `faults: ${COUNT} sends in ${(run.elapsedMs / 1000).toFixed(1)} s: ${resolved} resolved, ${failedUnaccepted} failed unsent, ` +
        `${failedAmbiguous} failed after Graph accepted them; errors ${JSON.stringify(Object.fromEntries(errorKinds))}; ` +
        `stand-in saw ${JSON.stringify(Object.fromEntries(server.faultCounts))}`,
    );

    expect(problems.slice(0, 20).join('\n')).toBe('');
    expect(acceptedTwice).toEqual([]);
    expect(unknown).toEqual([]);
    expect(resolved + failedUnaccepted + failedAmbiguous).toBe(COUNT);
    expect(server.accepted.size).toBe(resolved + failedAmbiguous);
    // Every kind of ending happened, so none of the checks above held vacuously.
    expect(resolved).toBeGreaterThan(COUNT / 2);
    expect(failedUnaccepted).toBeGreaterThan(100);
    expect(failedAmbiguous).toBeGreaterThan(100);
  });

  it('repeats only what Graph certainly did not take, after at least the wait asked, and ends as the last attempt did', () => {
    const problems: string[] = [];
    const waited = new Map<string, number>();
    const gaveUpAtCap = new Map<number, number>();
    let refusedThenDelivered = 0;
    for (let index = 0; index < COUNT; index++) {
      const marker = `m${index}`;
      const steps = joinSteps(run.attempts[marker] ?? [], server.attempts.get(marker) ?? [], marker, problems);
      if (!steps) continue;
      if (steps.some((step) => step.fault === 'refused') && run.outcomes[index]?.id !== undefined) refusedThenDelivered++;
      steps.forEach((step, position) => {
        const retry = position + 1;
        const repeat = repeatAfter(step, retry);
        const last = position === steps.length - 1;
        if (last) {
          if (repeat.kind === 'give-up') {
            const code = THROTTLE_CODES.get(step.fault as Fault)!;
            gaveUpAtCap.set(code, (gaveUpAtCap.get(code) ?? 0) + 1);
          } else if (repeat.kind !== 'never' && steps.length < POLICY.maxAttempts) {
            problems.push(`${marker}: stopped after ${step.fault} with attempts left`);
          }
          const outcome = run.outcomes[index];
          const expected = expectedEnd(step);
          // An answer that came after the client's timeout (a loaded machine) ended as a timeout:
          // ambiguous, which is allowed, as long as it was the last attempt (it is, here).
          const late = expected === undefined && outcome?.error?.name === 'GraphTimeoutError';
          if (late) return;
          if (expected === undefined ? outcome?.error !== undefined : !matches(outcome?.error, expected)) {
            problems.push(`${marker}: last attempt ${step.fault}, ended with ${JSON.stringify(outcome)}`);
          }
          return;
        }
        if (repeat.kind === 'never' || repeat.kind === 'give-up') {
          problems.push(`${marker}: repeated after ${step.fault}`);
          return;
        }
        const gap = steps[position + 1]!.client.start - step.client.end;
        // 1 ms of slack: timers and performance.now() round differently.
        if (gap < repeat.shortestMs - 1) problems.push(`${marker}: retry ${retry} after ${step.fault} came ${gap.toFixed(1)} ms later, < ${repeat.shortestMs}`);
        waited.set(repeat.kind, (waited.get(repeat.kind) ?? 0) + 1);
      });
    }
    console.log(
      `faults: retries checked by the wait that governed them ${JSON.stringify(Object.fromEntries(waited))}; ` +
        `given up at once because the table's wait exceeded the cap ${JSON.stringify(Object.fromEntries(gaveUpAtCap))}; ` +
        `${refusedThenDelivered} sends refused a connection, then delivered by the stand-in`,
    );

    expect(problems.slice(0, 20).join('\n')).toBe('');
    // Each way of waiting was exercised many times over.
    expect(waited.get('refused')).toBeGreaterThan(200);
    expect(waited.get('header')).toBeGreaterThan(500);
    expect(waited.get('table')).toBeGreaterThan(100);
    expect(waited.get('backoff')).toBeGreaterThan(200);
    expect(refusedThenDelivered).toBeGreaterThan(200);
    // 131056's first table wait (4 s) is over this run's 2 s cap: those sends fail at once.
    expect(gaveUpAtCap.get(131056)).toBeGreaterThan(100);
  });

  it('peak RSS of the sending process stays bounded', () => {
    const peakMb = run.peakRssBytes / 2 ** 20;
    console.log(
      `faults: sender peak RSS ${peakMb.toFixed(0)} MB (${(run.rssBeforeSendsBytes / 2 ** 20).toFixed(0)} MB before the sends)`,
    );
    // Measured at 186–196 MB on Node 20, about 50 MB of it before the first send. The peak follows
    // the concurrency more than the count (1,000 sends reach ~130 MB, 20,000 ~215 MB), so 480 MB,
    // 2.5× the measure, leaves room for another Node or allocator, while keeping ~30 KB per send
    // alive (a response with its buffers, say) would cross it.
    expect(peakMb).toBeLessThan(480);
  });
});

/**
 * A send's attempts in order: the sender's log, with each attempt that reached the stand-in joined
 * to the stand-in's record of it. A connection refused never reaches the stand-in; every other
 * attempt reaches it exactly once.
 */
function joinSteps(sent: SentAttempt[], received: Attempt[], marker: string, problems: string[]): Step[] | undefined {
  const steps: Step[] = [];
  let next = 0;
  for (const client of sent) {
    const refused = client.failure === 'ECONNREFUSED';
    if (refused !== client.deadPort) {
      problems.push(`${marker}: ${client.deadPort ? 'the refusing port answered' : 'the stand-in refused a connection'} (${client.failure})`);
      return undefined;
    }
    const server = refused ? undefined : received[next++];
    if (refused) steps.push({ fault: 'refused', client });
    else if (server) steps.push({ fault: server.fault, client, server });
  }
  if (sent.length === 0 || next !== received.length || steps.length !== sent.length) {
    problems.push(`${marker}: ${sent.length} attempts sent, ${received.length} received`);
    return undefined;
  }
  return steps;
}

function matches(actual: SendError | undefined, expected: Partial<SendError>): boolean {
  if (!actual) return false;
  return Object.entries(expected).every(([key, value]) => actual[key as keyof SendError] === value);
}
