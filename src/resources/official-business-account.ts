// officialBusinessAccount: GET|POST /{phone-number-id}/official_business_account — request the
// Official Business Account badge for a number and follow the request.
import type { PhoneNumberCallOptions } from '../core/options.js';
import type { Schemas } from '../core/spec-types.js';
import type { Transport } from '../core/transport.js';
import { phoneNumberEdge } from './phone-number-path.js';
import { callInput, type FieldsOptions } from './request-options.js';

export type OfficialBusinessAccountStatus = Schemas['OfficialBusinessAccountStatus'];
export type OfficialBusinessAccountRequest = Schemas['OfficialBusinessAccountRequest'];

export function officialBusinessAccountResource(transport: Transport, defaultPhoneNumberId: string | undefined) {
  const path = phoneNumberEdge('official_business_account', defaultPhoneNumberId);

  return {
    /** Where the number's request stands (`oba_status`) and Meta's note on it (`status_message`). */
    async status(options?: PhoneNumberCallOptions & FieldsOptions): Promise<OfficialBusinessAccountStatus> {
      const input = callInput(options);
      if (options?.fields) input.query = { fields: options.fields };
      return transport.request('GET', path(options), input);
    },

    /** Submits the number for review; `success: true` means submitted, not approved. */
    async apply(request: OfficialBusinessAccountRequest, options?: PhoneNumberCallOptions): Promise<Schemas['OfficialBusinessAccountRequestResponse']> {
      return transport.request('POST', path(options), { ...callInput(options), body: request });
    },
  };
}

export type OfficialBusinessAccountResource = ReturnType<typeof officialBusinessAccountResource>;
