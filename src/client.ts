// createWhatsApp: the client factory. One core (transport and id defaults) per client; each
// resource is built on first use, so a client that only sends messages never builds the others.
import type { ClientCore } from './core/client-core.js';
import { createCore } from './core/client-core.js';
import type { WhatsAppOptions } from './core/options.js';
import type { Transport } from './core/transport.js';
import { resourceFactories, type ResourceName, type Resources } from './resources/registry.js';

export type WhatsApp = Resources & {
  /** Low-level access for extensions: the request function every resource uses. */
  readonly transport: Transport;
};

export function createWhatsApp(options: WhatsAppOptions): WhatsApp {
  const core: ClientCore = createCore(options);
  const client = {} as Record<string, unknown>;
  for (const name of Object.keys(resourceFactories) as ResourceName[]) {
    let resource: unknown;
    Object.defineProperty(client, name, { enumerable: true, get: () => (resource ??= resourceFactories[name](core)) });
  }
  Object.defineProperty(client, 'transport', { enumerable: false, value: core.transport });
  return client as unknown as WhatsApp;
}
