// appsecret_proof: the lowercase hex HMAC-SHA256 of the access token, keyed with the app secret.
import { hmacSha256Hex } from './hmac.js';

export function appSecretProof(accessToken: string, appSecret: string): Promise<string> {
  return hmacSha256Hex(appSecret, new TextEncoder().encode(accessToken));
}
