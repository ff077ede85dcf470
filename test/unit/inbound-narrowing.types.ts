// Compile-time checks that received messages narrow on their `type` (run by test/spec/typecheck.test.ts).
import type { KnownInboundMessage, WebhookEvent } from '../../src/webhooks/index.js';
import type { Schemas } from '../../src/core/spec-types.js';

declare const event: WebhookEvent;

if (event.type === 'message' && event.message.type === 'interactive') {
  const reply = event.message.interactive;
  // Each reply kind reaches its own object without a guard.
  if (reply.type === 'button_reply') {
    const id: string = reply.button_reply.id;
    // @ts-expect-error a button reply has no list row
    void reply.list_reply;
    void id;
  }
  switch (reply.type) {
    case 'list_reply': {
      const row: string = reply.list_reply.id;
      void row;
      break;
    }
    case 'nfm_reply': {
      const json: string = reply.nfm_reply.response_json;
      void json;
      break;
    }
    case 'call_permission_reply': {
      const answer: string = reply.call_permission_reply.response;
      void answer;
      break;
    }
    case 'button_reply':
      break;
    default: {
      // Every kind the spec lists is handled above: an unlisted kind is an `unknown` event.
      const none: never = reply;
      void none;
    }
  }
  // @ts-expect-error a reply kind the spec does not list never reaches a message event
  if (reply.type === 'poll_reply') void 0;
}

// A completed flow carries its nfm_reply without a guard.
if (event.type === 'flow_completion') {
  const json: string = event.message.interactive.nfm_reply.response_json;
  void json;
}

// Every message type reaches its content; a switch over the listed types is exhaustive.
declare const message: KnownInboundMessage;
switch (message.type) {
  case 'text':
    void message.text.body;
    break;
  case 'reaction':
    void message.reaction.message_id;
    break;
  case 'location':
    void message.location.latitude;
    break;
  case 'button':
    void message.button.payload;
    break;
  case 'system':
    void message.system.wa_id;
    break;
  default:
    break;
}

// The spec's union itself stays open: a reply of an unlisted kind is a valid InboundInteractiveReply.
const later: Schemas['InboundInteractiveReply'] = { type: 'poll_reply' };
void later;
