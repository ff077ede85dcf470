// Names for generated types the facade uses often. Shapes come from generated/schema.d.ts only.
import type { components } from '../../generated/schema.js';

export type Schemas = components['schemas'];

/** Who receives a message or call: a phone number (or group id) as a string, or an address object. */
export type Recipient = string | Schemas['RecipientAddress'];

/** Turns a `Recipient` into the `to` / `recipient` fields Graph expects. */
export function addressOf(recipient: Recipient): Schemas['RecipientAddress'] {
  return typeof recipient === 'string' ? { to: recipient } : recipient;
}
