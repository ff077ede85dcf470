// The client options a mistake would otherwise turn into a bare TypeError or a silent misuse
// later, checked once when the client is made: each failure is a WhatsAppConfigError naming the
// option.
import { WhatsAppConfigError } from './config-error.js';
import type { WhatsAppOptions } from './options.js';

export function checkOptions(options: WhatsAppOptions | undefined): asserts options is WhatsAppOptions {
  if (options === null || typeof options !== 'object') {
    throw new WhatsAppConfigError('createWhatsApp: pass an options object, e.g. createWhatsApp({ accessToken })');
  }
  if (typeof options.accessToken !== 'string' || options.accessToken.trim() === '') {
    throw new WhatsAppConfigError('createWhatsApp: accessToken is required (a non-empty string)');
  }
  if (options.fetch !== undefined && typeof options.fetch !== 'function') {
    throw new WhatsAppConfigError('createWhatsApp: fetch must be a function (input, init) => Promise<Response>');
  }
  if (options.timeoutMs !== undefined && !(typeof options.timeoutMs === 'number' && options.timeoutMs >= 0 && Number.isFinite(options.timeoutMs))) {
    throw new WhatsAppConfigError(`createWhatsApp: timeoutMs must be a number of milliseconds ≥ 0 (0 turns it off), got ${String(options.timeoutMs)}`);
  }
  if (options.appSecret !== undefined && (typeof options.appSecret !== 'string' || options.appSecret === '')) {
    throw new WhatsAppConfigError('createWhatsApp: appSecret must be a non-empty string when given');
  }
  if (options.headers !== undefined && (options.headers === null || typeof options.headers !== 'object')) {
    throw new WhatsAppConfigError('createWhatsApp: headers must be an object of header names and values');
  }
  if (options.graphVersion !== undefined && (typeof options.graphVersion !== 'string' || !/^v\d+\.\d+$/.test(options.graphVersion))) {
    throw new WhatsAppConfigError(`createWhatsApp: graphVersion must look like "v27.0", got ${JSON.stringify(String(options.graphVersion))}`);
  }
  if (options.warn !== undefined && typeof options.warn !== 'function') {
    throw new WhatsAppConfigError('createWhatsApp: warn must be a function (message) => void');
  }
  if (options.validate !== undefined && typeof options.validate !== 'function') {
    // Short: this module is part of every bundle. The option's docs say where the function comes from.
    throw new WhatsAppConfigError('createWhatsApp: validate must be a function (validateMessage)');
  }
  checkedTrustedHosts(options.trustedHosts);
}

/** The `trustedHosts` option, lowercased; a WhatsAppConfigError for an entry that is not a host name. */
export function checkedTrustedHosts(hosts: readonly string[] | undefined): string[] {
  if (hosts === undefined) return [];
  if (!Array.isArray(hosts)) throw new WhatsAppConfigError('createWhatsApp: trustedHosts must be an array of host names');
  return hosts.map((host: unknown) => {
    // A host name, optionally with a port: no scheme, no path, no wildcard.
    if (typeof host !== 'string' || !/^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/i.test(host)) {
      throw new WhatsAppConfigError(`createWhatsApp: trustedHosts entry ${JSON.stringify(host)} is not a host name (e.g. "media-proxy.example.com" or "127.0.0.1:8080")`);
    }
    return host.toLowerCase();
  });
}

