// The path of an edge of a phone number (`/{phone-number-id}/<edge>`), from the call's id or the
// client's default. Throws WhatsAppConfigError when neither is known; callers are async, so the
// throw becomes a rejection.
import type { PhoneNumberCallOptions } from '../core/options.js';
import { requirePhoneNumberId } from './ids.js';

export function phoneNumberEdge(edge: string, defaultPhoneNumberId: string | undefined) {
  const defaultPath = defaultPhoneNumberId ? `/${encodeURIComponent(defaultPhoneNumberId)}/${edge}` : undefined;
  return (options?: PhoneNumberCallOptions): string =>
    options?.phoneNumberId
      ? `/${encodeURIComponent(options.phoneNumberId)}/${edge}`
      : (defaultPath ?? `/${encodeURIComponent(requirePhoneNumberId(undefined))}/${edge}`);
}
