// The two call flows most apps need, built on the call actions: answering a user's call
// (pre_accept, then accept with the same SDP) and starting one after a permission check. They
// take plain ids and SDP strings, so they fit any webhook event shape.
import type { PhoneNumberCallOptions } from '../../core/options.js';
import type { Recipient, Schemas } from '../../core/spec-types.js';
import { CallPermissionError } from './permission-error.js';
import type { CallActionResponse, CallPermissions, ConnectCallResponse } from './types.js';

type WithCallback = PhoneNumberCallOptions & { bizOpaqueCallbackData?: string };

interface CallSteps {
  preAccept(callId: string, sdpAnswer: string, options?: PhoneNumberCallOptions): Promise<CallActionResponse>;
  accept(callId: string, sdpAnswer: string, options?: WithCallback): Promise<CallActionResponse>;
  connect(to: Recipient, sdpOffer: string, options?: WithCallback): Promise<ConnectCallResponse>;
  checkPermission(user: Recipient, options: PhoneNumberCallOptions | undefined): Promise<CallPermissions>;
}

export interface AnswerCallInput extends WithCallback {
  /** The `id` of the call's `connect` webhook. */
  callId: string;
  /** Your media stack's SDP answer to the offer in that webhook. */
  sdpAnswer: string;
}

export function answerAndStart(steps: CallSteps) {
  return {
    /**
     * Answers a user-initiated call: `pre_accept`, then `accept` with the same SDP answer. If
     * `pre_accept` fails, `accept` is not sent and the error is rethrown.
     */
    async answerCall(input: AnswerCallInput): Promise<CallActionResponse> {
      const { callId, sdpAnswer, ...options } = input;
      const { bizOpaqueCallbackData: _unused, ...preAcceptOptions } = options;
      await steps.preAccept(callId, sdpAnswer, preAcceptOptions);
      return steps.accept(callId, sdpAnswer, options);
    },

    /**
     * Starts a business-initiated call after checking permission. When the check says the call
     * cannot be made now, throws `CallPermissionError` (category `calling`) without connecting.
     */
    async startCall(to: Recipient, sdpOffer: string, options?: WithCallback): Promise<ConnectCallResponse> {
      const permissions = await steps.checkPermission(to, options);
      const refusal = refusalOf(permissions);
      if (refusal) throw refusal;
      return steps.connect(to, sdpOffer, options);
    },
  };
}

/**
 * Why a permission check rules out a call now, or undefined when it allows one. The `start_call`
 * action is Graph's own verdict and wins; without it, a temporary or permanent permission allows.
 */
function refusalOf(permissions: CallPermissions): CallPermissionError | undefined {
  const status = permissions.permission.status;
  const granted = status === 'temporary' || status === 'permanent';
  const startCall = permissions.actions?.find((action) => action.action_name === 'start_call');
  if (startCall?.can_perform_action) return undefined;
  if (!granted) return new CallPermissionError('no_permission', permissions);
  if (!startCall) return undefined;
  return new CallPermissionError('limit_reached', permissions, waitUntilLimitsReset(startCall.limits));
}

/** Milliseconds until the latest used-up limit resets, when Graph said when. */
function waitUntilLimitsReset(limits: Schemas['CallPermissionAction']['limits']): number | undefined {
  const ends = (limits ?? [])
    .filter((limit) => limit.limit_expiration_time !== undefined && (limit.current_usage ?? 0) >= (limit.max_allowed ?? Infinity))
    .map((limit) => (limit.limit_expiration_time as number) * 1000);
  if (ends.length === 0) return undefined;
  return Math.max(0, Math.max(...ends) - Date.now());
}
