// The envelope every webhook delivery shares: one entry for the business account, one change for
// the field, and a value about one business phone number (its metadata) and the user it concerns.
import type { components } from '../../generated/schema.js';

type Schemas = components['schemas'];

/** Who and what a built delivery is about. Every id has a fixed default, so deliveries compare equal. */
export interface DeliveryOptions {
  /** The WhatsApp Business Account id (`entry[].id`). */
  wabaId?: string;
  /** The business phone number's id (`metadata.phone_number_id`). */
  phoneNumberId?: string;
  /** The business phone number as users see it (`metadata.display_phone_number`). */
  displayPhoneNumber?: string;
  /**
   * The user's phone number (`wa_id`, `from`, `recipient_id`). `null` builds a user known only by
   * their business-scoped user id (BSUID).
   */
  waId?: string | null;
  /** The user's business-scoped user id (`user_id`, `from_user_id`, `recipient_user_id`). */
  userId?: string;
  /** The user's profile name. */
  name?: string;
  /** Unix seconds, as Graph writes them (a string). Default: a fixed instant. */
  timestamp?: string | number | Date;
}

export const DEFAULTS = {
  wabaId: '102290129340398',
  phoneNumberId: '106540352242922',
  displayPhoneNumber: '15550783881',
  waId: '16505551234',
  name: 'Kerry Fisher',
  timestamp: '1751291025',
} as const;

/** A delivery whose one change carries a `value` of the given field's schema. */
export interface WebhookDelivery<Field extends string, Value> {
  object: 'whatsapp_business_account';
  entry: [{ id: string; changes: [{ field: Field; value: Value }] }];
}

export type MessagesDelivery = WebhookDelivery<'messages', Schemas['WebhookMessagesValue']>;
export type CallsDelivery = WebhookDelivery<'calls', Schemas['WebhookCallsValue']>;

export function unixSeconds(timestamp: DeliveryOptions['timestamp']): string {
  if (timestamp === undefined) return DEFAULTS.timestamp;
  if (timestamp instanceof Date) return String(Math.floor(timestamp.getTime() / 1000));
  return String(timestamp);
}

/** The user's ids as the value's `contacts` entry carries them. */
export function contactOf(options: DeliveryOptions): Schemas['InboundContactProfile'] {
  const contact: Schemas['InboundContactProfile'] = { profile: { name: options.name ?? DEFAULTS.name } };
  const waId = userPhone(options);
  if (waId !== undefined) contact.wa_id = waId;
  if (options.userId !== undefined) contact.user_id = options.userId;
  return contact;
}

/** The user's phone number, or undefined for a BSUID-only user. */
export function userPhone(options: DeliveryOptions): string | undefined {
  return options.waId === null ? undefined : (options.waId ?? DEFAULTS.waId);
}

export function metadataOf(options: DeliveryOptions): Schemas['WebhookMetadata'] {
  return { display_phone_number: options.displayPhoneNumber ?? DEFAULTS.displayPhoneNumber, phone_number_id: options.phoneNumberId ?? DEFAULTS.phoneNumberId };
}

export function envelope<Field extends string, Value>(field: Field, value: Value, options: DeliveryOptions): WebhookDelivery<Field, Value> {
  return { object: 'whatsapp_business_account', entry: [{ id: options.wabaId ?? DEFAULTS.wabaId, changes: [{ field, value }] }] };
}

/** One delivery holding the entries of several, as Graph batches them. */
export function batchDeliveries<D extends WebhookDelivery<string, unknown>>(...deliveries: D[]): { object: 'whatsapp_business_account'; entry: D['entry'][number][] } {
  return { object: 'whatsapp_business_account', entry: deliveries.flatMap((delivery) => delivery.entry) };
}
