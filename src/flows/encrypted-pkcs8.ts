// Decrypts a PKCS#8 EncryptedPrivateKeyInfo (`BEGIN ENCRYPTED PRIVATE KEY`) with Web Crypto, for
// the scheme OpenSSL uses by default: PBES2 = PBKDF2 (HMAC-SHA-1/256/384/512) + AES-CBC. 3DES,
// DES and the old PKCS#5 v1 schemes are refused: Web Crypto has no DES.
import { FlowKeyFormatError } from './errors.js';

const OID = {
  pbes2: '2a864886f70d01050d',
  pbkdf2: '2a864886f70d01050c',
  desEde3Cbc: '2a864886f70d0307',
} as const;
const PRF: Record<string, string> = {
  '2a864886f70d0207': 'SHA-1',
  '2a864886f70d0209': 'SHA-256',
  '2a864886f70d020a': 'SHA-384',
  '2a864886f70d020b': 'SHA-512',
};
const AES_CBC_KEY_BYTES: Record<string, number> = {
  '608648016503040102': 16,
  '608648016503040116': 24,
  '60864801650304012a': 32,
};

interface Tlv {
  tag: number;
  value: Uint8Array<ArrayBuffer>;
}

/** The PKCS#8 PrivateKeyInfo inside an encrypted one. */
export async function decryptPkcs8(der: Uint8Array<ArrayBuffer>, passphrase: string): Promise<Uint8Array<ArrayBuffer>> {
  let params: { salt: Uint8Array<ArrayBuffer>; iterations: number; hash: string; keyBytes: number; iv: Uint8Array<ArrayBuffer>; data: Uint8Array<ArrayBuffer> };
  try {
    params = readPbes2(der);
  } catch (error) {
    if (error instanceof FlowKeyFormatError) throw error;
    throw new FlowKeyFormatError('The encrypted private key is not valid DER', error);
  }
  const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', salt: params.salt, iterations: params.iterations, hash: params.hash }, base, params.keyBytes * 8);
  const key = await crypto.subtle.importKey('raw', bits, 'AES-CBC', false, ['decrypt']);
  try {
    return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-CBC', iv: params.iv }, key, params.data));
  } catch (error) {
    throw new FlowKeyFormatError('The passphrase does not decrypt the private key', error);
  }
}

function readPbes2(der: Uint8Array<ArrayBuffer>) {
  const [algorithm, encrypted] = children(read(der, 0x30));
  const [schemeOid, schemeParams] = children(expect(algorithm, 0x30));
  if (hex(expect(schemeOid, 0x06).value) !== OID.pbes2) throw unsupported('not PBES2 (PKCS#5 v1 schemes)');
  const [kdf, cipher] = children(expect(schemeParams, 0x30));
  const [kdfOid, kdfParams] = children(expect(kdf, 0x30));
  if (hex(expect(kdfOid, 0x06).value) !== OID.pbkdf2) throw unsupported('its key derivation is not PBKDF2');
  const [salt, iterations, ...rest] = children(expect(kdfParams, 0x30));
  let hash = 'SHA-1';
  for (const item of rest) {
    if (item.tag !== 0x30) continue; // the optional keyLength INTEGER; the AES OID says the length
    const prf = PRF[hex(expect(children(item)[0], 0x06).value)];
    if (!prf) throw unsupported('its PBKDF2 hash is not SHA-1, SHA-256, SHA-384 or SHA-512');
    hash = prf;
  }
  const [cipherOid, iv] = children(expect(cipher, 0x30));
  const cipherHex = hex(expect(cipherOid, 0x06).value);
  if (cipherHex === OID.desEde3Cbc) throw unsupported('it is encrypted with 3DES, which Web Crypto does not have (re-encrypt it with -aes256 or use -nocrypt)');
  const keyBytes = AES_CBC_KEY_BYTES[cipherHex];
  if (!keyBytes) throw unsupported('its cipher is not AES-CBC');
  return {
    salt: expect(salt, 0x04).value,
    iterations: integer(expect(iterations, 0x02).value),
    hash,
    keyBytes,
    iv: expect(iv, 0x04).value,
    data: expect(encrypted, 0x04).value,
  };
}

function unsupported(reason: string) {
  return new FlowKeyFormatError(`This encrypted private key cannot be used: ${reason}`);
}

function expect(tlv: Tlv | undefined, tag: number): Tlv {
  if (!tlv || tlv.tag !== tag) throw new Error(`expected DER tag 0x${tag.toString(16)}`);
  return tlv;
}

function read(bytes: Uint8Array<ArrayBuffer>, tag: number): Tlv {
  const [tlv] = parse(bytes);
  return expect(tlv, tag);
}

function children(tlv: Tlv): Tlv[] {
  return parse(tlv.value);
}

/** The TLVs of one DER level (definite lengths only, as DER requires). */
function parse(bytes: Uint8Array<ArrayBuffer>): Tlv[] {
  const out: Tlv[] = [];
  let offset = 0;
  while (offset < bytes.length) {
    const tag = bytes[offset++] as number;
    let length = bytes[offset++];
    if (length === undefined) throw new Error('truncated DER');
    if (length & 0x80) {
      const count = length & 0x7f;
      if (count === 0 || count > 4) throw new Error('unsupported DER length');
      length = 0;
      for (let i = 0; i < count; i++) length = length * 256 + (bytes[offset++] ?? NaN);
    }
    if (!Number.isFinite(length) || offset + length > bytes.length) throw new Error('truncated DER');
    out.push({ tag, value: bytes.slice(offset, offset + length) });
    offset += length;
  }
  return out;
}

function integer(bytes: Uint8Array): number {
  let value = 0;
  for (const byte of bytes) value = value * 256 + byte;
  return value;
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
