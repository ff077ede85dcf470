// preverifiedNumbers: phone numbers a business portfolio verifies ahead of time, so customers can
// pick one in Embedded Signup without a code — POST /{business-id}/add_phone_numbers,
// GET /{business-id}/preverified_numbers, POST /{business-id}/share_preverified_numbers, and
// GET|DELETE /{pre-verified-phone-number-id} with its /partners, /request_code and /verify_code.
import type { CallOptions } from '../core/options.js';
import { items } from '../core/paging.js';
import type { Schemas } from '../core/spec-types.js';
import type { Transport } from '../core/transport.js';
import { getNode, getPage, objectPath, pagesFrom } from './graph-list.js';
import { callInput, type FieldsOptions, type QueryOf } from './request-options.js';

export type PreverifiedPhoneNumber = Schemas['PreverifiedPhoneNumber'];
export type PreverifiedPhoneNumberList = Schemas['PreverifiedPhoneNumberList'];
/** Fields, a verification-state or number filter, page size and cursors. */
export type PreverifiedPhoneNumberListQuery = QueryOf<'listPreverifiedPhoneNumbers'>;
export type PreverifiedPartnerList = Schemas['BusinessPortfolioList'];
export type PreverifiedPartnerListQuery = QueryOf<'listPreverifiedPhoneNumberPartners'>;
type ChangeResponse = Schemas['PreverifiedPhoneNumberChangeResponse'];
type ActionResponse = Schemas['PhoneNumberActionResponse'];

const BUSINESS = 'business id';
const NUMBER = 'pre-verified phone number id';

export function preverifiedNumbersResource(transport: Transport) {
  const list = async (businessId: string, query?: PreverifiedPhoneNumberListQuery, options?: CallOptions): Promise<PreverifiedPhoneNumberList> =>
    getPage(transport, objectPath(businessId, BUSINESS, 'preverified_numbers'), query, options);
  const listPages = (businessId: string, query?: PreverifiedPhoneNumberListQuery, options?: CallOptions): AsyncGenerator<PreverifiedPhoneNumberList, void, undefined> =>
    pagesFrom(query, (page) => list(businessId, page, options));
  const listPartners = async (preverifiedId: string, query?: PreverifiedPartnerListQuery, options?: CallOptions): Promise<PreverifiedPartnerList> =>
    getPage(transport, objectPath(preverifiedId, NUMBER, 'partners'), query, options);
  const post = <T>(path: string, body: unknown, options: CallOptions | undefined): Promise<T> =>
    transport.request<T>('POST', path, { ...callInput(options), body });

  return {
    /**
     * Adds a number (international format, e.g. `+16505550123`) to the business's pre-verified
     * numbers. Request and verify a code for the returned id next.
     */
    async add(businessId: string, phoneNumber: string, options?: CallOptions): Promise<Schemas['AddPreverifiedPhoneNumberResponse']> {
      const body: Schemas['AddPreverifiedPhoneNumberRequest'] = { phone_number: phoneNumber };
      return post(objectPath(businessId, BUSINESS, 'add_phone_numbers'), body, options);
    },

    /** One page of the business's pre-verified numbers, optionally filtered. */
    list,
    listPages,
    /** Every pre-verified number of the business, page after page. */
    listAll(businessId: string, query?: PreverifiedPhoneNumberListQuery, options?: CallOptions): AsyncGenerator<PreverifiedPhoneNumber, void, undefined> {
      return items(listPages(businessId, query, options));
    },

    /** A pre-verified number with the fields asked for (its verification state and expiry …). */
    async get(preverifiedId: string, options?: CallOptions & FieldsOptions): Promise<PreverifiedPhoneNumber> {
      return getNode(transport, objectPath(preverifiedId, NUMBER), options);
    },

    /** Sends a verification code to the number by SMS or voice call. */
    async requestCode(preverifiedId: string, request: Schemas['RequestCodeRequest'], options?: CallOptions): Promise<ActionResponse> {
      return post(objectPath(preverifiedId, NUMBER, 'request_code'), request, options);
    },

    /** Verifies the number with the code it received. */
    async verifyCode(preverifiedId: string, code: string, options?: CallOptions): Promise<ActionResponse> {
      const body: Schemas['VerifyCodeRequest'] = { code };
      return post(objectPath(preverifiedId, NUMBER, 'verify_code'), body, options);
    },

    /** Lets a partner's business portfolio offer this business's pre-verified number. */
    async share(businessId: string, preverifiedId: string, partnerBusinessId: string, options?: CallOptions): Promise<ChangeResponse> {
      const body: Schemas['SharePreverifiedPhoneNumberRequest'] = { preverified_id: preverifiedId, partner_business_id: partnerBusinessId };
      return post(objectPath(businessId, BUSINESS, 'share_preverified_numbers'), body, options);
    },

    /** One page of the partner businesses the number is shared with. */
    listPartners,
    /** Every partner business the number is shared with. */
    listAllPartners(preverifiedId: string, query?: PreverifiedPartnerListQuery, options?: CallOptions): AsyncGenerator<Schemas['BusinessPortfolio'], void, undefined> {
      return items(pagesFrom(query, (page) => listPartners(preverifiedId, page, options)));
    },

    /** Removes the number from the business's pre-verified numbers. */
    async delete(preverifiedId: string, options?: CallOptions): Promise<ChangeResponse> {
      return transport.request('DELETE', objectPath(preverifiedId, NUMBER), callInput(options));
    },
  };
}

export type PreverifiedNumbersResource = ReturnType<typeof preverifiedNumbersResource>;
