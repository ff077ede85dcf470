// businessCompliance: GET|POST /{phone-number-id}/business_compliance_info — the legal details
// WhatsApp shows to users in India.
import type { PhoneNumberCallOptions } from '../core/options.js';
import type { Schemas } from '../core/spec-types.js';
import type { Transport } from '../core/transport.js';
import { phoneNumberEdge } from './phone-number-path.js';
import { callInput, type FieldsOptions } from './request-options.js';

export type BusinessComplianceInfo = Schemas['BusinessComplianceInfo'];
/** A request member without its `messaging_product`, which the call adds. */
type WithoutProduct<T> = T extends unknown ? Omit<T, 'messaging_product'> & { messaging_product?: 'whatsapp' } : never;
/** The compliance details to set: one shape per `entity_type`. */
export type BusinessComplianceDetails = WithoutProduct<Schemas['BusinessComplianceInfoRequest']>;

export function businessComplianceResource(transport: Transport, defaultPhoneNumberId: string | undefined) {
  const path = phoneNumberEdge('business_compliance_info', defaultPhoneNumberId);

  return {
    /** The number's compliance details (Graph wraps them in a one-item `data` list; this unwraps it). */
    async get(options?: PhoneNumberCallOptions & FieldsOptions): Promise<BusinessComplianceInfo | undefined> {
      const input = callInput(options);
      if (options?.fields) input.query = { fields: options.fields };
      const response = await transport.request<Schemas['BusinessComplianceInfoList']>('GET', path(options), input);
      return response.data[0];
    },

    /** Sets the legal name, kind of business, grievance officer and customer care contacts. */
    async update(details: BusinessComplianceDetails, options?: PhoneNumberCallOptions): Promise<Schemas['ComplianceUpdateResponse']> {
      const body: Schemas['BusinessComplianceInfoRequest'] = { ...details, messaging_product: 'whatsapp' };
      return transport.request('POST', path(options), { ...callInput(options), body });
    },
  };
}

export type BusinessComplianceResource = ReturnType<typeof businessComplianceResource>;
