// Ids a call needs, from the caller or from the client's defaults. A missing or empty one is
// refused with a WhatsAppConfigError instead of becoming a different path.
import { WhatsAppConfigError } from '../core/config-error.js';

export function requirePhoneNumberId(id: string | undefined): string {
  if (!id) throw new WhatsAppConfigError('No phone number id: pass phoneNumberId to createWhatsApp or to the call');
  return id;
}

export function requireWabaId(id: string | undefined): string {
  if (!id) throw new WhatsAppConfigError('No WhatsApp Business Account id: pass wabaId to createWhatsApp or to the call');
  return id;
}

/** The id itself, or a WhatsAppConfigError naming `what` when it is empty. */
export function requireId(id: string, what: string): string {
  if (typeof id !== 'string' || id.trim() === '') throw new WhatsAppConfigError(`No ${what}: pass it to the call`);
  return id;
}
