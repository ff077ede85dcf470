// settings: GET|POST /{phone-number-id}/settings — every settings area of a business phone
// number (calling, local storage, and areas Graph adds later, which GET passes through).
import type { PhoneNumberCallOptions } from '../core/options.js';
import type { Schemas } from '../core/spec-types.js';
import type { Transport } from '../core/transport.js';
import { phoneNumberEdge } from './phone-number-path.js';
import { callInput } from './request-options.js';

/** The settings as Graph returns them: open, read-only fields (calling restrictions, SIP passwords) included. */
export type PhoneNumberSettings = Schemas['PhoneNumberSettings'];
/** The settings as sent to change them: closed, without the fields only Graph sets. */
export type UpdatePhoneNumberSettingsRequest = Schemas['UpdatePhoneNumberSettingsRequest'];
export type UpdatePhoneNumberSettingsResponse = Schemas['UpdatePhoneNumberSettingsResponse'];

export interface GetSettingsOptions extends PhoneNumberCallOptions {
  /** Include each SIP server's `sip_user_password` (`include_sip_credentials=true`). */
  includeSipCredentials?: boolean;
}

export function settingsResource(transport: Transport, defaultPhoneNumberId: string | undefined) {
  const path = phoneNumberEdge('settings', defaultPhoneNumberId);

  return {
    /** Reads the number's settings. SIP passwords only with `includeSipCredentials`. */
    async get(options?: GetSettingsOptions): Promise<PhoneNumberSettings> {
      const query = options?.includeSipCredentials === undefined ? undefined : { include_sip_credentials: options.includeSipCredentials };
      return transport.request<PhoneNumberSettings>('GET', path(options), { ...callInput(options), query });
    },

    /** Changes one or more settings areas; fields left out keep their value (`call_hours` is replaced whole). */
    async update(settings: UpdatePhoneNumberSettingsRequest, options?: PhoneNumberCallOptions): Promise<UpdatePhoneNumberSettingsResponse> {
      return transport.request<UpdatePhoneNumberSettingsResponse>('POST', path(options), { ...callInput(options), body: settings });
    },
  };
}

export type SettingsResource = ReturnType<typeof settingsResource>;
