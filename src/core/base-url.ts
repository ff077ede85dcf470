// The Graph base URL, checked once when the client is made. Every call sends the access token
// there, so a plain-http address would put it on the wire in clear: that is refused unless the
// host is this machine (a mock server) or the caller opts in with `allowInsecureHttp`.
import { WhatsAppConfigError } from './config-error.js';
import { isLoopbackHost } from './loopback.js';

/**
 * `baseUrl` as the URL parser spells it (lowercase scheme and host, no default port), without
 * trailing slashes, so it compares equal to the URLs built from it; or a WhatsAppConfigError
 * saying what is wrong with it.
 */
export function checkedBaseUrl(baseUrl: string, allowInsecureHttp: boolean): string {
  let parsed: URL;
  try {
    parsed = new URL(baseUrl);
  } catch {
    throw new WhatsAppConfigError(`createWhatsApp: baseUrl "${baseUrl}" is not an absolute URL`);
  }
  if (parsed.search || parsed.hash) {
    throw new WhatsAppConfigError(`createWhatsApp: baseUrl "${baseUrl}" must not have a query or a fragment; every path is appended to it`);
  }
  if (parsed.protocol === 'http:' && !allowInsecureHttp && !isLoopbackHost(parsed.hostname)) {
    throw new WhatsAppConfigError(
      `createWhatsApp: baseUrl "${baseUrl}" is plain http, which would send the access token unencrypted; ` +
        'use https, a loopback host (localhost, 127.0.0.1, [::1]) for a mock server, or set allowInsecureHttp: true',
    );
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new WhatsAppConfigError(`createWhatsApp: baseUrl "${baseUrl}" must be an https URL (got ${parsed.protocol})`);
  }
  return parsed.href.replace(/\/+$/, '');
}
