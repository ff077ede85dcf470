// createFlowEndpointHandler: a web-standard Request → Response handler for a flow data endpoint
// (Deno, Bun, Workers, Hono, Next route handlers use it as is). It verifies the signature,
// decrypts, answers `ping` and error notifications itself, hands INIT / data_exchange / BACK to
// the business's functions, and encrypts their answer. Every failure becomes a status code: it
// never rejects.
import { WhatsAppConfigError } from '../core/config-error.js';
import { readCappedBody } from '../core/read-capped.js';
import { checkCount, checkFunction, checkOptionalString, checkSecret } from '../webhooks/options.js';
import type { Schemas } from '../core/spec-types.js';
import { validateFlowEndpointCompletionResponse, validateFlowEndpointScreenResponse } from '../../generated/flow-validators.js';
import { decryptFlowRequest, encryptFlowResponse, type FlowSession } from './crypto.js';
import { FlowEndpointError, FlowHandlerError, FlowRequestError, FlowSignatureError, FlowTokenError } from './errors.js';
import { importFlowPrivateKey, type FlowPrivateKey } from './keys.js';
import { flowSigner, verifyFlowSignature } from './signature.js';

export type FlowInitRequest = Schemas['FlowEndpointInitRequest'];
export type FlowDataExchangeRequest = Schemas['FlowEndpointDataExchangeRequest'];
export type FlowBackRequest = Schemas['FlowEndpointBackRequest'];
export type FlowErrorNotification = Schemas['FlowEndpointErrorNotification'];
/** What a flow handler answers: the next screen, or the completion that closes the flow. */
export type FlowScreenAnswer = Schemas['FlowEndpointScreenResponse'] | Schemas['FlowEndpointCompletionResponse'];

type Awaitable<T> = T | Promise<T>;

export interface FlowEndpointOptions {
  /** The private half of the key set with `setEncryptionKey`: a PKCS#8 or PKCS#1 PEM, or a CryptoKey. */
  privateKey: FlowPrivateKey;
  /** The passphrase of an encrypted PKCS#8 PEM (PBKDF2 + AES-CBC; 3DES-encrypted keys are refused). */
  passphrase?: string;
  /**
   * The app secret that signs requests (`X-Hub-Signature-256`). Required unless
   * `verifySignature` is false. Missing or empty options throw `WhatsAppConfigError` when the
   * handler is made, not on each request.
   */
  appSecret?: string;
  /** Check `X-Hub-Signature-256` (default true). Turn it off only where something else authenticates requests. */
  verifySignature?: boolean;
  /** Larger bodies are refused with HTTP 413 (default 1 MiB). */
  maxBodyBytes?: number;
  /** A user opened the flow and its first screen needs data. */
  onInit?: (request: FlowInitRequest) => Awaitable<FlowScreenAnswer>;
  /** A screen submitted data. */
  onDataExchange?: (request: FlowDataExchangeRequest) => Awaitable<FlowScreenAnswer>;
  /** The user went back to a screen with `refresh_on_back`. */
  onBack?: (request: FlowBackRequest) => Awaitable<FlowScreenAnswer>;
  /** WhatsApp reports that an earlier answer was wrong. The handler acknowledges it either way. */
  onErrorNotification?: (notification: FlowErrorNotification) => Awaitable<void>;
  /** Sees every failure (bad signature, key mismatch, a handler that threw …), e.g. for logging. */
  onError?: (error: FlowEndpointError) => void;
}

const DEFAULT_MAX_BODY = 1_048_576; // 1 MiB, a literal: no module-level arithmetic in bundles

export function createFlowEndpointHandler(options: FlowEndpointOptions): (request: Request) => Promise<Response> {
  checkFlowEndpointOptions(options);
  const verify = options.verifySignature ?? true;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const signer = verify ? flowSigner(options.appSecret as string) : undefined;
  let privateKey: Promise<CryptoKey> | undefined;

  return async function handleFlowEndpointRequest(request: Request): Promise<Response> {
    try {
      if (request.method !== 'POST') throw new FlowRequestError('Flow endpoints accept POST only', 'method_not_allowed');
      const raw = await readBody(request, maxBodyBytes);
      if (signer && !(await verifyFlowSignature(raw, request.headers.get('x-hub-signature-256'), signer))) {
        throw new FlowSignatureError();
      }
      let body: unknown;
      try {
        body = JSON.parse(new TextDecoder().decode(raw));
      } catch {
        throw new FlowRequestError('The request body is not JSON');
      }
      // Import once; a key that cannot be imported is retried on the next request.
      const key = await (privateKey ??= importFlowPrivateKey(options.privateKey, options.passphrase).catch((error: unknown) => {
        privateKey = undefined;
        throw error;
      }));
      const { payload, ...session } = await decryptFlowRequest(body, key);
      const answer = await dispatch(payload, options);
      return encrypted(answer, session);
    } catch (error) {
      const failure = error instanceof FlowEndpointError ? error : new FlowHandlerError('The flow endpoint failed', error);
      try {
        options.onError?.(failure);
      } catch {
        // A failing logger must not turn into an unhandled rejection.
      }
      return failureResponse(failure);
    }
  };
}

/** Mistakes in the setup fail here, once, instead of turning every request into a 500 or a 432. */
function checkFlowEndpointOptions(options: FlowEndpointOptions): void {
  const who = 'createFlowEndpointHandler';
  if (options === null || typeof options !== 'object') throw new WhatsAppConfigError(`${who}: options are required (at least privateKey and appSecret)`);
  const key = options.privateKey as unknown;
  if (!(typeof key === 'string' && key.trim() !== '') && !(typeof CryptoKey !== 'undefined' && key instanceof CryptoKey)) {
    throw new WhatsAppConfigError(`${who}: privateKey is required: a PEM string or a CryptoKey`);
  }
  if (options.verifySignature !== undefined && typeof options.verifySignature !== 'boolean') throw new WhatsAppConfigError(`${who}: verifySignature must be true or false`);
  if (options.verifySignature !== false) checkSecret(who, 'appSecret (or set verifySignature: false)', options.appSecret);
  checkOptionalString(who, 'passphrase', options.passphrase);
  checkCount(who, 'maxBodyBytes', options.maxBodyBytes);
  for (const name of ['onInit', 'onDataExchange', 'onBack', 'onErrorNotification', 'onError'] as const) checkFunction(who, name, options[name]);
}

async function dispatch(payload: Schemas['FlowEndpointRequest'], options: FlowEndpointOptions): Promise<object> {
  if (payload.action === 'ping') return { data: { status: 'active' } };
  if (isErrorNotification(payload)) {
    await callHandler(() => options.onErrorNotification?.(payload));
    return { data: { acknowledged: true } };
  }
  switch (payload.action) {
    case 'INIT':
      return answer(options.onInit, payload as FlowInitRequest);
    case 'data_exchange':
      return answer(options.onDataExchange, payload as FlowDataExchangeRequest);
    case 'BACK':
      return answer(options.onBack, payload as FlowBackRequest);
    default:
      throw new FlowRequestError(`Unknown flow action ${JSON.stringify(payload.action)}`);
  }
}

/** Error notifications reuse INIT / data_exchange and carry `data.error`. */
function isErrorNotification(payload: Schemas['FlowEndpointRequest']): payload is FlowErrorNotification {
  const data = (payload as { data?: unknown }).data;
  return !!data && typeof data === 'object' && typeof (data as { error?: unknown }).error === 'string';
}

async function answer<T>(handler: ((request: T) => Awaitable<FlowScreenAnswer>) | undefined, request: T & { action: string }): Promise<object> {
  if (!handler) throw new FlowHandlerError(`No handler for the ${request.action} action`);
  const result = await callHandler(() => handler(request));
  if (!validateFlowEndpointScreenResponse(result) && !validateFlowEndpointCompletionResponse(result)) {
    throw new FlowHandlerError(`The ${request.action} handler returned neither {screen, data} nor a completion`);
  }
  return result;
}

/** Runs business code; its FlowEndpointErrors (e.g. FlowTokenError) keep their status, anything else is a 500. */
async function callHandler<T>(run: () => Awaitable<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof FlowEndpointError) throw error;
    throw new FlowHandlerError('A flow handler threw', error);
  }
}

/** 427 carries `error_msg`, which WhatsApp shows the user; 5xx hide details the business may not want to leak. */
function failureResponse(failure: FlowEndpointError): Response {
  if (failure instanceof FlowTokenError) {
    return new Response(JSON.stringify({ error_msg: failure.message }), { status: 427, headers: { 'content-type': 'application/json' } });
  }
  return new Response(failure.status >= 500 ? 'Internal error' : failure.message, {
    status: failure.status,
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
}

async function encrypted(answer: object, session: FlowSession): Promise<Response> {
  return new Response(await encryptFlowResponse(answer, session), {
    status: 200,
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
}

/** Reads the raw bytes (the signature covers them), refusing more than `limit` bytes. */
const readBody = (request: Request, limit: number) =>
  readCappedBody(request, limit, () => new FlowRequestError(`The body is larger than ${limit} bytes`, 'body_too_large'));
