// Timeout signals shared by the calls that start close together. Creating an AbortSignal costs
// several microseconds on Node, a quarter of a whole stubbed send; calls that start within the
// same slice of time share one signal that fires when the last of them would time out. A call
// therefore times out after at least `timeoutMs` and at most one slice (≤ 100 ms, ≤ 10 %) later.
//
// A slice also ends after a few calls: Node's fetch hangs a listener on the signal for every
// request and removes it only when the request is garbage-collected, so a signal shared by
// thousands of calls makes each new request slower (and, past 1,500, Node warns of a leak).
// Sharing among a handful keeps both costs small; measured, 16 beats both one signal per call
// and one per 100 ms.
const MAX_CALLS_PER_SIGNAL = 16;

interface Slice {
  readonly signal: AbortSignal;
  readonly until: number;
  calls: number;
}

const slices = new Map<number, Slice>();

export function deadlineSignal(timeoutMs: number): AbortSignal {
  const now = Date.now();
  const current = slices.get(timeoutMs);
  if (current && now < current.until && current.calls < MAX_CALLS_PER_SIGNAL) {
    current.calls++;
    return current.signal;
  }

  const width = Math.max(1, Math.min(100, Math.floor(timeoutMs / 10)));
  const controller = new AbortController();
  const timer = setTimeout(() => {
    controller.abort(new DOMException(`The call timed out after ${timeoutMs} ms`, 'TimeoutError'));
    if (slices.get(timeoutMs)?.signal === controller.signal) slices.delete(timeoutMs);
  }, timeoutMs + width);
  // The timer only matters while a call is in flight, and that call keeps the process alive.
  (timer as { unref?: () => void }).unref?.();
  slices.set(timeoutMs, { signal: controller.signal, until: now + width, calls: 1 });
  return controller.signal;
}

export function isDeadlineAbort(signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true && (signal.reason as { name?: string } | undefined)?.name === 'TimeoutError';
}
