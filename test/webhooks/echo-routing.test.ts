// Echoes are sorted like received messages, so a `message_echo` always has the content its type
// names: an unlisted type or reply kind becomes `unknown`, a missing content with `errors` an
// `unreadable_message`, a broken one `invalid` (pointing into `message_echoes`).
import { describe, expect, it } from 'vitest';
import { parseWebhook } from '../../src/webhooks/index.js';
import { envelope } from './support.js';

const metadata = { display_phone_number: '15550783881', phone_number_id: '106540352242922' };
const echoes = (...message_echoes: unknown[]) => parseWebhook(envelope({ id: 'w', changes: [{ field: 'smb_message_echoes', value: { messaging_product: 'whatsapp', metadata, message_echoes } }] }));
const base = { from: '15550783881', to: '16505551234', timestamp: '1751291400' };

describe('message echoes', () => {
  it('a listed type with its content is a message_echo routed on the recipient', () => {
    const [event] = echoes({ ...base, id: 'wamid.1', type: 'interactive', interactive: { type: 'button_reply', button_reply: { id: 'yes', title: 'Yes' } } });
    if (event?.type !== 'message_echo' || event.message.type !== 'interactive') throw new Error(`unexpected ${event?.type}`);
    expect(event.message.interactive.type === 'button_reply' && event.message.interactive.button_reply.id).toBe('yes');
    expect([event.contactId, event.waId, event.userId]).toEqual(['16505551234', '16505551234', undefined]);
  });

  it('an unlisted type or reply kind is an unknown event with the raw echo', () => {
    const poll = { ...base, id: 'wamid.2', type: 'poll', poll: { question: '?' } };
    const reply = { ...base, id: 'wamid.3', type: 'interactive', interactive: { type: 'poll_reply', poll_reply: {} } };
    const events = echoes(poll, reply);
    expect(events.map((e) => e.type === 'unknown' && [e.reason, e.value])).toEqual([
      ['unknown_message_type', poll],
      ['unknown_message_type', reply],
    ]);
  });

  it('a listed type without content but with errors is an unreadable_message about the recipient', () => {
    const [event] = echoes({ ...base, id: 'wamid.4', type: 'text', errors: [{ code: 131000, title: 'Something went wrong' }] });
    if (event?.type !== 'unreadable_message') throw new Error(`unexpected ${event?.type}`);
    expect([event.field, event.contactId, event.message.errors[0]?.code, event.contact]).toEqual(['smb_message_echoes', '16505551234', 131000, undefined]);
  });

  it('a listed type without content or errors is invalid, at its place in message_echoes', () => {
    const [event] = echoes({ ...base, id: 'wamid.5', type: 'text' });
    if (event?.type !== 'invalid') throw new Error(`unexpected ${event?.type}`);
    expect(event.pointer).toBe('/entry/0/changes/0/value/message_echoes/0');
  });
});
