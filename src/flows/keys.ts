// Turns the keys a business holds into Web Crypto keys for RSA-OAEP with SHA-256.
//
// Accepted private keys: a CryptoKey, or a PEM in
// - PKCS#8 (`BEGIN PRIVATE KEY`);
// - PKCS#1 (`BEGIN RSA PRIVATE KEY`), which Web Crypto cannot import: we wrap it in PKCS#8;
// - encrypted PKCS#8 (`BEGIN ENCRYPTED PRIVATE KEY`) with a passphrase, when it uses PBKDF2 +
//   AES-CBC (OpenSSL's default for `-aes256`; see encrypted-pkcs8.ts).
// Refused with a FlowKeyFormatError saying why: keys encrypted with 3DES/DES (what `openssl genrsa
// -des3` writes) and legacy `Proc-Type: 4,ENCRYPTED` PEMs, because Web Crypto has no DES.
// Decrypt such a key once (`openssl pkcs8 -topk8 -nocrypt`) or re-encrypt it with `-aes256`.
import { base64ToBytes } from './base64.js';
import { decryptPkcs8 } from './encrypted-pkcs8.js';
import { FlowKeyFormatError } from './errors.js';

const RSA_OAEP = { name: 'RSA-OAEP', hash: 'SHA-256' } as const;

export type FlowPrivateKey = string | CryptoKey;
export type FlowPublicKey = string | CryptoKey;

/** A Web Crypto RSA-OAEP (SHA-256) private key for decrypting flow requests. */
export async function importFlowPrivateKey(key: FlowPrivateKey, passphrase?: string): Promise<CryptoKey> {
  if (typeof key !== 'string') return checkCryptoKey(key, 'private', 'decrypt');
  const pem = key.trim();
  if (/Proc-Type:\s*4,ENCRYPTED/.test(pem)) {
    throw new FlowKeyFormatError(
      'Encrypted private keys in the legacy PEM format (Proc-Type: 4,ENCRYPTED) are not supported: Web Crypto has no DES. Convert it with `openssl pkcs8 -topk8 -nocrypt` (or -v2 aes256) or pass a CryptoKey',
    );
  }
  let der: Uint8Array<ArrayBuffer>;
  const encrypted = pemBody(pem, 'ENCRYPTED PRIVATE KEY');
  const pkcs8 = encrypted ? undefined : pemBody(pem, 'PRIVATE KEY');
  if (encrypted) {
    if (passphrase === undefined) throw new FlowKeyFormatError('The private key is encrypted: pass its passphrase');
    der = await decryptPkcs8(encrypted, passphrase);
  } else if (pkcs8) der = pkcs8;
  else {
    const pkcs1 = pemBody(pem, 'RSA PRIVATE KEY');
    if (!pkcs1) throw new FlowKeyFormatError('The private key is not a PEM with `BEGIN PRIVATE KEY`, `BEGIN RSA PRIVATE KEY` or `BEGIN ENCRYPTED PRIVATE KEY`');
    der = wrapPkcs1InPkcs8(pkcs1);
  }
  try {
    return await crypto.subtle.importKey('pkcs8', der, RSA_OAEP, false, ['decrypt']);
  } catch (error) {
    throw new FlowKeyFormatError('The private key is not an RSA key Web Crypto can import', error);
  }
}

/** A Web Crypto RSA-OAEP (SHA-256) public key, from a SubjectPublicKeyInfo PEM (`BEGIN PUBLIC KEY`). */
export async function importFlowPublicKey(key: FlowPublicKey): Promise<CryptoKey> {
  if (typeof key !== 'string') return checkCryptoKey(key, 'public', 'encrypt');
  const der = pemBody(key.trim(), 'PUBLIC KEY');
  if (!der) throw new FlowKeyFormatError('The public key is not a PEM with `BEGIN PUBLIC KEY`');
  try {
    return await crypto.subtle.importKey('spki', der, RSA_OAEP, false, ['encrypt']);
  } catch (error) {
    throw new FlowKeyFormatError('The public key is not an RSA key Web Crypto can import', error);
  }
}

function checkCryptoKey(key: CryptoKey, type: KeyType, usage: KeyUsage): CryptoKey {
  const algorithm = key.algorithm as RsaHashedKeyAlgorithm;
  if (key.type !== type || algorithm.name !== 'RSA-OAEP' || algorithm.hash?.name !== 'SHA-256' || !key.usages.includes(usage)) {
    throw new FlowKeyFormatError(`The CryptoKey must be an RSA-OAEP SHA-256 ${type} key with the "${usage}" usage`);
  }
  return key;
}

function pemBody(pem: string, label: string): Uint8Array<ArrayBuffer> | undefined {
  const match = new RegExp(`-----BEGIN ${label}-----([\\s\\S]*?)-----END ${label}-----`).exec(pem);
  return match?.[1] === undefined ? undefined : base64ToBytes(match[1]);
}

// PKCS#8 PrivateKeyInfo = SEQUENCE { INTEGER 0, SEQUENCE { OID rsaEncryption, NULL }, OCTET STRING pkcs1 }
const RSA_ALGORITHM_ID = [0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00];

function wrapPkcs1InPkcs8(pkcs1: Uint8Array): Uint8Array<ArrayBuffer> {
  const octetString = [0x04, ...derLength(pkcs1.length)];
  const contentLength = 3 + RSA_ALGORITHM_ID.length + octetString.length + pkcs1.length;
  const head = [0x30, ...derLength(contentLength), 0x02, 0x01, 0x00, ...RSA_ALGORITHM_ID, ...octetString];
  const out = new Uint8Array(head.length + pkcs1.length);
  out.set(head);
  out.set(pkcs1, head.length);
  return out;
}

function derLength(length: number): number[] {
  if (length < 0x80) return [length];
  const bytes: number[] = [];
  for (let rest = length; rest > 0; rest >>>= 8) bytes.unshift(rest & 0xff);
  return [0x80 | bytes.length, ...bytes];
}
