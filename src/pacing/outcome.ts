// What a failed send means for the recipient: Graph certainly did not send the message, or it
// may have. Only the first may be repeated without the risk of a second copy.
import { GraphApiError, GraphNetworkError, UnexpectedResponseError, WhatsAppError } from '../core/errors.js';
import { WhatsAppConfigError } from '../core/config-error.js';
import { failedBeforeSending } from '../core/retry-policy.js';

/**
 * True when a send failed in a way that leaves open whether Graph sent the message: a timeout or
 * a connection lost after the request was written, a 5xx, a 2xx without the documented answer,
 * the caller aborting mid-request, or an error that is not the SDK's. Such a send is reported,
 * never repeated, unless the caller opts in to duplicates.
 */
export function isAmbiguousSend(error: unknown): boolean {
  return !certainlyNotSent(error);
}

/** True when the message certainly did not go out: Graph refused it, or it never left. */
function certainlyNotSent(error: unknown): boolean {
  if (error instanceof UnexpectedResponseError) return false;
  if (error instanceof GraphApiError) return error.status < 500;
  if (error instanceof GraphNetworkError) return failedBeforeSending(error.cause);
  // Refused before any request (a bad message, a bad option).
  if (error instanceof WhatsAppConfigError) return true;
  return false;
}

/** Where Graph's throttling applies: the sending number (130429, 80007, 4) or one recipient of it (131056). */
export type ThrottleScope = 'number' | 'pair';

/** The pair-rate code: too many messages to one user too fast. */
export const PAIR_RATE_CODE = 131056;

/** Which limit a failure says was hit, or undefined when it is no throttling a pacer can wait out. */
export function throttleScope(error: unknown): ThrottleScope | undefined {
  if (!(error instanceof WhatsAppError) || error.action !== 'retry_with_backoff') return undefined;
  if (error instanceof GraphApiError && error.code === PAIR_RATE_CODE) return 'pair';
  return error.category === 'throttling' ? 'number' : undefined;
}
