// Names of the business phone number shapes the package exports, from the spec's schemas.
import type { operations } from '../../../generated/schema.js';
import type { ResourceOperations } from '../../core/operation-types.js';
import type { Schemas } from '../../core/spec-types.js';

export type PhoneNumber = Schemas['PhoneNumber'];
export type PhoneNumberList = Schemas['PhoneNumberList'];
/** Fields, page size and cursors of the account's number list (`wa.phoneNumbers.list(query)`). */
export type PhoneNumberListQuery = NonNullable<operations['listPhoneNumbers']['parameters']['query']>;
/** A number to create on the account (`wa.phoneNumbers.add(request)`). */
export type AddWabaPhoneNumberRequest = Schemas['AddWabaPhoneNumberRequest'];
export type AddWabaPhoneNumberResponse = Schemas['AddWabaPhoneNumberResponse'];

/**
 * `wa.phoneNumbers`: the generated phone number operations.
 * @interface
 */
export type PhoneNumbersResource = ResourceOperations<'phoneNumbers'>;
