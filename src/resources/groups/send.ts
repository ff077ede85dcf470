// A message to a group: the messages send with `recipient_type: group` and the group id as `to`.
import type { ClientCore } from '../../core/client-core.js';
import { idProblem } from '../../core/path.js';
import { messagesHelpers, type OutboundMessage, type SendMessageResponse } from '../messages/index.js';
import type { GroupMessage, GroupMessageOptions } from './types.js';

export function groupMessageSender(core: ClientCore) {
  // Built on first send, so a client that only manages groups compiles no send operation.
  let messages: ReturnType<typeof messagesHelpers> | undefined;

  /**
   * Sends a message to a group: `wa.groups.send(groupId, { type: 'text', text: { body: 'Hello all' } })`.
   * An empty or dot group id rejects with WhatsAppConfigError before anything is sent.
   */
  return function send(groupId: string, message: GroupMessage, options?: GroupMessageOptions): Promise<SendMessageResponse> {
    const problem = idProblem('groups.send', 'groupId', groupId, 'allow');
    if (problem) return Promise.reject(problem);
    messages ??= messagesHelpers(core);
    const envelope = messages.envelope(groupId, { ...options, recipientType: 'group' });
    return messages.send({ ...message, ...envelope } as OutboundMessage, options);
  };
}
