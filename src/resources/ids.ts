// Ids a call needs that may come from the client's defaults.
import { WhatsAppConfigError } from '../core/config-error.js';

export function requirePhoneNumberId(id: string | undefined): string {
  if (!id) throw new WhatsAppConfigError('No phone number id: pass phoneNumberId to createWhatsApp or to the call');
  return id;
}

export function requireWabaId(id: string | undefined): string {
  if (!id) throw new WhatsAppConfigError('No WhatsApp Business Account id: pass wabaId to createWhatsApp or to the call');
  return id;
}
