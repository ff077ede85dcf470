// Reads a delivery's raw bytes (the signature covers the bytes) with two bounds: a size cap, so
// an oversized body costs no more than the cap, and a time limit, so a sender that stalls
// mid-body cannot hold a request open (and its memory) for as long as it likes.
import { concatBytes } from '../core/read-capped.js';
import { WebhookBodyTimeoutError, WebhookBodyTooLargeError } from './errors.js';

/** Graph sends a whole delivery (at most about 3 MB) in well under a second; five seconds leaves room. */
export const DEFAULT_BODY_TIMEOUT_MS = 5_000;

const TIMED_OUT = Symbol('timed out');

/** Resolves to TIMED_OUT after `ms`; `cancel` clears the timer. */
export function deadline(ms: number): { expired: Promise<typeof TIMED_OUT>; cancel: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<typeof TIMED_OUT>((resolve) => (timer = setTimeout(() => resolve(TIMED_OUT), ms)));
  return { expired, cancel: () => clearTimeout(timer) };
}

export const isTimedOut = (value: unknown): value is typeof TIMED_OUT => value === TIMED_OUT;

/** A web Request's body, or a WebhookBodyTooLargeError / WebhookBodyTimeoutError. */
export async function readWebBody(request: Request, cap: number, timeoutMs: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > cap) throw new WebhookBodyTooLargeError(cap);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const timer = deadline(timeoutMs);
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const step = await Promise.race([reader.read(), timer.expired]);
      if (isTimedOut(step)) {
        reader.cancel().catch(() => undefined);
        throw new WebhookBodyTimeoutError(timeoutMs);
      }
      if (step.done) break;
      size += step.value.byteLength;
      if (size > cap) {
        await reader.cancel().catch(() => undefined);
        throw new WebhookBodyTooLargeError(cap);
      }
      chunks.push(step.value);
    }
  } finally {
    timer.cancel();
  }
  return concatBytes(chunks, size);
}
