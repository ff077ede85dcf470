// deploy(name, flowJson): create-or-update a flow by name, idempotently.
//
// How "changed" is decided: Graph keeps no free-form metadata on a flow where a hash could be
// stored, and a hash kept on the caller's side goes stale whenever someone edits the flow in
// WhatsApp Manager. So deploy compares with what Graph actually holds: it downloads the flow's
// current FLOW_JSON asset and compares the SHA-256 of both documents in canonical form (keys
// sorted, no whitespace), so formatting and key order do not count as changes. That costs one
// list-assets call and one download per deploy, and no write when nothing changed.
//
// When the current JSON cannot be read (no FLOW_JSON asset, a CDN error, a timeout), deploy does
// not know whether it changed, and never acts as if it did: the download is tried once more with
// a fresh URL, and then a draft gets the upload (it leaves the draft holding exactly this JSON,
// whatever it held before), while a published flow, which cannot be changed anyway, stops with
// FlowDeployError `current_json_unavailable` (retryable) instead of `published_immutable`.
//
// Other decisions:
// - A flow matches when its name is equal and it is not DEPRECATED; two matches is an error
//   (`ambiguous_name`) rather than a guess.
// - Published flows are immutable on Graph. If one matches and its JSON or metadata differ,
//   deploy throws `published_immutable` instead of cloning (cloning makes a second flow of the
//   same name; that is the caller's decision: `create({ clone_flow_id })`).
// - Validation errors (on create, on upload, or already on an unchanged draft) throw
//   FlowValidationError listing each one; the draft keeps the JSON so it can be inspected.
// - Publishing happens only with `publish: true`, only for a draft, and only without errors.
// - Every Graph call takes the deploy's signal, timeout and retry options.
import { flowsOperations } from '../../../generated/operations.js';
import type { ClientCore } from '../../core/client-core.js';
import { GraphAbortError } from '../../core/errors.js';
import { compileOperation, pagePromise, type Operation } from '../../core/operation-call.js';
import type { CallOptions } from '../../core/options.js';
import type { Schemas } from '../../core/spec-types.js';
import { DEFAULT_TIMEOUT_MS } from '../../core/transport.js';
import { absoluteResponseError, getAbsolute } from '../../core/absolute-get.js';
import { canonicalHash } from './canonical.js';
import { FlowDeployError, FlowValidationError } from './errors.js';
import type { FlowJson } from './types.js';
import { flowJsonForm, flowJsonText } from './upload-json.js';

type Flow = Schemas['Flow'];
type FlowCategory = Schemas['FlowCategory'];

export interface FlowDeployOptions extends CallOptions {
  /** Overrides the client's `wabaId`. */
  wabaId?: string;
  /** Categories for a new flow (default `['OTHER']`); an existing draft is updated to them when they differ. */
  categories?: FlowCategory[];
  /** The data endpoint; set on create, updated on an existing draft when it differs. */
  endpointUri?: string;
  /** Publish the flow once it is valid. Irreversible. */
  publish?: boolean;
}

export interface FlowDeployResult {
  flowId: string;
  /** Status after the deploy. */
  status: Schemas['FlowStatus'];
  created: boolean;
  /** Metadata (categories, endpoint) changed. */
  updated: boolean;
  /** The flow JSON was uploaded (created with it, or replaced). */
  uploaded: boolean;
  published: boolean;
  /** SHA-256 (hex) of the canonical flow JSON deployed. */
  contentHash: string;
}

/** The generated operations deploy uses, compiled under its own name (errors say `flows.deploy`). */
interface DeployOps {
  list: Operation;
  create: Operation;
  update: Operation;
  listAssets: Operation;
  uploadJson: Operation;
  publish: Operation;
  /** Downloads an asset's text from its absolute CDN URL, with the call's signal and timeout. */
  download(url: string, options: CallOptions): Promise<string>;
}

/** `deploy(name, flowJson, options)` for one client. */
export function flowDeployer(core: ClientCore) {
  const op = (row: (typeof flowsOperations)[keyof typeof flowsOperations]) => compileOperation(core, 'flows.deploy', row);
  const ops: DeployOps = {
    list: op(flowsOperations.list),
    create: op(flowsOperations.create),
    update: op(flowsOperations.update),
    listAssets: op(flowsOperations.listAssets),
    uploadJson: op(flowsOperations.uploadJson),
    publish: op(flowsOperations.publish),
    // The CDN URL is outside the Graph base and gets no access token; the client's timeout applies.
    download: (url, options) =>
      getAbsolute(core.transport, url, { signal: options.signal, timeoutMs: options.timeoutMs ?? core.timeoutMs ?? DEFAULT_TIMEOUT_MS }, async (response) => {
        if (!response.ok) throw await absoluteResponseError(core.transport, url, response);
        return response.text();
      }),
  };
  return (name: string, flowJson: FlowJson, options?: FlowDeployOptions): Promise<FlowDeployResult> => deployFlow(ops, name, flowJson, options);
}

const LIST_FIELDS = ['id', 'name', 'status', 'categories', 'validation_errors', 'endpoint_uri'];

async function deployFlow(ops: DeployOps, name: string, flowJson: FlowJson, options: FlowDeployOptions = {}): Promise<FlowDeployResult> {
  const callOptions: CallOptions = { signal: options.signal, timeoutMs: options.timeoutMs, retry: options.retry };
  const onWaba = { ...callOptions, wabaId: options.wabaId };
  const text = flowJsonText(flowJson);
  const wanted = parseFlowJson(text);
  const contentHash = await canonicalHash(wanted);

  const matches: Flow[] = [];
  for await (const flow of pagePromise<Schemas['FlowList'], Flow>(ops.list, [], { fields: LIST_FIELDS }, onWaba)) {
    if (flow.name === name && flow.status !== 'DEPRECATED') matches.push(flow);
  }
  if (matches.length > 1) {
    throw new FlowDeployError('ambiguous_name', `${matches.length} flows are named ${JSON.stringify(name)} (${matches.map((f) => f.id).join(', ')}); deploy needs exactly one`);
  }
  const existing = matches[0];

  if (!existing) {
    const body: Schemas['CreateFlowRequest'] = { name, categories: options.categories ?? ['OTHER'], flow_json: text };
    if (options.endpointUri) body.endpoint_uri = options.endpointUri;
    const created = await ops.create.call<Schemas['CreateFlowResponse']>([], body, onWaba);
    if (created.validation_errors?.length) throw new FlowValidationError(created.id, created.validation_errors);
    const published = options.publish ? (await ops.publish.call([created.id], undefined, callOptions), true) : false;
    return { flowId: created.id, status: published ? 'PUBLISHED' : 'DRAFT', created: true, updated: false, uploaded: true, published, contentHash };
  }

  const flowId = existing.id;
  const isDraft = existing.status === 'DRAFT';
  const metadata = metadataChanges(existing, options);
  const immutable = () =>
    new FlowDeployError(
      'published_immutable',
      `Flow ${flowId} (${JSON.stringify(name)}) is ${existing.status} and cannot change; create a new version with create({ clone_flow_id: '${flowId}', … })`,
      flowId,
    );
  if (!isDraft && metadata) throw immutable();

  const current = await currentJson(ops, flowId, callOptions);
  if (!isDraft) {
    if (current.state !== 'found') {
      const why = current.state === 'none' ? 'Graph lists no FLOW_JSON asset for it' : `its download failed: ${describe(current.cause)}`;
      throw new FlowDeployError(
        'current_json_unavailable',
        `Flow ${flowId} (${JSON.stringify(name)}) is ${existing.status}, and the flow JSON it holds could not be read (${why}); deploy cannot tell whether it differs, and changed nothing. Try again later.`,
        flowId,
        current.state === 'unreadable' ? current.cause : undefined,
      );
    }
    if (current.hash !== contentHash) throw immutable();
  }

  // On a draft, a JSON that could not be read is replaced: afterwards the draft holds exactly this one.
  const upload = current.state !== 'found' || current.hash !== contentHash;
  if (metadata) await ops.update.call([flowId], metadata, callOptions);
  if (upload) {
    const uploaded = await ops.uploadJson.call<Schemas['UploadFlowJsonResponse']>([flowId], flowJsonForm(text), callOptions);
    if (uploaded.validation_errors?.length) throw new FlowValidationError(flowId, uploaded.validation_errors);
  } else if (isDraft && existing.validation_errors?.length) {
    throw new FlowValidationError(flowId, existing.validation_errors);
  }
  const publish = !!options.publish && isDraft;
  if (publish) await ops.publish.call([flowId], undefined, callOptions);
  return {
    flowId,
    status: publish ? 'PUBLISHED' : (existing.status ?? 'DRAFT'),
    created: false,
    updated: !!metadata,
    uploaded: upload,
    published: publish,
    contentHash,
  };
}

/** What to send to bring an existing flow's metadata to the options, or undefined when it matches. */
function metadataChanges(flow: Flow, options: FlowDeployOptions): Schemas['UpdateFlowMetadataRequest'] | undefined {
  const changes: Schemas['UpdateFlowMetadataRequest'] = {};
  if (options.categories && !sameSet(options.categories, flow.categories ?? [])) changes.categories = options.categories;
  if (options.endpointUri !== undefined && options.endpointUri !== flow.endpoint_uri) changes.endpoint_uri = options.endpointUri;
  return Object.keys(changes).length ? changes : undefined;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(b);
  return a.length === set.size && a.every((item) => set.has(item));
}

/** What Graph holds as the flow's JSON: its canonical hash, nothing, or something unreadable. */
type CurrentJson = { state: 'found'; hash: string } | { state: 'none' } | { state: 'unreadable'; cause: unknown };

/**
 * Reads the flow JSON Graph holds. The download URL is short-lived and on Meta's CDN, outside the
 * Graph base, and is fetched without the access token. When the download fails (an error status,
 * a network failure, a timeout, a body that is not JSON), the assets are listed again for a fresh
 * URL and it is tried once more. The caller's abort ends it at once; a Graph error listing the
 * assets is the caller's error as usual.
 */
async function currentJson(ops: DeployOps, flowId: string, options: CallOptions): Promise<CurrentJson> {
  let cause: unknown;
  for (let attempt = 1; attempt <= 2; attempt++) {
    const assets = await ops.listAssets.call<Schemas['FlowAssetList']>([flowId], undefined, options);
    const asset = assets.data.find((item) => item.asset_type === 'FLOW_JSON');
    if (!asset) return { state: 'none' };
    try {
      return { state: 'found', hash: await canonicalHash(JSON.parse(await ops.download(asset.download_url, options))) };
    } catch (error) {
      if (error instanceof GraphAbortError) throw error;
      cause = error;
    }
  }
  return { state: 'unreadable', cause };
}

function describe(error: unknown): string {
  if (error instanceof SyntaxError) return `the download is not JSON (${error.message})`;
  return error instanceof Error ? error.message : String(error);
}

function parseFlowJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new FlowDeployError('invalid_flow_json', `The flow JSON is not valid JSON: ${(error as Error).message}`);
  }
}
