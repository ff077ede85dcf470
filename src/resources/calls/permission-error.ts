// Thrown by calls.startCall when the permission check says the business may not call the user
// now, so no connect is sent. Its category and action come from the error table, like Graph's
// own calling errors.
import { classifyGraphError } from '../../core/classify.js';
import { WhatsAppError } from '../../core/errors.js';
import type { Schemas } from '../../core/spec-types.js';

type CallPermissions = Schemas['CallPermissionsResponse'];

/** Graph's code for "no call permission"; a connect without permission fails with it. */
const NO_PERMISSION_CODE = 138006;
/** Graph's code for the business-initiated call limit, the usual reason start_call is not allowed. */
const CALL_LIMIT_CODE = 138012;

export class CallPermissionError extends WhatsAppError {
  /** `no_permission`: the user has not granted (or has revoked) permission; ask first.
   *  `limit_reached`: permission exists but `start_call` is not allowed now (a limit is used up). */
  readonly reason: 'no_permission' | 'limit_reached';
  /** The Graph error code a connect would have failed with. */
  readonly code: number;
  /** The permission check's answer, as Graph sent it. */
  readonly permissions: CallPermissions;

  constructor(reason: 'no_permission' | 'limit_reached', permissions: CallPermissions, retryAfterMs?: number) {
    const code = reason === 'no_permission' ? NO_PERMISSION_CODE : CALL_LIMIT_CODE;
    const info = classifyGraphError(code, undefined);
    super(
      reason === 'no_permission'
        ? `No permission to call this user (status ${permissions.permission.status}); send a call permission request first`
        : 'The user may be called, but starting a call is not allowed now (a calling limit is used up)',
      { category: info.category, action: info.action, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) },
    );
    this.reason = reason;
    this.code = code;
    this.permissions = permissions;
  }
}
