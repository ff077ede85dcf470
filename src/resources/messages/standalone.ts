// A client with the messages resource alone, for apps that only send: a bundler keeps the send
// path and drops every other resource, the raw client and the list pager.
import { createCore } from '../../core/client-core.js';
import type { WhatsAppOptions } from '../../core/options.js';
import { messagesHelpers, type MessagesResource } from './index.js';

/** `createMessagesClient(options).sendText(to, body)`: the same methods as `createWhatsApp(options).messages`. */
export function createMessagesClient(options: WhatsAppOptions): MessagesResource {
  return messagesHelpers(createCore(options));
}
