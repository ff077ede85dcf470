// Known-answer tests: our Web Crypto code against node:crypto, an independent implementation,
// in both directions (node encrypts → we decrypt, we encrypt → node decrypts).
import { constants, createCipheriv, createDecipheriv, privateDecrypt, publicEncrypt, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  decryptFlowRequest,
  decryptFlowResponse,
  encryptFlowRequest,
  encryptFlowResponse,
  flipIv,
  FlowDecryptionError,
  FlowKeyFormatError,
  FlowKeyMismatchError,
  FlowRequestError,
  importFlowPrivateKey,
} from '../../../src/flows/index.js';
import { rsaKeyPair } from './keys.js';

const keys = rsaKeyPair();
const other = rsaKeyPair();
const payload = { version: '3.0', action: 'data_exchange', flow_token: 'booking-7f3a', screen: 'PICK_DATE', data: { notes: 'Olá — 🍕 ✓' } };

/** What WhatsApp does, written with node:crypto. */
function nodeEncryptRequest(value: unknown, publicKey = keys.publicKey, aesKey = randomBytes(16), iv = randomBytes(16)) {
  const cipher = createCipheriv('aes-128-gcm', aesKey, iv);
  const data = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final(), cipher.getAuthTag()]);
  const encryptedKey = publicEncrypt({ key: publicKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, aesKey);
  return {
    body: { encrypted_flow_data: data.toString('base64'), encrypted_aes_key: encryptedKey.toString('base64'), initial_vector: iv.toString('base64') },
    aesKey,
    iv,
  };
}

function nodeEncryptResponse(value: unknown, aesKey: Buffer, iv: Buffer): string {
  const cipher = createCipheriv('aes-128-gcm', aesKey, Buffer.from(iv.map((b) => ~b & 0xff)));
  return Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final(), cipher.getAuthTag()]).toString('base64');
}

function nodeDecrypt(base64: string, aesKey: Buffer, iv: Buffer): unknown {
  const sealed = Buffer.from(base64, 'base64');
  const decipher = createDecipheriv('aes-128-gcm', aesKey, iv);
  decipher.setAuthTag(sealed.subarray(sealed.length - 16));
  return JSON.parse(Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - 16)), decipher.final()]).toString('utf8'));
}

describe('flow endpoint crypto against node:crypto', () => {
  it('decrypts a request node:crypto encrypted, and node:crypto decrypts our answer under the flipped IV', async () => {
    const sent = nodeEncryptRequest(payload);
    const { payload: received, aesKey, iv } = await decryptFlowRequest(sent.body, keys.privatePem);
    expect(received).toEqual(payload);
    expect([...iv]).toEqual([...sent.iv]);

    const answer = { screen: 'CONFIRM', data: { slot: '10:30', price: '€ 45' } };
    const text = await encryptFlowResponse(answer, { aesKey, iv });
    expect(nodeDecrypt(text, sent.aesKey, Buffer.from(flipIv(sent.iv)))).toEqual(answer);
    // AES-GCM is deterministic for a key and IV: the bytes must equal node's exactly.
    expect(text).toBe(nodeEncryptResponse(answer, sent.aesKey, sent.iv));
  });

  it('node:crypto decrypts a request we encrypted, and we decrypt an answer node:crypto encrypted', async () => {
    const aesKey = randomBytes(16);
    const iv = randomBytes(16);
    const sent = await encryptFlowRequest(payload, keys.publicPem, { aesKey, iv });
    const unwrapped = privateDecrypt(
      { key: keys.privateKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' },
      Buffer.from(sent.body.encrypted_aes_key, 'base64'),
    );
    expect(unwrapped.equals(aesKey)).toBe(true);
    expect(nodeDecrypt(sent.body.encrypted_flow_data, unwrapped, Buffer.from(sent.body.initial_vector, 'base64'))).toEqual(payload);

    const answer = { data: { status: 'active' } };
    await expect(decryptFlowResponse(nodeEncryptResponse(answer, aesKey, iv), sent)).resolves.toEqual(answer);
  });

  it('matches a fixed AES-128-GCM vector byte for byte', async () => {
    const aesKey = Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex');
    const iv = Buffer.from('a0a1a2a3a4a5a6a7a8a9aaabacadaeaf', 'hex');
    const sent = await encryptFlowRequest({ version: '3.0', action: 'ping' }, keys.publicPem, { aesKey, iv });
    const cipher = createCipheriv('aes-128-gcm', aesKey, iv);
    const expected = Buffer.concat([cipher.update('{"version":"3.0","action":"ping"}'), cipher.final(), cipher.getAuthTag()]).toString('base64');
    expect(sent.body.encrypted_flow_data).toBe(expected);
  });

  it('flips every bit of the IV', () => {
    expect([...flipIv(new Uint8Array([0x00, 0xff, 0x0f, 0xa5]))]).toEqual([0xff, 0x00, 0xf0, 0x5a]);
  });

  it('accepts a PKCS#1 PEM and a CryptoKey as the private key', async () => {
    const sent = nodeEncryptRequest(payload);
    await expect(decryptFlowRequest(sent.body, keys.pkcs1Pem)).resolves.toMatchObject({ payload });
    const cryptoKey = await importFlowPrivateKey(keys.privatePem);
    await expect(decryptFlowRequest(sent.body, cryptoKey)).resolves.toMatchObject({ payload });
    const generated = await crypto.subtle.generateKey(
      { name: 'RSA-OAEP', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
      false,
      ['encrypt', 'decrypt'],
    );
    const roundTrip = await encryptFlowRequest(payload, generated.publicKey);
    await expect(decryptFlowRequest(roundTrip.body, generated.privateKey)).resolves.toMatchObject({ payload });
  });

  it('decrypts an AES-encrypted PKCS#8 PEM with its passphrase (PBKDF2 + AES-CBC, Web Crypto only)', async () => {
    expect(keys.encryptedPem).toMatch(/BEGIN ENCRYPTED PRIVATE KEY/);
    const key = await importFlowPrivateKey(keys.encryptedPem, 'pw');
    await expect(decryptFlowRequest(nodeEncryptRequest(payload).body, key)).resolves.toMatchObject({ payload });
    await expect(importFlowPrivateKey(keys.encryptedPem)).rejects.toThrow(/pass its passphrase/);
    const wrong = await importFlowPrivateKey(keys.encryptedPem, 'not-pw').catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(FlowKeyFormatError);
  });

  it('refuses 3DES and legacy encrypted PEMs, non-PEM text and unsuitable CryptoKeys with FlowKeyFormatError', async () => {
    await expect(importFlowPrivateKey(keys.des3Pem, 'pw')).rejects.toThrow(/3DES, which Web Crypto does not have/);
    await expect(importFlowPrivateKey('-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: DES-EDE3-CBC,00\n\nAAAA\n-----END RSA PRIVATE KEY-----')).rejects.toThrow(
      /legacy PEM format/,
    );
    await expect(importFlowPrivateKey('-----BEGIN ENCRYPTED PRIVATE KEY-----\nMAMCAQA=\n-----END ENCRYPTED PRIVATE KEY-----', 'pw')).rejects.toBeInstanceOf(FlowKeyFormatError);
    await expect(importFlowPrivateKey('not a key')).rejects.toBeInstanceOf(FlowKeyFormatError);
    await expect(importFlowPrivateKey(keys.publicPem)).rejects.toBeInstanceOf(FlowKeyFormatError);
    const hmac = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    await expect(importFlowPrivateKey(hmac)).rejects.toThrow(/RSA-OAEP SHA-256 private key/);
  });

  it('a wrong private key is FlowKeyMismatchError (421)', async () => {
    const error = await decryptFlowRequest(nodeEncryptRequest(payload).body, other.privatePem).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FlowKeyMismatchError);
    expect(error).toMatchObject({ status: 421, code: 'key_mismatch' });
  });

  it('a tampered ciphertext is FlowDecryptionError (421: the client fetches the key again)', async () => {
    const { body } = nodeEncryptRequest(payload);
    const bytes = Buffer.from(body.encrypted_flow_data, 'base64');
    bytes[3] = (bytes[3] as number) ^ 0x01;
    const error = await decryptFlowRequest({ ...body, encrypted_flow_data: bytes.toString('base64') }, keys.privatePem).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FlowDecryptionError);
    expect(error).toMatchObject({ status: 421, code: 'payload_tampered' });
    const short = await decryptFlowRequest({ ...body, encrypted_flow_data: 'AAAA' }, keys.privatePem).catch((e: unknown) => e);
    expect(short).toBeInstanceOf(FlowDecryptionError);
  });

  it('non-base64 fields and an IV of the wrong length are FlowDecryptionError (421)', async () => {
    const { body } = nodeEncryptRequest(payload);
    for (const broken of [{ ...body, initial_vector: 'AA==' }, { ...body, encrypted_aes_key: 'not base64!' }]) {
      const error = await decryptFlowRequest(broken, keys.privatePem).catch((e: unknown) => e);
      expect(error, JSON.stringify(broken)).toBeInstanceOf(FlowDecryptionError);
      expect(error).toMatchObject({ status: 421 });
    }
  });

  it('missing fields and payloads off the protocol are FlowRequestError (400)', async () => {
    const { body } = nodeEncryptRequest(payload);
    for (const broken of [{ encrypted_flow_data: body.encrypted_flow_data, initial_vector: body.initial_vector }, { ...body, initial_vector: '' }, null, 'text']) {
      const error = await decryptFlowRequest(broken, keys.privatePem).catch((e: unknown) => e);
      expect(error, JSON.stringify(broken)).toBeInstanceOf(FlowRequestError);
      expect(error).toMatchObject({ status: 400 });
    }
    const noToken = nodeEncryptRequest({ version: '3.0', action: 'data_exchange', screen: 'A', data: {} });
    await expect(decryptFlowRequest(noToken.body, keys.privatePem)).rejects.toThrow(/does not follow the protocol/);
    // Valid GCM over bytes that are not JSON.
    const aesKey = randomBytes(16);
    const iv = randomBytes(16);
    const cipher = createCipheriv('aes-128-gcm', aesKey, iv);
    const notJson = Buffer.concat([cipher.update('{oops'), cipher.final(), cipher.getAuthTag()]);
    const sealed = nodeEncryptRequest(payload, keys.publicKey, aesKey, iv).body;
    await expect(decryptFlowRequest({ ...sealed, encrypted_flow_data: notJson.toString('base64') }, keys.privatePem)).rejects.toThrow(/not UTF-8 JSON/);
  });
});
