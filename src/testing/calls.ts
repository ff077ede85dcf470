// Builders of `calls` deliveries: a user calls the business (connect, with the caller's SDP offer),
// and the call ends (terminate).
import type { components } from '../../generated/schema.js';
import { contactOf, envelope, metadataOf, unixSeconds, userPhone, type CallsDelivery, type DeliveryOptions } from './envelope.js';

type Schemas = components['schemas'];
type WebhookCall = Schemas['WebhookCall'];
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A call event without what the builder fills in (id, caller, callee, timestamp); each may still be given. */
export type CallInput = DistributiveOmit<WebhookCall, 'id' | 'from' | 'to' | 'timestamp'> & Partial<Pick<Schemas['WebhookCallBase'], 'id' | 'from' | 'to' | 'timestamp'>>;

export interface CallOptions extends DeliveryOptions {
  /** The call id (`wacid.…`). */
  callId?: string;
}

const SAMPLE_OFFER = 'v=0\r\no=- 7669997803033704573 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\na=group:BUNDLE 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\nc=IN IP4 0.0.0.0\r\na=rtpmap:111 opus/48000/2\r\n';

/** A `calls` delivery of one call event. */
export function callDelivery(call: CallInput, options: CallOptions = {}): CallsDelivery {
  const from = userPhone(options);
  const metadata = metadataOf(options);
  const built = {
    id: options.callId ?? 'wacid.HBgLMTY1MDU1NTEyMzQVAgARGBI2QjM4QzhENjE4QTMyRkU4QUEA',
    ...(from === undefined ? {} : { from }),
    ...(options.userId === undefined ? {} : { from_user_id: options.userId }),
    to: metadata.display_phone_number,
    timestamp: unixSeconds(options.timestamp),
    direction: 'USER_INITIATED',
    ...call,
  } as WebhookCall;
  return envelope('calls', { messaging_product: 'whatsapp', metadata, contacts: [contactOf(options)], calls: [built] }, options);
}

/** The user calls the business: a `connect` event with the caller's SDP offer. */
export function callConnect(sdp: string = SAMPLE_OFFER, options?: CallOptions): CallsDelivery {
  return callDelivery({ event: 'connect', session: { sdp_type: 'offer', sdp } }, options);
}

/** The call ended: `COMPLETED` (with its duration in seconds), `FAILED`, or another status Graph sends. */
export function callTerminate(status: NonNullable<Schemas['WebhookCallBase']['status']> = 'COMPLETED', options?: CallOptions & { durationSeconds?: number }): CallsDelivery {
  const end = Number(unixSeconds(options?.timestamp));
  const duration = options?.durationSeconds ?? (status === 'COMPLETED' ? 60 : 0);
  const times = status === 'COMPLETED' ? { start_time: String(end - duration), end_time: String(end), duration } : {};
  return callDelivery({ event: 'terminate', status, ...times }, options);
}
