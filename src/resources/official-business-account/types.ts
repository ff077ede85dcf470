// Names of the Official Business Account shapes the package exports, from the spec's schemas.
import type { ResourceOperations } from '../../core/operation-types.js';
import type { Schemas } from '../../core/spec-types.js';

export type OfficialBusinessAccountStatus = Schemas['OfficialBusinessAccountStatus'];
export type OfficialBusinessAccountRequest = Schemas['OfficialBusinessAccountRequest'];

/**
 * `wa.officialBusinessAccount`: the generated `status` and `apply`.
 * @interface
 */
export type OfficialBusinessAccountResource = ResourceOperations<'officialBusinessAccount'>;
