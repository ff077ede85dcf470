// createWhatsApp: the client factory. Resources share one transport; the raw typed client is
// built on first use.
import type { WhatsAppOptions } from './core/options.js';
import { createRawClient, type RawClient } from './core/raw-client.js';
import { createTransport } from './core/transport.js';
import { messagesResource } from './resources/messages.js';
import { flowsResource } from './resources/flows.js';

export function createWhatsApp(options: WhatsAppOptions) {
  const transport = createTransport(options);
  let raw: RawClient | undefined;
  return {
    messages: messagesResource(transport, options.phoneNumberId),
    flows: flowsResource(transport, options.wabaId, options.phoneNumberId),
    /** The typed openapi-fetch client for any operation in the spec: `wa.raw.GET('/{media-id}', …)`. */
    get raw(): RawClient {
      return (raw ??= createRawClient(transport, options.headers));
    },
    /** Low-level access for extensions: the request function every resource uses. */
    transport,
  };
}

export type WhatsApp = ReturnType<typeof createWhatsApp>;
