// Names of the phone number settings shapes the package exports, from the spec's schemas.
import type { operations } from '../../../generated/schema.js';
import type { ResourceOperations } from '../../core/operation-types.js';
import type { Schemas } from '../../core/spec-types.js';

/** The settings as Graph returns them: open, read-only fields (calling restrictions, SIP passwords) included. */
export type PhoneNumberSettings = Schemas['PhoneNumberSettings'];
/** The settings as sent to change them: closed, without the fields only Graph sets. */
export type UpdatePhoneNumberSettingsRequest = Schemas['UpdatePhoneNumberSettingsRequest'];
export type UpdatePhoneNumberSettingsResponse = Schemas['UpdatePhoneNumberSettingsResponse'];
/** The query of `wa.settings.get(query)`: `{ include_sip_credentials: true }` adds SIP passwords. */
export type GetSettingsQuery = NonNullable<operations['getPhoneNumberSettings']['parameters']['query']>;

/**
 * `wa.settings`: the generated `get` and `update` of every settings area of a number.
 * @interface
 */
export type SettingsResource = ResourceOperations<'settings'>;
