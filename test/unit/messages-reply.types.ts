// Compile-time checks of reply and markAsRead (run by test/spec/typecheck.test.ts).
import { createWhatsApp, type ReplyMessage } from '../../src/index.js';
import type { WebhookEvent } from '../../src/webhooks/index.js';

declare const event: WebhookEvent;
const wa = createWhatsApp({ accessToken: 't' });

if (event.type === 'message' || event.type === 'flow_completion' || event.type === 'unreadable_message') {
  // Any outbound message body, without its recipient.
  void wa.messages.reply(event, { type: 'text', text: { body: 'hi' } });
  void wa.messages.reply(event, { type: 'image', image: { link: 'https://example.com/a.png' }, biz_opaque_callback_data: 'x' });
  // @ts-expect-error the event gives the recipient
  void wa.messages.reply(event, { type: 'text', text: { body: 'hi' }, to: '16505551234' });
  // @ts-expect-error the event gives the reply context
  void wa.messages.reply(event, { type: 'text', text: { body: 'hi' }, context: { message_id: 'wamid.X' } });
  // @ts-expect-error a text needs its body
  void wa.messages.reply(event, { type: 'text' });
  void wa.messages.markAsRead(event, { typing: true });
}

if (event.type === 'status') {
  // @ts-expect-error a status is not a message to answer
  void wa.messages.reply(event, { type: 'text', text: { body: 'hi' } });
  // @ts-expect-error nor one to mark as read
  void wa.messages.markAsRead(event);
}

const interactive: ReplyMessage = { type: 'interactive', interactive: { type: 'button', body: { text: 'Pick' }, action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'A' } }] } } };
void interactive;
