// Names of the pre-verified phone number shapes the package exports, from the spec's schemas.
import type { operations } from '../../../generated/schema.js';
import type { ResourceOperations } from '../../core/operation-types.js';
import type { Schemas } from '../../core/spec-types.js';

export type PreverifiedPhoneNumber = Schemas['PreverifiedPhoneNumber'];
export type PreverifiedPhoneNumberList = Schemas['PreverifiedPhoneNumberList'];
/** Fields, a verification-state or number filter, page size and cursors. */
export type PreverifiedPhoneNumberListQuery = NonNullable<operations['listPreverifiedPhoneNumbers']['parameters']['query']>;
export type PreverifiedPartnerList = Schemas['BusinessPortfolioList'];
export type PreverifiedPartnerListQuery = NonNullable<operations['listPreverifiedPhoneNumberPartners']['parameters']['query']>;

/**
 * `wa.preverifiedNumbers`: the generated operations on the portfolio's pre-verified numbers.
 * @interface
 */
export type PreverifiedNumbersResource = ResourceOperations<'preverifiedNumbers'>;
