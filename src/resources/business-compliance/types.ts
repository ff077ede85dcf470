// Names of the business compliance shapes the package exports, from the spec's schemas.
import type { ResourceOperations } from '../../core/operation-types.js';
import type { Schemas } from '../../core/spec-types.js';

export type BusinessComplianceInfo = Schemas['BusinessComplianceInfo'];
export type BusinessComplianceInfoList = Schemas['BusinessComplianceInfoList'];
/** A request member without its `messaging_product`, which the call adds. */
type WithoutProduct<T> = T extends unknown ? Omit<T, 'messaging_product'> & { messaging_product?: 'whatsapp' } : never;
/** The compliance details to set: one shape per `entity_type`. */
export type BusinessComplianceDetails = WithoutProduct<Schemas['BusinessComplianceInfoRequest']>;

/**
 * `wa.businessCompliance`: the generated `get` and `update`.
 * @interface
 */
export type BusinessComplianceResource = ResourceOperations<'businessCompliance'>;
