// Names for generated types the facade uses often. Shapes come from generated/schema.d.ts only.
import type { components } from '../../generated/schema.js';

export type Schemas = components['schemas'];

/** Who receives a message or call: a phone number (or group id) as a string, or an address object. */
export type Recipient = string | Schemas['RecipientAddress'];

/** Turns a `Recipient` into the `to` / `recipient` fields Graph expects. */
export function addressOf(recipient: Recipient): Schemas['RecipientAddress'] {
  return typeof recipient === 'string' ? { to: recipient } : recipient;
}

/** The user ids a webhook event carries (`waId`, `userId`). */
export interface UserIds {
  waId?: string | undefined;
  userId?: string | undefined;
}

/**
 * The address to answer a user at, from a webhook event: `to` with their phone number when the
 * event has one, `recipient` with their business-scoped user id (BSUID) when it has one. Graph
 * uses `to` when both are sent, so sending both is safe and still reaches a user who later
 * hides their number. Undefined when the event names no user.
 */
export function replyAddress(user: UserIds): Schemas['RecipientAddress'] | undefined {
  if (user.waId !== undefined) return user.userId !== undefined ? { to: user.waId, recipient: user.userId } : { to: user.waId };
  return user.userId !== undefined ? { recipient: user.userId } : undefined;
}
