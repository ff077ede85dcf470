// Which absolute URLs may receive the access token. Graph answers `GET /{media-id}` with a URL on
// Meta's media host, and that URL must be fetched with the bearer token; but the URL is data from
// a response, so the token goes only where it is known to belong: Meta's own hosts over https,
// the Graph base URL's own origin (which gets the token on every call anyway), and the hosts the
// client was told to trust (a mock server, a proxy in front of the media host).
import { checkedTrustedHosts } from './check-options.js';
import { isLoopbackHost } from './loopback.js';

/**
 * Meta's domains. Media URLs point at lookaside.fbsbx.com; Meta also serves files from its CDNs
 * (fbcdn.net, whatsapp.net) and facebook.com. A host is Meta's when it is one of these or below one.
 */
export const META_DOMAINS: readonly string[] = ['fbsbx.com', 'fbcdn.net', 'whatsapp.net', 'facebook.com'];

export interface TokenHostSettings {
  /** The client's Graph base URL, already checked. */
  baseUrl: string;
  /** Host names (or `host:port`) the client trusts with the token besides Meta's. */
  trustedHosts?: readonly string[] | undefined;
  /** Whether plain http may carry the token to a trusted host that is not loopback. */
  allowInsecureHttp?: boolean | undefined;
}

/** Decides for one URL whether the token may go there. */
export type TokenHostCheck = (url: URL) => boolean;

export function tokenHostCheck(settings: TokenHostSettings): TokenHostCheck {
  const trusted = new Set(checkedTrustedHosts(settings.trustedHosts));
  const baseOrigin = new URL(settings.baseUrl).origin;
  const insecure = settings.allowInsecureHttp === true;
  return (url) => {
    const hostname = url.hostname.toLowerCase();
    const own = url.origin === baseOrigin || trusted.has(hostname) || trusted.has(url.host.toLowerCase());
    if (url.protocol === 'https:') return own || isMetaHost(hostname);
    if (url.protocol === 'http:') return own && (insecure || isLoopbackHost(hostname));
    return false;
  };
}

export function isMetaHost(hostname: string): boolean {
  return META_DOMAINS.some((domain) => hostname === domain || hostname.endsWith(`.${domain}`));
}
