// The encryption of the flow data endpoint protocol, with Web Crypto only:
// request  = AES-GCM(payload) under a fresh AES key and IV; the key travels RSA-OAEP(SHA-256)-encrypted;
// response = AES-GCM(answer) under the same key and the IV with every bit flipped; all base64.
import type { Schemas } from '../core/spec-types.js';
import { validateFlowEndpointEncryptedRequest, validateFlowEndpointRequest } from '../../generated/flow-validators.js';
import { base64ToBytes, bytesToBase64 } from './base64.js';
import { FlowDecryptionError, FlowKeyMismatchError, FlowRequestError } from './errors.js';
import { importFlowPrivateKey, importFlowPublicKey, type FlowPrivateKey, type FlowPublicKey } from './keys.js';
import { issueMessage, type IssueLike } from '../core/issue-message.js';

export type FlowEndpointEncryptedRequest = Schemas['FlowEndpointEncryptedRequest'];
export type FlowEndpointRequest = Schemas['FlowEndpointRequest'];
export type FlowEndpointResponse = Schemas['FlowEndpointResponse'];

/** The AES key and IV of one request; the response is encrypted with them. */
export interface FlowSession {
  aesKey: CryptoKey;
  iv: Uint8Array;
}

export interface DecryptedFlowRequest<T = FlowEndpointRequest> extends FlowSession {
  payload: T;
}

const GCM_TAG_BYTES = 16;
// Made on first use: a module-level constructor call would be kept in every bundle that imports this.
let encoder: TextEncoder | undefined;
const utf8 = { encode: (text: string) => (encoder ??= new TextEncoder()).encode(text) };

/** Every bit of the IV flipped: the IV of the response. */
export function flipIv(iv: Uint8Array): Uint8Array<ArrayBuffer> {
  const flipped = new Uint8Array(iv.length);
  for (let i = 0; i < iv.length; i++) flipped[i] = ~(iv[i] as number) & 0xff;
  return flipped;
}

/**
 * Decrypts a request body (the parsed JSON) with the business private key and checks the payload
 * against the protocol. Throws FlowRequestError (400: not an encrypted flow request, or a
 * decrypted payload off the protocol), FlowKeyMismatchError (421: RSA failed) or
 * FlowDecryptionError (421: a field not base64, an IV of the wrong length, a bad AES key length, a truncated
 * or altered ciphertext); never anything else.
 */
export async function decryptFlowRequest(body: unknown, privateKey: FlowPrivateKey | CryptoKey): Promise<DecryptedFlowRequest> {
  if (!validateFlowEndpointEncryptedRequest(body)) {
    throw new FlowRequestError(`The request is not an encrypted flow request: ${describeIssue(validateFlowEndpointEncryptedRequest.errors)}`);
  }
  // From here on, anything that stops decryption is a 421: the client fetches the public key
  // again and resends, which is Meta's documented recovery for a request that cannot be decrypted.
  const encryptedData = base64ToBytes(body.encrypted_flow_data);
  const encryptedKey = base64ToBytes(body.encrypted_aes_key);
  const iv = base64ToBytes(body.initial_vector);
  if (!encryptedData || !encryptedKey || !iv) throw new FlowDecryptionError(undefined, 'a field of the encrypted flow request is not base64');

  const rsaKey = typeof privateKey === 'string' ? await importFlowPrivateKey(privateKey) : privateKey;
  let rawAesKey: ArrayBuffer;
  try {
    rawAesKey = await crypto.subtle.decrypt({ name: 'RSA-OAEP' }, rsaKey, encryptedKey);
  } catch (error) {
    throw new FlowKeyMismatchError(error);
  }
  if (![16, 24, 32].includes(rawAesKey.byteLength)) throw new FlowDecryptionError(undefined, `the AES key is ${rawAesKey.byteLength} bytes; AES keys are 16, 24 or 32`);

  let aesKey: CryptoKey;
  let plain: ArrayBuffer;
  try {
    if (encryptedData.length < GCM_TAG_BYTES) throw new Error('shorter than the GCM tag');
    aesKey = await crypto.subtle.importKey('raw', rawAesKey, 'AES-GCM', false, ['encrypt', 'decrypt']);
    plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv, tagLength: 128 }, aesKey, encryptedData);
  } catch (error) {
    throw new FlowDecryptionError(error);
  }
  const payload = parseJson(plain);
  if (!validateFlowEndpointRequest(payload)) {
    throw new FlowRequestError(`The decrypted flow request does not follow the protocol: ${describeIssue(validateFlowEndpointRequest.errors)}`);
  }
  return { payload, aesKey, iv };
}

/** Encrypts an answer for the request the session came from; the result is the response body (base64 text). */
export async function encryptFlowResponse(response: FlowEndpointResponse | object, session: FlowSession): Promise<string> {
  const data = utf8.encode(JSON.stringify(response));
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv: flipIv(session.iv), tagLength: 128 }, session.aesKey, data);
  return bytesToBase64(new Uint8Array(sealed));
}

/**
 * The client side, as WhatsApp does it: encrypts a request for an endpoint's public key. For
 * testing an endpoint end to end. `aesKey` (16 bytes) and `iv` (16 bytes) default to random ones.
 */
export async function encryptFlowRequest(
  payload: FlowEndpointRequest | object,
  publicKey: FlowPublicKey,
  options: { aesKey?: Uint8Array; iv?: Uint8Array } = {},
): Promise<{ body: FlowEndpointEncryptedRequest } & FlowSession> {
  const rsaKey = await importFlowPublicKey(publicKey);
  const rawKey = copy(options.aesKey ?? crypto.getRandomValues(new Uint8Array(16)));
  const iv = copy(options.iv ?? crypto.getRandomValues(new Uint8Array(16)));
  const aesKey = await crypto.subtle.importKey('raw', rawKey, 'AES-GCM', false, ['encrypt', 'decrypt']);
  const [encryptedKey, encryptedData] = await Promise.all([
    crypto.subtle.encrypt({ name: 'RSA-OAEP' }, rsaKey, rawKey),
    crypto.subtle.encrypt({ name: 'AES-GCM', iv, tagLength: 128 }, aesKey, utf8.encode(JSON.stringify(payload))),
  ]);
  return {
    body: {
      encrypted_flow_data: bytesToBase64(new Uint8Array(encryptedData)),
      encrypted_aes_key: bytesToBase64(new Uint8Array(encryptedKey)),
      initial_vector: bytesToBase64(iv),
    },
    aesKey,
    iv,
  };
}

/** The client side: decrypts an endpoint's answer (base64 text) with the request's session. */
export async function decryptFlowResponse(text: string, session: FlowSession): Promise<unknown> {
  const sealed = base64ToBytes(text.trim());
  if (!sealed) throw new FlowRequestError('The flow response is not base64');
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: flipIv(session.iv), tagLength: 128 }, session.aesKey, sealed);
  } catch (error) {
    throw new FlowDecryptionError(error);
  }
  return parseJson(plain);
}

function parseJson(bytes: ArrayBuffer): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new FlowRequestError('The decrypted flow data is not UTF-8 JSON');
  }
}

function copy(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes);
}

function describeIssue(errors: readonly (IssueLike & { instancePath: string })[] | null | undefined): string {
  const first = errors?.[0];
  return first ? `${first.instancePath || '(root)'} ${issueMessage(first)}` : 'invalid';
}
