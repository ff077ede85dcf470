// Compile-time checks that message echoes narrow on their `type` like received messages (run by
// test/spec/typecheck.test.ts).
import type { WebhookEvent, WebhookEventOf } from '../../src/webhooks/index.js';

declare const event: WebhookEvent;

if (event.type === 'message_echo') {
  if (event.message.type === 'text') {
    const body: string = event.message.text.body;
    void body;
    // @ts-expect-error a text echo has no image
    void event.message.image;
  }
  if (event.message.type === 'image') {
    const mediaId: string = event.message.image.id;
    void mediaId;
    // @ts-expect-error an image echo has no text
    void event.message.text;
  }
  if (event.message.type === 'interactive') {
    const reply = event.message.interactive;
    if (reply.type === 'button_reply') {
      const id: string = reply.button_reply.id;
      void id;
    }
    // @ts-expect-error a reply kind the spec does not list never reaches an echo event
    if (reply.type === 'poll_reply') void 0;
  }
  // @ts-expect-error echo events only carry types the spec lists
  if (event.message.type === 'poll') void 0;
  // The echo's recipient stays on the message.
  const to: string | undefined = event.message.to;
  void to;
}

// A switch over an echo's listed types is exhaustive, as for received messages.
declare const echo: WebhookEventOf<'message_echo'>;
switch (echo.message.type) {
  case 'text':
  case 'interactive':
  case 'image':
  case 'button':
  case 'reaction':
  case 'audio':
  case 'video':
  case 'document':
  case 'sticker':
  case 'location':
  case 'contacts':
  case 'order':
  case 'system':
  case 'unsupported':
  case 'unknown':
  case 'request_welcome':
  case 'revoke':
  case 'edit':
    break;
  default: {
    const none: never = echo.message;
    void none;
  }
}
