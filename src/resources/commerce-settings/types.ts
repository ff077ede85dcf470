// Names of the commerce settings shapes the package exports, from the spec's schemas.
import type { operations } from '../../../generated/schema.js';
import type { ResourceOperations } from '../../core/operation-types.js';
import type { Schemas } from '../../core/spec-types.js';

export type CommerceSettings = Schemas['CommerceSettings'];
export type CommerceSettingsList = Schemas['CommerceSettingsResponse'];
/** The settings to change; Graph takes them in the query string (`wa.commerceSettings.update(changes)`). */
export type CommerceSettingsChanges = NonNullable<operations['updateCommerceSettings']['parameters']['query']>;

/**
 * `wa.commerceSettings`: the generated `get` and `update`.
 * @interface
 */
export type CommerceSettingsResource = ResourceOperations<'commerceSettings'>;
