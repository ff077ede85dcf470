// Names of the WhatsApp Flows shapes the package exports, from the spec's schemas.
import type { FlowsOperationTypes } from '../../../generated/operations.js';
import type { operations } from '../../../generated/schema.js';
import type { OperationOptions, ResourceOperations } from '../../core/operation-types.js';
import type { Schemas } from '../../core/spec-types.js';
import type { flowsHelpers } from './index.js';

export type Flow = Schemas['Flow'];
export type FlowList = Schemas['FlowList'];
export type FlowCategory = Schemas['FlowCategory'];
export type FlowPreview = Schemas['FlowPreview'];
export type CreateFlowRequest = Schemas['CreateFlowRequest'];
export type CreateFlowResponse = Schemas['CreateFlowResponse'];
export type UpdateFlowMetadataRequest = Schemas['UpdateFlowMetadataRequest'];
export type FlowSuccessResponse = Schemas['FlowSuccessResponse'];
export type FlowAssetList = Schemas['FlowAssetList'];
export type UploadFlowJsonResponse = Schemas['UploadFlowJsonResponse'];
export type MigrateFlowsRequest = Schemas['MigrateFlowsRequest'];
export type MigrateFlowsResponse = Schemas['MigrateFlowsResponse'];
export type BusinessEncryptionKeyList = Schemas['BusinessEncryptionKeyList'];
/** Filters, fields, page size and cursors of the account's flow list (`wa.flows.list(query)`). */
export type FlowListQuery = NonNullable<operations['listFlows']['parameters']['query']>;

/** A flow JSON: the object, or its text exactly as it should be stored. */
export type FlowJson = string | Record<string, unknown>;

/** Options of calls on one flow (signal, timeout, retry). */
export type FlowCallOptions = OperationOptions<FlowsOperationTypes['get']>;

/**
 * `wa.flows`: every generated flows operation, `uploadJson` taking the flow JSON, `preview` and `deploy`.
 * @interface
 */
export type FlowsResource = Omit<ResourceOperations<'flows'>, keyof ReturnType<typeof flowsHelpers>> & ReturnType<typeof flowsHelpers>;
