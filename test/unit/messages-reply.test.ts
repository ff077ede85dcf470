// wa.messages.reply and markAsRead(event): the address, the sending number and the quoted message
// all come from the webhook event.
import { describe, expect, it } from 'vitest';
import { validateSendMessageRequest } from '../../generated/validators.js';
import { createWhatsApp, WhatsAppConfigError } from '../../src/index.js';
import { parseWebhook, type WebhookEventOf } from '../../src/webhooks/index.js';
import { stubFetch } from '../support/fetch-stub.js';
import { fixtures } from '../webhooks/support.js';

const accepted = { json: { messaging_product: 'whatsapp', contacts: [{ input: '16505551234', wa_id: '16505551234' }], messages: [{ id: 'wamid.OUT' }] } };

/** The message events of a fixture, received on another number than the client's default. */
function messageEvents(name: string) {
  const delivery = structuredClone(fixtures[name]!) as any;
  delivery.entry[0].changes[0].value.metadata.phone_number_id = '200000000000001';
  return parseWebhook(delivery).filter((event): event is WebhookEventOf<'message'> => event.type === 'message');
}

function client() {
  const { fetch, calls } = stubFetch(accepted, accepted);
  const wa = createWhatsApp({ accessToken: 't', phoneNumberId: '106540352242922', fetch });
  const only = () => {
    expect(calls).toHaveLength(1);
    expect(calls[0]!.method).toBe('POST');
    expect(validateSendMessageRequest(calls[0]!.body)).toBe(true);
    return calls[0]!;
  };
  return { wa, calls, only };
}

describe('messages.reply', () => {
  it('answers a sender with a phone number from the receiving number, quoting their message', async () => {
    const { wa, only } = client();
    const [event] = messageEvents('messages-interactive_button_reply');
    await expect(wa.messages.reply(event!, { type: 'text', text: { body: 'Bestätigt ✅' } })).resolves.toMatchObject({ messages: [{ id: 'wamid.OUT' }] });
    const call = only();
    expect(call.url).toBe('https://graph.facebook.com/v27.0/200000000000001/messages');
    expect(call.body).toStrictEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      type: 'text',
      text: { body: 'Bestätigt ✅' },
      to: '16505551234',
      recipient: 'US.13491208655302741918',
      context: { message_id: 'wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQzQUVCRkQ2QTdFMjk5OUI0NTB011A=' },
    });
  });

  it('answers a user known only by business-scoped id through `recipient`', async () => {
    const { wa, only } = client();
    const [, event] = messageEvents('messages-username');
    await wa.messages.reply(event!, { type: 'reaction', reaction: { message_id: event!.message.id, emoji: '🎂' } }, { timeoutMs: 5000 });
    expect(only().body).toStrictEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      type: 'reaction',
      reaction: { message_id: 'wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQzQUVCRkQ2QTdFMjk5OUI0NTB020A=', emoji: '🎂' },
      recipient: 'DE.20571938466120398571',
      context: { message_id: 'wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQzQUVCRkQ2QTdFMjk5OUI0NTB020A=' },
    });
  });

  it('answers a group message in the group', async () => {
    const { wa, only } = client();
    const [event] = messageEvents('messages-text');
    const inGroup = { ...event!, message: { ...event!.message, group_id: '120363025343217412@g.us' } };
    await wa.messages.reply(inGroup, { type: 'text', text: { body: 'Noted for everyone' } });
    expect(only().body).toStrictEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'group',
      type: 'text',
      text: { body: 'Noted for everyone' },
      to: '120363025343217412@g.us',
      context: { message_id: event!.message.id },
    });
  });

  it('ignores a recipient an untyped caller put in the message', async () => {
    const { wa, only } = client();
    const [event] = messageEvents('messages-text');
    await wa.messages.reply(event!, { type: 'text', text: { body: 'hi' }, to: '19999999999', recipient: 'XX.1' } as never);
    expect(only().body).toMatchObject({ to: event!.waId, context: { message_id: event!.message.id } });
    expect(only().body).not.toHaveProperty('recipient', 'XX.1');
  });

  it('refuses an event that names no user, before sending', async () => {
    const { wa, calls } = client();
    const [event] = messageEvents('messages-text');
    const nobody = { ...event!, waId: undefined, userId: undefined };
    const failure = wa.messages.reply(nobody, { type: 'text', text: { body: 'hi' } });
    await expect(failure).rejects.toBeInstanceOf(WhatsAppConfigError);
    await expect(failure).rejects.toThrow(`reply: the event names no user to answer (no waId or userId on message ${event!.message.id})`);
    expect(calls).toHaveLength(0);
  });
});

describe('messages.markAsRead with an event', () => {
  it('marks the message read from the number that received it, with a typing indicator', async () => {
    const { fetch, calls } = stubFetch({ json: { success: true } });
    const wa = createWhatsApp({ accessToken: 't', phoneNumberId: '106540352242922', fetch });
    const [event] = messageEvents('messages-text');
    await expect(wa.messages.markAsRead(event!, { typing: true })).resolves.toEqual({ success: true });
    expect(calls[0]!.url).toBe('https://graph.facebook.com/v27.0/200000000000001/messages');
    expect(calls[0]!.body).toStrictEqual({ messaging_product: 'whatsapp', status: 'read', message_id: event!.message.id, typing_indicator: { type: 'text' } });
  });

  it('without typing, and with an explicit phoneNumberId that wins over the event', async () => {
    const { fetch, calls } = stubFetch({ json: { success: true } });
    const wa = createWhatsApp({ accessToken: 't', phoneNumberId: '106540352242922', fetch });
    const [event] = messageEvents('messages-text');
    await wa.messages.markAsRead(event!, { phoneNumberId: '300000000000002' });
    expect(calls[0]!.url).toBe('https://graph.facebook.com/v27.0/300000000000002/messages');
    expect(calls[0]!.body).toStrictEqual({ messaging_product: 'whatsapp', status: 'read', message_id: event!.message.id });
  });
});
