// flows: WhatsApp Flows management — /{waba-id}/flows, /{flow-id} and its assets, publish and
// deprecate, /{waba-id}/migrate_flows, and the endpoint public key on the phone number — plus
// `deploy`, an idempotent create-or-update by name (see flows-deploy.ts).
import type { CallOptions, PhoneNumberCallOptions } from '../core/options.js';
import { items } from '../core/paging.js';
import type { Schemas } from '../core/spec-types.js';
import { DEFAULT_TIMEOUT_MS, type RequestInput, type Transport } from '../core/transport.js';
import { absoluteResponseError, getAbsolute } from './absolute-get.js';
import { deployFlow, type FlowDeployOptions, type FlowDeployResult } from './flows-deploy.js';
import { pagesFrom } from './graph-list.js';
import { requirePhoneNumberId } from './ids.js';
import { callInput, queryPart, type QueryOf, type WabaCallOptions } from './request-options.js';
import { wabaPath } from './waba-path.js';

export type Flow = Schemas['Flow'];
export type FlowList = Schemas['FlowList'];
export type FlowCategory = Schemas['FlowCategory'];
export type CreateFlowRequest = Schemas['CreateFlowRequest'];
export type CreateFlowResponse = Schemas['CreateFlowResponse'];
export type UpdateFlowMetadataRequest = Schemas['UpdateFlowMetadataRequest'];
export type FlowSuccessResponse = Schemas['FlowSuccessResponse'];
export type FlowAssetList = Schemas['FlowAssetList'];
export type UploadFlowJsonResponse = Schemas['UploadFlowJsonResponse'];
export type MigrateFlowsResponse = Schemas['MigrateFlowsResponse'];
export type BusinessEncryptionKeyList = Schemas['BusinessEncryptionKeyList'];

/** Options of calls made on behalf of a WhatsApp Business Account. */
export type FlowWabaOptions = WabaCallOptions;

/** The filters, fields, page size and cursors of a flow list (the spec's listFlows query). */
export type FlowListQuery = QueryOf<'listFlows'>;

/** A flow list's query and the call's options. */
export type FlowListOptions = FlowListQuery & FlowWabaOptions;

/** A flow JSON: the object, or its text exactly as it should be stored. */
export type FlowJson = string | Record<string, unknown>;

/**
 * `clientTimeoutMs` is the client's `timeoutMs`; the transport applies it to Graph calls, and
 * `deploy` to the download of a flow's JSON from Meta's CDN.
 */
export function flowsResource(transport: Transport, defaultWabaId: string | undefined, defaultPhoneNumberId: string | undefined, clientTimeoutMs?: number) {
  const call = (options: CallOptions | undefined, extra: RequestInput = {}): RequestInput => ({ ...callInput(options), ...extra });
  const waba = wabaPath(defaultWabaId);
  const flow = (flowId: string) => `/${encodeURIComponent(flowId)}`;

  /** An asset's text from its CDN URL: no access token, the call's signal and timeout. */
  const downloadAsset = (url: string, options: CallOptions): Promise<string> =>
    getAbsolute(transport, url, { signal: options.signal, timeoutMs: options.timeoutMs ?? clientTimeoutMs ?? DEFAULT_TIMEOUT_MS }, async (response) => {
      if (!response.ok) throw await absoluteResponseError(transport, url, response);
      return response.text();
    });

  const resource = {
    /** One page of the account's flows. `iterate` walks all pages. */
    async list(options?: FlowListOptions): Promise<FlowList> {
      // Everything that is not a call option is a query parameter of the spec's listFlows.
      const query = queryPart(options);
      return transport.request<FlowList>('GET', `${waba(options)}/flows`, call(options, { query }));
    },

    /**
     * Every flow of the account, page after page (Graph cursor paging). A page that fails (e.g. a
     * cursor Graph rejects) rejects with GraphApiError, and the iteration ends there.
     */
    iterate(options?: Omit<FlowListOptions, 'after' | 'before'>): AsyncGenerator<Flow, void, undefined> {
      return items(pagesFrom<FlowListOptions, FlowList>(options, (pageOptions) => resource.list(pageOptions)));
    },

    /** Creates a flow exactly as described (see `deploy` for create-or-update by name). */
    async create(body: CreateFlowRequest, options?: FlowWabaOptions): Promise<CreateFlowResponse> {
      return transport.request('POST', `${waba(options)}/flows`, call(options, { body }));
    },

    /** A flow's properties; ask for `preview.invalidate(false)` among `fields` for a preview link. */
    async get(flowId: string, options?: CallOptions & { fields?: string | readonly string[] }): Promise<Flow> {
      return transport.request('GET', flow(flowId), call(options, options?.fields ? { query: { fields: options.fields } } : {}));
    },

    /** The web preview link of a flow; `invalidate` ends the old link and makes a new one. */
    async preview(flowId: string, options?: CallOptions & { invalidate?: boolean }): Promise<Schemas['FlowPreview'] | undefined> {
      const fields = `preview.invalidate(${options?.invalidate ? 'true' : 'false'})`;
      const result = await transport.request<Flow>('GET', flow(flowId), call(options, { query: { fields } }));
      return result.preview;
    },

    /** Renames a draft or changes its categories, endpoint or app. */
    async update(flowId: string, body: UpdateFlowMetadataRequest, options?: CallOptions): Promise<FlowSuccessResponse> {
      return transport.request('POST', flow(flowId), call(options, { body }));
    },

    /** Deletes a draft flow. */
    async delete(flowId: string, options?: CallOptions): Promise<FlowSuccessResponse> {
      return transport.request('DELETE', flow(flowId), call(options));
    },

    /** The flow's assets (its flow JSON), with short-lived download URLs. */
    async listAssets(flowId: string, options?: CallOptions): Promise<FlowAssetList> {
      return transport.request('GET', `${flow(flowId)}/assets`, call(options));
    },

    /**
     * Replaces a draft's flow JSON (multipart upload). Graph's `validation_errors` come back in the
     * answer, not as an error; `deploy` turns them into a FlowValidationError.
     */
    async uploadJson(flowId: string, flowJson: FlowJson, options?: CallOptions & { fileName?: string }): Promise<UploadFlowJsonResponse> {
      const text = typeof flowJson === 'string' ? flowJson : JSON.stringify(flowJson, null, 2);
      const fileName = options?.fileName ?? 'flow.json';
      const form = new FormData();
      form.append('file', new Blob([text], { type: 'application/json' }), fileName);
      form.append('name', fileName);
      form.append('asset_type', 'FLOW_JSON');
      return transport.request('POST', `${flow(flowId)}/assets`, call(options, { body: form }));
    },

    /** Publishes a draft. Irreversible: the flow cannot change afterwards. */
    async publish(flowId: string, options?: CallOptions): Promise<FlowSuccessResponse> {
      return transport.request('POST', `${flow(flowId)}/publish`, call(options));
    },

    /** Stops a published flow from being sent or opened. Irreversible. */
    async deprecate(flowId: string, options?: CallOptions): Promise<FlowSuccessResponse> {
      return transport.request('POST', `${flow(flowId)}/deprecate`, call(options));
    },

    /** Copies flows (all, or those named) from another account into this one (`wabaId`). */
    async migrate(sourceWabaId: string, options?: FlowWabaOptions & { flowNames?: string[] }): Promise<MigrateFlowsResponse> {
      const body: Schemas['MigrateFlowsRequest'] = { source_waba_id: sourceWabaId };
      if (options?.flowNames) body.source_flow_names = options.flowNames;
      return transport.request('POST', `${waba(options)}/migrate_flows`, call(options, { body }));
    },

    /** The public key WhatsApp encrypts flow endpoint requests with, for a phone number. */
    async getEncryptionKey(options?: PhoneNumberCallOptions): Promise<BusinessEncryptionKeyList> {
      const id = requirePhoneNumberId(options?.phoneNumberId ?? defaultPhoneNumberId);
      return transport.request('GET', `/${encodeURIComponent(id)}/whatsapp_business_encryption`, call(options));
    },

    /** Sets that public key (PEM, SubjectPublicKeyInfo). The endpoint must hold its private half. */
    async setEncryptionKey(publicKeyPem: string, options?: PhoneNumberCallOptions): Promise<FlowSuccessResponse> {
      const id = requirePhoneNumberId(options?.phoneNumberId ?? defaultPhoneNumberId);
      const body: Schemas['SetBusinessEncryptionKeyRequest'] = { business_public_key: publicKeyPem };
      return transport.request('POST', `/${encodeURIComponent(id)}/whatsapp_business_encryption`, call(options, { body }));
    },

    /**
     * Creates the flow named `name`, or brings the existing one up to date: uploads the JSON only
     * when its content changed, and publishes when asked. A second identical run sends no writes.
     * Throws FlowValidationError listing Graph's validation errors, FlowDeployError when it cannot
     * proceed safely (see flows-deploy.ts).
     */
    deploy(name: string, flowJson: FlowJson, options?: FlowDeployOptions): Promise<FlowDeployResult> {
      return deployFlow(resource, downloadAsset, name, flowJson, options);
    },
  };
  return resource;
}

export type FlowsResource = ReturnType<typeof flowsResource>;
