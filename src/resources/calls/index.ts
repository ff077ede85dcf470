// calls: POST /{phone-number-id}/calls (connect, pre_accept, accept, reject, terminate),
// GET /{phone-number-id}/call_permissions, and the calling part of the number's settings.
// The SDP is a string made by the caller's media stack; the SDK only carries it.
import type { PhoneNumberCallOptions } from '../core/options.js';
import { addressOf, type Recipient, type Schemas } from '../core/spec-types.js';
import type { Transport } from '../core/transport.js';
import { callHelpers } from './call-helpers.js';
import { phoneNumberEdge } from './phone-number-path.js';
import { callInput } from './request-options.js';
import { settingsResource, type GetSettingsOptions, type UpdatePhoneNumberSettingsResponse } from './settings.js';

export type CallRequest = Schemas['CallRequest'];
export type ConnectCallResponse = Schemas['ConnectCallResponse'];
export type CallActionResponse = Schemas['CallActionResponse'];
export type CallPermissions = Schemas['CallPermissionsResponse'];
/** Calling settings as Graph returns them: open, with the read-only `restrictions` and SIP passwords. */
export type CallingSettings = Schemas['CallingSettings'];
/** Calling settings as sent to change them: closed, without the fields only Graph sets. */
export type CallingSettingsUpdate = Schemas['CallingSettingsUpdate'];

/** Options of `connect` and `accept`. */
export interface CallOptionsWithCallback extends PhoneNumberCallOptions {
  /** A string of yours (≤ 512 characters) that the call's terminate webhook echoes back. */
  bizOpaqueCallbackData?: string;
}

export function callsResource(transport: Transport, defaultPhoneNumberId: string | undefined) {
  const callsPath = phoneNumberEdge('calls', defaultPhoneNumberId);
  const permissionsPath = phoneNumberEdge('call_permissions', defaultPhoneNumberId);
  const settings = settingsResource(transport, defaultPhoneNumberId);

  /** Sends any call action the spec describes, exactly as given (operation `manageCall`). */
  async function manage<T extends ConnectCallResponse | CallActionResponse = ConnectCallResponse | CallActionResponse>(
    request: CallRequest,
    options?: PhoneNumberCallOptions,
  ): Promise<T> {
    return transport.request<T>('POST', callsPath(options), { ...callInput(options), body: request });
  }

  const withCallback = <B extends object>(body: B, options: CallOptionsWithCallback | undefined): B =>
    options?.bizOpaqueCallbackData === undefined ? body : { ...body, biz_opaque_callback_data: options.bizOpaqueCallbackData };

  const endpoints = {
    manage,

    /** Starts a business-initiated call with your SDP offer. The user must have granted permission. */
    connect(to: Recipient, sdpOffer: string, options?: CallOptionsWithCallback): Promise<ConnectCallResponse> {
      const body: Schemas['ConnectCallRequest'] = withCallback(
        { messaging_product: 'whatsapp', ...addressOf(to), action: 'connect', session: { sdp_type: 'offer', sdp: sdpOffer } },
        options,
      );
      return manage<ConnectCallResponse>(body, options);
    },

    /** Gets ready to answer a user-initiated call with your SDP answer (send the same one to `accept`). */
    preAccept(callId: string, sdpAnswer: string, options?: PhoneNumberCallOptions): Promise<CallActionResponse> {
      return manage<CallActionResponse>(
        { messaging_product: 'whatsapp', call_id: callId, action: 'pre_accept', session: { sdp_type: 'answer', sdp: sdpAnswer } },
        options,
      );
    },

    /** Answers a user-initiated call with your SDP answer. */
    accept(callId: string, sdpAnswer: string, options?: CallOptionsWithCallback): Promise<CallActionResponse> {
      const body: Schemas['AcceptCallRequest'] = withCallback(
        { messaging_product: 'whatsapp', call_id: callId, action: 'accept', session: { sdp_type: 'answer', sdp: sdpAnswer } },
        options,
      );
      return manage<CallActionResponse>(body, options);
    },

    /** Declines a user-initiated call. */
    reject(callId: string, options?: PhoneNumberCallOptions): Promise<CallActionResponse> {
      return manage<CallActionResponse>({ messaging_product: 'whatsapp', call_id: callId, action: 'reject' }, options);
    },

    /** Ends a call. Send it even after the media stopped, so the call (and its billing) ends at once. */
    terminate(callId: string, options?: PhoneNumberCallOptions): Promise<CallActionResponse> {
      return manage<CallActionResponse>({ messaging_product: 'whatsapp', call_id: callId, action: 'terminate' }, options);
    },

    /**
     * Whether the business may call this user now, and which calling actions are open to it.
     * A phone number (or `{ to }`) is sent as `user_wa_id`, `{ recipient }` as `recipient`.
     */
    async permissions(user: Recipient, options?: PhoneNumberCallOptions): Promise<CallPermissions> {
      const address = addressOf(user);
      const query = address.to !== undefined ? { user_wa_id: address.to } : { recipient: address.recipient };
      return transport.request<CallPermissions>('GET', permissionsPath(options), { ...callInput(options), query });
    },

    /** The calling part of the number's settings (`undefined` when Graph sent none). */
    async getSettings(options?: GetSettingsOptions): Promise<CallingSettings | undefined> {
      return (await settings.get(options)).calling;
    },

    /** Changes calling settings; fields left out keep their value (`call_hours` is replaced whole). */
    updateSettings(calling: CallingSettingsUpdate, options?: PhoneNumberCallOptions): Promise<UpdatePhoneNumberSettingsResponse> {
      return settings.update({ calling }, options);
    },
  };

  return { ...endpoints, ...callHelpers(endpoints) };
}

export type CallsResource = ReturnType<typeof callsResource>;
