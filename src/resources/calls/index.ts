// calls: the call actions of POST /{phone-number-id}/calls (connect, pre_accept, accept, reject,
// terminate) as one helper each, and the two flows most apps need (answerCall, startCall). The
// generated `manage` sends any call request as given and `permissions` asks
// GET /{phone-number-id}/call_permissions. The SDP is a string made by the caller's media stack;
// the SDK only carries it.
import { callsOperations } from '../../../generated/operations.js';
import type { ClientCore } from '../../core/client-core.js';
import { compileOperation } from '../../core/operation-call.js';
import type { PhoneNumberCallOptions } from '../../core/options.js';
import { addressOf, type Recipient, type Schemas } from '../../core/spec-types.js';
import { idProblem } from '../../core/path.js';
import { answerAndStart } from './answer-and-start.js';
import type { CallActionResponse, CallPermissions, ConnectCallResponse } from './types.js';

/** Options of `connect`, `accept`, `answerCall` and `startCall`. */
export interface CallOptionsWithCallback extends PhoneNumberCallOptions {
  /** A string of yours (≤ 512 characters) that the call's terminate webhook echoes back. */
  bizOpaqueCallbackData?: string;
  /** Record the call (both parties hear an announcement); the recording arrives as a `call_recording_available` call event. */
  recording?: Schemas['CallCaptureOption'];
  /** Transcribe the call; the transcript arrives as a `call_transcription_available` call event. */
  transcription?: Schemas['CallCaptureOption'];
}

const NO_IDS: readonly string[] = [];

export function callsHelpers(core: ClientCore) {
  const manage = compileOperation(core, 'calls.manage', callsOperations.manage);
  const permissions = compileOperation(core, 'calls.permissions', callsOperations.permissions);

  const withCallback = <B extends object>(body: B, options: CallOptionsWithCallback | undefined): B => {
    if (!options) return body;
    const out = body as Record<string, unknown>;
    if (options.bizOpaqueCallbackData !== undefined) out.biz_opaque_callback_data = options.bizOpaqueCallbackData;
    if (options.recording !== undefined) out.recording = options.recording;
    if (options.transcription !== undefined) out.transcription = options.transcription;
    return body;
  };

  const actions = {
    /** Starts a business-initiated call with your SDP offer. The user must have granted permission. */
    connect(to: Recipient, sdpOffer: string, options?: CallOptionsWithCallback): Promise<ConnectCallResponse> {
      const body: Schemas['ConnectCallRequest'] = withCallback({ messaging_product: 'whatsapp', ...addressOf(to), action: 'connect', session: { sdp_type: 'offer', sdp: sdpOffer } }, options);
      return manage.call(NO_IDS, body, options);
    },

    /** Gets ready to answer a user-initiated call with your SDP answer (send the same one to `accept`). */
    preAccept(callId: string, sdpAnswer: string, options?: PhoneNumberCallOptions): Promise<CallActionResponse> {
      const problem = idProblem('calls.preAccept', 'callId', callId, 'allow');
      if (problem) return Promise.reject(problem);
      const body: Schemas['PreAcceptCallRequest'] = { messaging_product: 'whatsapp', call_id: callId, action: 'pre_accept', session: { sdp_type: 'answer', sdp: sdpAnswer } };
      return manage.call(NO_IDS, body, options);
    },

    /** Answers a user-initiated call with your SDP answer. */
    accept(callId: string, sdpAnswer: string, options?: CallOptionsWithCallback): Promise<CallActionResponse> {
      const problem = idProblem('calls.accept', 'callId', callId, 'allow');
      if (problem) return Promise.reject(problem);
      const body: Schemas['AcceptCallRequest'] = withCallback({ messaging_product: 'whatsapp', call_id: callId, action: 'accept', session: { sdp_type: 'answer', sdp: sdpAnswer } }, options);
      return manage.call(NO_IDS, body, options);
    },

    /** Declines a user-initiated call. */
    reject(callId: string, options?: PhoneNumberCallOptions): Promise<CallActionResponse> {
      const problem = idProblem('calls.reject', 'callId', callId, 'allow');
      if (problem) return Promise.reject(problem);
      return manage.call(NO_IDS, { messaging_product: 'whatsapp', call_id: callId, action: 'reject' }, options);
    },

    /** Ends a call. Send it even after the media stopped, so the call (and its billing) ends at once. */
    terminate(callId: string, options?: PhoneNumberCallOptions): Promise<CallActionResponse> {
      const problem = idProblem('calls.terminate', 'callId', callId, 'allow');
      if (problem) return Promise.reject(problem);
      return manage.call(NO_IDS, { messaging_product: 'whatsapp', call_id: callId, action: 'terminate' }, options);
    },
  };

  /** The permission check of `startCall`: a phone number is asked as `user_wa_id`, `{ recipient }` as `recipient`. */
  const checkPermission = (user: Recipient, options: PhoneNumberCallOptions | undefined): Promise<CallPermissions> => {
    const address = addressOf(user);
    const query = address.to !== undefined ? { user_wa_id: address.to } : { recipient: address.recipient };
    return permissions.call(NO_IDS, query, options);
  };

  return { ...actions, ...answerAndStart({ ...actions, checkPermission }) };
}
