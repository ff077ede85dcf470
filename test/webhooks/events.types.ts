// Compile-time checks of the event types (run by test/spec/typecheck.test.ts).
import { createWebhookHandler, parseWebhook, type WebhookEvent, type WebhookEventOf } from '../../src/webhooks/index.js';

declare const event: WebhookEvent;

if (event.type === 'message') {
  // Narrowing on the message type reaches the type's own object.
  if (event.message.type === 'text') {
    const body: string = event.message.text.body;
    void body;
  }
  if (event.message.type === 'image') {
    const mediaId: string = event.message.image.id;
    void mediaId;
    // @ts-expect-error an image message has no text
    void event.message.text;
  }
  // @ts-expect-error message events only carry types the spec lists
  if (event.message.type === 'poll') void 0;
  const phoneNumberId: string = event.phoneNumberId;
  void phoneNumberId;
}

if (event.type === 'message_template_status_update') {
  const name: string | undefined = event.value.message_template_name;
  void name;
}

if (event.type === 'call') {
  const direction: string | undefined = event.call.direction;
  void direction;
}

// Events about one user carry that user's id, whichever id Graph gave.
if (event.type === 'message' || event.type === 'status' || event.type === 'call_status') {
  const user: string | undefined = event.contactId;
  void user;
}

if (event.type === 'group_update') {
  const groupId: string | undefined = event.group.group_id;
  const kind: string = event.group.type;
  void [groupId, kind, event.phoneNumberId];
}

// Items of a list value keep their schema type.
if (event.type === 'history') {
  const phase: number | undefined = event.chunk.metadata?.phase;
  void phase;
}

if (event.type === 'automatic_event') {
  const amount: number | string | undefined = event.event.custom_data?.value;
  void amount;
}

if (event.type === 'partner_solutions') {
  const solution: string = event.value.solution_id;
  void solution;
  // @ts-expect-error notices carry no phone-number routing
  void event.phoneNumberId;
}

if (event.type === 'unknown') {
  const raw: unknown = event.value;
  void raw;
  // @ts-expect-error unknown events have no phone-number routing guaranteed
  const id: string = event.phoneNumberId;
  void id;
}

if (event.type === 'invalid') {
  const pointer: string = event.pointer;
  const firstIssue: string | undefined = event.issues[0]?.message;
  const phone: string | undefined = event.phoneNumberId;
  const raw: unknown = event.value;
  void [pointer, firstIssue, phone, raw];
}

if (event.type === 'unreadable_message') {
  // The content is missing, and the types say so; the errors are there.
  const code: number = event.message.errors[0]!.code;
  const kind: string = event.message.type;
  void [code, kind, event.contactId];
  // @ts-expect-error an unreadable message has no content object
  void event.message.interactive;
}

if (event.type === 'group_update') {
  // Graph sends member ids as strings or, in Meta's own examples, as JSON numbers.
  const input: string | number | undefined = event.group.removed_participants?.[0]?.input;
  // @ts-expect-error a member id may be a number
  const asText: string | undefined = event.group.added_participants?.[0]?.wa_id;
  void [input, asText];
}

if (event.type === 'call' && event.call.event === 'connect') {
  // A connect is answered from its session, which it always has; its direction may be missing.
  const sdp: string = event.call.session.sdp;
  // @ts-expect-error the direction of a connect is optional
  const direction: string = event.call.direction;
  void [sdp, direction];
}

// Handlers receive the event of their own type.
createWebhookHandler({
  appSecret: 's',
  handlers: {
    status: (e: WebhookEventOf<'status'>) => void e.status.id,
    flow_completion: (e) => void e.response?.flow_token,
    invalid: (e) => void e.pointer,
    unreadable_message: (e) => void e.message.errors,
    // @ts-expect-error a status handler does not get messages
    message: (e: WebhookEventOf<'status'>) => void e,
  },
});

// A redelivery store may answer synchronously or with a promise; false turns the check off.
createWebhookHandler({ appSecret: 's', seen: (key: string) => key.length > 0 });
createWebhookHandler({ appSecret: 's', seen: async () => false });
createWebhookHandler({ appSecret: 's', seen: false });

// @ts-expect-error parseWebhook returns events, not the raw payload
const wrong: { entry: unknown[] } = parseWebhook('{}');
void wrong;
