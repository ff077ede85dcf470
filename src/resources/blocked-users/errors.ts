// Errors of blocking and unblocking. Graph reports a partly failed call as an error (139100) that
// still carries the per-user outcome; that outcome must reach the caller, because the users it
// lists as blocked really were blocked.
import { WhatsAppConfigError } from '../../core/config-error.js';
import { GraphApiError } from '../../core/errors.js';
import type { Schemas } from '../../core/spec-types.js';

export type BlockListUser = Schemas['BlockListUser'];
export type BlockListFailedUser = Schemas['BlockListFailedUser'];
export type BlockUsersOperation = 'block' | 'unblock';
type BlockUsersOutcome = NonNullable<Schemas['BlockUsersFailure']['block_users']>;

/**
 * The largest number of users one block or unblock call takes: the `maxItems` of
 * `BlockUsersRequest.block_users` in the spec (a unit test keeps the two equal). Checked before
 * sending because Graph answers a longer list with 130429, a throttling code, and retrying that
 * can never succeed.
 */
export const BLOCK_USERS_PER_CALL = 1000;

/** A block or unblock call refused before sending: no users, or more than one call takes. */
export class BlockUsersLimitError extends WhatsAppConfigError {
  readonly operation: BlockUsersOperation;
  /** The most users one call takes. */
  readonly limit: number;
  /** How many users the call was given. */
  readonly actual: number;

  constructor(operation: BlockUsersOperation, actual: number) {
    super(
      actual === 0
        ? `Nothing to ${operation}: block_users needs at least one user`
        : `Too many users to ${operation} in one call: block_users has ${actual}; Graph takes at most ${BLOCK_USERS_PER_CALL}, so split the list`,
    );
    this.operation = operation;
    this.limit = BLOCK_USERS_PER_CALL;
    this.actual = actual;
  }
}

/**
 * Graph blocked or unblocked only some of the users, or none (code 139100). Still a
 * `GraphApiError` (status, code, fbtrace id and the raw body are all there), plus the outcome:
 * `succeeded` were changed, `failed` were not, each with Graph's reasons.
 */
export class BlockUsersError extends GraphApiError {
  readonly operation: BlockUsersOperation;
  /** Users this call did block (`added_users`) or unblock (`removed_users`). */
  readonly succeeded: readonly BlockListUser[];
  /** Users left as they were, each with its `errors`. */
  readonly failed: readonly BlockListFailedUser[];

  constructor(operation: BlockUsersOperation, source: GraphApiError, outcome: BlockUsersOutcome) {
    // The source's headers are gone; what GraphApiError read from them is carried over.
    const headers = new Headers();
    if (source.fbtraceId) headers.set('x-fb-trace-id', source.fbtraceId);
    if (source.retryAfterSource === 'header' && source.retryAfterMs !== undefined) headers.set('retry-after', String(Math.ceil(source.retryAfterMs / 1000)));
    const succeeded = listOrEmpty(operation === 'block' ? outcome.added_users : outcome.removed_users);
    const failed = listOrEmpty(outcome.failed_users);
    super({
      status: source.status,
      headers,
      body: source.body,
      ...(source.request ? { request: source.request } : {}),
      problem: describeOutcome(operation, succeeded.length, failed),
    });
    this.operation = operation;
    this.succeeded = succeeded;
    this.failed = failed;
  }
}

/** `error` as a `BlockUsersError` when its Graph body carries the per-user outcome, else `error` itself. */
export function withBlockOutcome(operation: BlockUsersOperation, error: unknown): unknown {
  if (!(error instanceof GraphApiError) || !error.body || typeof error.body !== 'object') return error;
  const outcome = (error.body as { block_users?: unknown }).block_users;
  if (!outcome || typeof outcome !== 'object' || Array.isArray(outcome)) return error;
  return new BlockUsersError(operation, error, outcome as BlockUsersOutcome);
}

/** E.g. `blocked 1 of 3 users; not blocked: +15550100199 (131047), 16505550000 (131021)`. */
function describeOutcome(operation: BlockUsersOperation, succeeded: number, failed: readonly BlockListFailedUser[]): string {
  const done = operation === 'block' ? 'blocked' : 'unblocked';
  const reasons = failed.map((user) => `${user?.input} (${listOrEmpty(user?.errors).map((e) => e?.code).join(', ') || 'no reason given'})`);
  return `${done} ${succeeded} of ${succeeded + failed.length} users${reasons.length ? `; not ${done}: ${reasons.join(', ')}` : ''}`;
}

const listOrEmpty = <T>(value: readonly T[] | undefined): readonly T[] => (Array.isArray(value) ? value : []);
