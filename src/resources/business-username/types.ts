// Names of the business username shapes the package exports, from the spec's schemas.
import type { ResourceOperations } from '../../core/operation-types.js';
import type { Schemas } from '../../core/spec-types.js';

export type BusinessUsername = Schemas['UsernameResponse'];
export type ClaimUsernameRequest = Schemas['ClaimUsernameRequest'];

/**
 * `wa.businessUsername`: the generated `get`, `claim`, `delete` and `suggestions`.
 * @interface
 */
export type BusinessUsernameResource = ResourceOperations<'businessUsername'>;
