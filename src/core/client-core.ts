// What every resource of one client shares: the transport (which alone holds the token), the ids
// the client fills paths with, and the few options hand-written helpers read. Built once per
// client; resources receive it, users never see it.
import { GRAPH_VERSION } from '../../generated/version.js';
import type { MessageValidator, WhatsAppOptions } from './options.js';
import type { IdDefaults } from './path.js';
import { createTransport, type Transport } from './transport.js';

export interface ClientCore {
  readonly transport: Transport;
  readonly defaults: Readonly<IdDefaults>;
  /** The client's extra headers (some media hosts want a User-Agent). */
  readonly headers: Readonly<Record<string, string>> | undefined;
  /** The client's timeout per call (ms), as given. */
  readonly timeoutMs: number | undefined;
  /** The Graph version calls go to, and whether the client talks to Graph itself (no `baseUrl`). */
  readonly graphVersion: string;
  readonly defaultHost: boolean;
  /** The client's check of outbound messages (`validate`), when it has one. */
  readonly validate: MessageValidator | undefined;
}

export function createCore(options: WhatsAppOptions): ClientCore {
  return {
    transport: createTransport(options),
    defaults: { phoneNumberId: options.phoneNumberId, wabaId: options.wabaId, appId: options.appId, businessId: options.businessId },
    headers: options.headers,
    timeoutMs: options.timeoutMs,
    graphVersion: options.graphVersion ?? GRAPH_VERSION,
    defaultHost: options.baseUrl === undefined,
    validate: options.validate,
  };
}
