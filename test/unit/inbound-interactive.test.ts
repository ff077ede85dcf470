// Interactive replies are a union on `type`: each listed kind must carry its own object, and a
// kind the spec does not list yet still validates and reaches the app as an `unknown` event.
import { describe, expect, it } from 'vitest';
import { parseWebhook } from '../../src/webhooks/index.js';
import { fixtures } from '../webhooks/support.js';

function withReply(interactive: unknown) {
  const delivery = structuredClone(fixtures['messages-interactive_button_reply']!) as any;
  delivery.entry[0].changes[0].value.messages[0].interactive = interactive;
  return delivery;
}

describe('interactive replies', () => {
  it('a listed kind with its object is a message event', () => {
    const [event] = parseWebhook(withReply({ type: 'list_reply', list_reply: { id: 'row-2', title: 'Tomorrow' } }));
    expect(event).toMatchObject({ type: 'message', message: { interactive: { type: 'list_reply', list_reply: { id: 'row-2' } } } });
  });

  it('a listed kind without its object is invalid, pointing at the message', () => {
    const [event] = parseWebhook(withReply({ type: 'button_reply', list_reply: { id: 'row-2' } }));
    expect(event).toMatchObject({ type: 'invalid', pointer: '/entry/0/changes/0/value/messages/0' });
  });

  it('an unlisted kind is an unknown event with the message as received', () => {
    const delivery = withReply({ type: 'poll_reply', poll_reply: { option: 'B' } });
    const [event] = parseWebhook(delivery);
    expect(event).toEqual({
      type: 'unknown',
      reason: 'unknown_message_type',
      field: 'messages',
      wabaId: '102290129340398',
      time: undefined,
      phoneNumberId: '106540352242922',
      displayPhoneNumber: '15550783881',
      value: delivery.entry[0].changes[0].value.messages[0],
    });
  });
});
