// Names of the business profile shapes the package exports, from the spec's schemas.
import type { operations } from '../../../generated/schema.js';
import type { ResourceOperations } from '../../core/operation-types.js';
import type { Schemas } from '../../core/spec-types.js';
import type { businessProfileHelpers } from './index.js';

export type BusinessProfile = Schemas['BusinessProfile'];
/** Profile changes; `messaging_product` is added for you. */
export type BusinessProfileChanges = Omit<Schemas['BusinessProfileUpdate'], 'messaging_product'> & { messaging_product?: 'whatsapp' };
export type BusinessProfileQuery = NonNullable<operations['getBusinessProfile']['parameters']['query']>;

/**
 * `wa.businessProfile`: the generated `update`, and `get` unwrapping Graph's one-item list.
 * @interface
 */
export type BusinessProfileResource = Omit<ResourceOperations<'businessProfile'>, keyof ReturnType<typeof businessProfileHelpers>> & ReturnType<typeof businessProfileHelpers>;
