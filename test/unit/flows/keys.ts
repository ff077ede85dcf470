// RSA key pairs made fresh for the flow tests (2048 bits, as Meta asks for).
import { generateKeyPairSync } from 'node:crypto';

export function rsaKeyPair() {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
    pkcs1Pem: privateKey.export({ type: 'pkcs1', format: 'pem' }) as string,
    encryptedPem: privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pw' }) as string,
    des3Pem: privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'des-ede3-cbc', passphrase: 'pw' }) as string,
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }) as string,
    privateKey,
    publicKey,
  };
}
