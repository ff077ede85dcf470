// businessProfile: GET|POST /{phone-number-id}/whatsapp_business_profile.
import type { PhoneNumberCallOptions } from '../core/options.js';
import type { Schemas } from '../core/spec-types.js';
import type { Transport } from '../core/transport.js';
import { requirePhoneNumberId } from './ids.js';
import { callInput, segment, type FieldsOptions } from './request-options.js';

export type BusinessProfile = Schemas['BusinessProfile'];
/** Profile changes; `messaging_product` is added for you. */
export type BusinessProfileChanges = Omit<Schemas['BusinessProfileUpdate'], 'messaging_product'> & { messaging_product?: 'whatsapp' };

export function businessProfileResource(transport: Transport, defaultPhoneNumberId: string | undefined) {
  const path = (options: PhoneNumberCallOptions | undefined) =>
    `${segment(requirePhoneNumberId(options?.phoneNumberId ?? defaultPhoneNumberId))}/whatsapp_business_profile`;

  return {
    /** The number's business profile (Graph wraps it in a one-item `data` list; this unwraps it). */
    async get(options?: PhoneNumberCallOptions & FieldsOptions): Promise<BusinessProfile | undefined> {
      const input = callInput(options);
      if (options?.fields) input.query = { fields: options.fields };
      const response = await transport.request<Schemas['BusinessProfileResponse']>('GET', path(options), input);
      return response.data[0];
    },

    /** Changes the fields given; a picture is a `profile_picture_handle` from `uploads.upload`. */
    async update(changes: BusinessProfileChanges, options?: PhoneNumberCallOptions): Promise<Schemas['BusinessProfileUpdateResponse']> {
      const body: Schemas['BusinessProfileUpdate'] = { ...changes, messaging_product: 'whatsapp' };
      return transport.request('POST', path(options), { ...callInput(options), body });
    },
  };
}

export type BusinessProfileResource = ReturnType<typeof businessProfileResource>;
