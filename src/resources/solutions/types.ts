// Names of the Multi-Partner Solution shapes the package exports, from the spec's schemas.
import type { operations } from '../../../generated/schema.js';
import type { ResourceOperations } from '../../core/operation-types.js';
import type { Schemas } from '../../core/spec-types.js';

export type Solution = Schemas['Solution'];
export type SolutionList = Schemas['SolutionList'];
export type AppSolutionListQuery = NonNullable<operations['listAppSolutions']['parameters']['query']>;
export type WabaSolutionListQuery = NonNullable<operations['listWabaSolutions']['parameters']['query']>;
export type CreateSolutionRequest = Schemas['CreateSolutionRequest'];
export type SolutionAccessToken = Schemas['SolutionAccessToken'];
export type ConnectedClientBusiness = Schemas['ConnectedClientBusiness'];
export type ConnectedClientBusinessList = Schemas['ConnectedClientBusinessList'];
export type ConnectedClientBusinessQuery = NonNullable<operations['listConnectedClientBusinesses']['parameters']['query']>;

/**
 * `wa.solutions`: the generated solution operations, the app's client businesses included.
 * @interface
 */
export type SolutionsResource = ResourceOperations<'solutions'>;
