// A mock of Graph as a fetch function: each request is routed through the operation table,
// checked against the spec's request schemas, recorded, and answered with the spec's example of
// the operation's success response (or the test's own answer), written as Graph writes JSON.
// A request Graph would refuse gets Graph's error body, so the client raises GraphApiError.
import { MOCK_ANSWERS, type ClientOperationId } from '../../generated/mock-answers.js';
import { WhatsAppConfigError } from '../core/config-error.js';
import { graphJson } from './graph-json.js';
import { bodyValidator, describeIssue, isCredential, queryOf, readBody, readQuery } from './request-check.js';
import { candidates, graphPath, pickRoute, type BodyKind } from './routes.js';

/** An operation of the spec a client calls, by its operationId. */
export type OperationId = ClientOperationId;

/** One request the mock received. */
export interface GraphCall {
  readonly operationId: OperationId;
  readonly method: string;
  /** The URL requested (an `access_token` or `appsecret_proof` in the query left out). */
  readonly url: string;
  /** The path parameters by the spec's names, e.g. `{ 'phone-number-id': '1065…' }`. */
  readonly params: Readonly<Record<string, string>>;
  /** The query parameters (credentials left out), read into numbers, booleans and lists where the spec says so. */
  readonly query: Readonly<Record<string, unknown>>;
  /** The JSON body parsed, a multipart form as an object (files by name), or raw bytes. */
  readonly body: unknown;
  /** Why Graph would refuse the request (the `error_data.details` answered), when it would. */
  readonly problem?: string;
}

/** An answer: status (default 200), JSON body (default: none) and extra headers. */
export interface MockReply {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A fixed answer, or a function of the call that returns one (or a whole Response). */
export type MockResponder = MockReply | ((call: GraphCall) => MockReply | Response | Promise<MockReply | Response>);

export interface GraphMockOptions {
  /**
   * Which object an id names, for paths Graph shares between objects (`GET /{id}` is a media
   * file, a flow, a template…): id → the spec's path parameter, e.g. `{ '1037543291543636': 'media-id' }`.
   * Without it such a path goes to the first operation in the table that fits the request.
   */
  ids?: Record<string, string>;
  /** Answers to use instead of the spec's examples, by operationId. */
  answers?: { [Id in OperationId]?: MockResponder };
}

export interface GraphMock {
  /** The fetch function: pass it as `fetch` to createWhatsApp. */
  (input: string | URL | Request, init?: RequestInit): Promise<Response>;
  /** Every request received, in order. */
  readonly calls: readonly GraphCall[];
  /** The requests to one operation. */
  callsTo(operationId: OperationId): GraphCall[];
  /** Answers `operationId` with `responder` from now on (a request Graph would refuse is still refused). */
  answer(operationId: OperationId, responder: MockResponder): GraphMock;
  /** Answers a web Request (what the msw handlers call). */
  handle(request: Request): Promise<Response>;
  /** Forgets the calls and the answers set with `answer`. */
  reset(): void;
}

/** Graph's error body for `code`, as a reply (`status` 400 unless given). */
export function graphError(code: number, message: string, extra: { status?: number; subcode?: number; details?: string; type?: string } = {}): MockReply {
  const error: Record<string, unknown> = { message, type: extra.type ?? 'OAuthException', code };
  if (extra.subcode !== undefined) error.error_subcode = extra.subcode;
  if (extra.details !== undefined) error.error_data = { messaging_product: 'whatsapp', details: extra.details };
  error.fbtrace_id = 'AMockTraceIdOfTheTestingKit';
  return { status: extra.status ?? 400, body: { error } };
}

export function createGraphMock(options: GraphMockOptions = {}): GraphMock {
  for (const operationId of Object.keys(options.answers ?? {})) checkOperationId('createGraphMock: answers', operationId);
  const ids = { ...options.ids };
  const calls: GraphCall[] = [];
  let answers: { [Id in OperationId]?: MockResponder } = { ...options.answers };
  // Media URLs the mock handed out (getMediaUrl), so a download of one is answered.
  const mediaUrls = new Map<string, string>();

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const media = mediaUrls.get(url.href);
    // Empty bytes: the spec's example gives the SHA-256 of an empty file, so a checked download passes.
    if (request.method === 'GET' && media !== undefined) return new Response(new Uint8Array(0), { status: 200, headers: { 'content-type': media } });
    const found = candidates(request.method, graphPath(url));
    if (found.length === 0) return reply(graphError(100, `Unsupported ${request.method.toLowerCase()} request: no operation of the spec has the path ${url.pathname}`, { subcode: 33 }));
    const rawQuery = queryOf(url);
    const body = await readBody(request);
    const match = pickRoute(found, ids, Object.keys(rawQuery), bodyKind(request, body), (row) => bodyValidator(row)?.(body) ?? true)!;
    const { row, params } = match;
    // The table's rows are the client's operations, each of which has an answer.
    const id = row.id as OperationId;
    const query = readQuery(row, rawQuery);
    let problem: string | undefined = 'problem' in query ? query.problem : undefined;
    const validate = bodyValidator(row);
    if (problem === undefined && validate && !validate(body)) problem = validate.errors?.[0] ? describeIssue(validate.errors[0]) : 'The body does not match the operation';
    const call: GraphCall = { operationId: id, method: request.method, url: withoutCredentials(url), params, query: 'value' in query ? query.value : rawQuery, body, ...(problem === undefined ? {} : { problem }) };
    calls.push(call);
    if (problem !== undefined) return reply(graphError(100, '(#100) Invalid parameter', { details: problem }));
    const responder = answers[id];
    const answered = responder === undefined ? MOCK_ANSWERS[id] : typeof responder === 'function' ? await responder(call) : responder;
    if (answered instanceof Response) return answered;
    if (id === 'getMediaUrl') rememberMedia(answered.body);
    return reply(answered);
  }

  function rememberMedia(body: unknown): void {
    const { url, mime_type: mime } = (body ?? {}) as { url?: unknown; mime_type?: unknown };
    // A URL the test's own answer gave that does not parse is simply not served.
    if (typeof url === 'string' && URL.canParse(url)) mediaUrls.set(new URL(url).href, typeof mime === 'string' ? mime : 'application/octet-stream');
  }

  const mock = (async (input: string | URL | Request, init?: RequestInit) => handle(new Request(input, init))) as GraphMock;
  Object.defineProperty(mock, 'calls', { get: () => calls, enumerable: true });
  mock.callsTo = (operationId) => calls.filter((call) => call.operationId === operationId);
  mock.answer = (operationId, responder) => {
    checkOperationId('createGraphMock: answer', operationId);
    answers[operationId] = responder;
    return mock;
  };
  mock.handle = handle;
  mock.reset = () => {
    calls.length = 0;
    answers = { ...options.answers };
    mediaUrls.clear();
  };
  return mock;
}

function bodyKind(request: Request, body: unknown): BodyKind {
  if (body === undefined) return 'none';
  const type = request.headers.get('content-type') ?? '';
  if (type.includes('multipart/form-data')) return 'form';
  return body instanceof Uint8Array ? 'bytes' : 'json';
}

/** The URL as recorded: without the token or proof, should a caller put them in the query. */
function withoutCredentials(url: URL): string {
  const kept = new URL(url.href);
  for (const name of [...kept.searchParams.keys()]) if (isCredential(name)) kept.searchParams.delete(name);
  return kept.href;
}

function checkOperationId(where: string, operationId: unknown): void {
  if (typeof operationId !== 'string' || !Object.prototype.hasOwnProperty.call(MOCK_ANSWERS, operationId)) {
    throw new WhatsAppConfigError(`${where}: ${String(operationId)} is not the operationId of an operation a client calls`);
  }
}

function reply({ status = 200, body, headers }: MockReply): Response {
  const hasBody = body !== undefined && body !== null;
  return new Response(hasBody ? graphJson(body) : null, {
    status,
    headers: { ...(hasBody ? { 'content-type': 'application/json; charset=UTF-8' } : {}), 'x-fb-trace-id': 'AMockTraceIdOfTheTestingKit', ...headers },
  });
}
