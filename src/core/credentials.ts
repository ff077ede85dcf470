// The one way code outside the transport sends with the client's token: the raw client's requests
// and GETs of absolute URLs (the media host). The transport registers what that needs here, keyed
// by the transport object; the transport itself keeps no field with the token, and this module is
// not exported by any entry point, so nothing a user can print or reach holds it. Keeping these
// senders out of the transport also keeps them out of the bundle of an app that never uses them.
import type { FetchLike } from './options.js';

export interface Credentials {
  readonly fetch: FetchLike;
  /** `Bearer <token>`. */
  readonly authorization: string;
  /** The checked Graph base URL, version included. */
  readonly baseUrl: string;
  /** Whether the client has an app secret, so calls carry `appsecret_proof`. */
  readonly withProof: boolean;
  /** `appsecret_proof=…`, or '' when the client has no app secret. */
  readonly proofQuery: () => Promise<string>;
  /** Hosts the client trusts with the token besides Meta's (the option `trustedHosts`). */
  readonly trustedHosts: readonly string[] | undefined;
  readonly allowInsecureHttp: boolean;
  /** The client's extra headers (the option `headers`), which the raw client sends too. */
  readonly headers: Readonly<Record<string, string>> | undefined;
}

const registry = new WeakMap<object, Credentials>();

export function registerCredentials(owner: object, credentials: Credentials): void {
  registry.set(owner, credentials);
}

/** The credentials of a transport; only the transport's own helpers ask. */
export function credentialsOf(owner: object): Credentials {
  const credentials = findCredentials(owner);
  if (!credentials) throw new TypeError('Not a transport made by createTransport');
  return credentials;
}

/** The credentials of an object that may not be a transport (a value a user passed in). */
export function findCredentials(owner: object): Credentials | undefined {
  return registry.get(owner);
}
