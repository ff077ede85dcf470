// phoneNumbers: GET /{waba-id}/phone_numbers, GET|POST /{phone-number-id} (fields; two-step PIN),
// and POST /{phone-number-id}/request_code | verify_code | register | deregister.
import type { PhoneNumberCallOptions } from '../core/options.js';
import type { Schemas } from '../core/spec-types.js';
import type { Transport } from '../core/transport.js';
import { cursorList } from './cursor-list.js';
import { requirePhoneNumberId } from './ids.js';
import { callInput, segment, type FieldsOptions, type QueryOf, type WabaCallOptions } from './request-options.js';
import { wabaPath } from './waba-path.js';

export type PhoneNumber = Schemas['PhoneNumber'];
export type PhoneNumberList = Schemas['PhoneNumberList'];
export type PhoneNumberListQuery = QueryOf<'listPhoneNumbers'>;
type ActionResponse = Schemas['PhoneNumberActionResponse'];

export function phoneNumbersResource(transport: Transport, defaults: { phoneNumberId?: string | undefined; wabaId?: string | undefined }) {
  const numberPath = (options: PhoneNumberCallOptions | undefined) => segment(requirePhoneNumberId(options?.phoneNumberId ?? defaults.phoneNumberId));
  const waba = wabaPath(defaults.wabaId);

  const numbers = cursorList((query: PhoneNumberListQuery | undefined, options: WabaCallOptions | undefined) =>
    transport.request<PhoneNumberList>('GET', waba(options, 'phone_numbers'), query ? { ...callInput(options), query } : callInput(options)),
  );

  async function action(name: string, body: unknown, options: PhoneNumberCallOptions | undefined): Promise<ActionResponse> {
    const input = callInput(options);
    if (body !== undefined) input.body = body;
    return transport.request<ActionResponse>('POST', `${numberPath(options)}/${name}`, input);
  }

  return {
    /** One page of the WABA's phone numbers. */
    list: numbers.list,
    listPages: numbers.listPages,
    /** Every phone number of every page. */
    listAll: numbers.listAll,

    /** A phone number with the fields asked for, e.g. `['throughput', 'quality_rating', 'verified_name']`. */
    async get(options?: PhoneNumberCallOptions & FieldsOptions): Promise<PhoneNumber> {
      const input = callInput(options);
      if (options?.fields) input.query = { fields: options.fields };
      return transport.request<PhoneNumber>('GET', numberPath(options), input);
    },

    /** Sets or changes the six-digit two-step verification PIN. */
    async setTwoStepPin(pin: string, options?: PhoneNumberCallOptions): Promise<ActionResponse> {
      const body: Schemas['TwoStepPinRequest'] = { pin };
      return transport.request<ActionResponse>('POST', numberPath(options), { ...callInput(options), body });
    },

    /** Sends a verification code to the number by SMS or voice call. */
    async requestCode(request: Schemas['RequestCodeRequest'], options?: PhoneNumberCallOptions): Promise<ActionResponse> {
      return action('request_code', request, options);
    },

    /** Confirms the number with the code it received. */
    async verifyCode(code: string, options?: PhoneNumberCallOptions): Promise<ActionResponse> {
      const body: Schemas['VerifyCodeRequest'] = { code };
      return action('verify_code', body, options);
    },

    /** Registers the number for the Cloud API with its two-step PIN. */
    async register(pin: string, options?: PhoneNumberCallOptions & { dataLocalizationRegion?: string }): Promise<ActionResponse> {
      const body: Schemas['RegisterPhoneNumberRequest'] = { messaging_product: 'whatsapp', pin };
      if (options?.dataLocalizationRegion) body.data_localization_region = options.dataLocalizationRegion;
      return action('register', body, options);
    },

    /** Removes the number from the Cloud API. */
    async deregister(options?: PhoneNumberCallOptions): Promise<ActionResponse> {
      return action('deregister', undefined, options);
    },
  };
}

export type PhoneNumbersResource = ReturnType<typeof phoneNumbersResource>;
