// Compile-time checks of the user ids on events and of answering through them (run by
// test/spec/typecheck.test.ts).
import { replyAddress } from '../../src/index.js';
import type { WebhookEvent } from '../../src/webhooks/index.js';

declare const event: WebhookEvent;

if (event.type === 'message' || event.type === 'status' || event.type === 'call' || event.type === 'message_echo' || event.type === 'user_id_update') {
  const ids: [string | undefined, string | undefined, string | undefined] = [event.contactId, event.waId, event.userId];
  void ids;
  // Any event with user ids gives an address to answer at.
  void replyAddress(event);
}

if (event.type === 'user_id_update') {
  const current: string = event.update.user_id.current;
  void current;
}

if (event.type === 'business_username_updates') {
  const username: string | undefined = event.value.username;
  void username;
}

if (event.type === 'call' && event.call.event === 'call_recording_available') {
  const mediaId: string | undefined = event.call.call_recording.audio?.id;
  void mediaId;
}

if (event.type === 'group_update') {
  // @ts-expect-error group updates are about a group, not one conversation
  void event.contactId;
}
