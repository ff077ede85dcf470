// A user known only by business-scoped user id (BSUID) writes in; the answer goes back through
// `recipient`, from the ids on the webhook event alone.
import { describe, expect, it } from 'vitest';
import { replyAddress } from '../../src/index.js';
import { parseWebhook } from '../../src/webhooks/index.js';
import { fixtures, metaBytes } from '../webhooks/support.js';
import { messagesClient } from './messages-harness.js';

describe('answering a BSUID-only user', () => {
  it('echoes the text back through recipient, with no to', async () => {
    const [event] = parseWebhook(metaBytes(fixtures['messages-bsuid']));
    if (event?.type !== 'message' || event.message.type !== 'text') throw new Error(`unexpected ${event?.type}`);
    const { wa, sent } = messagesClient();
    await wa.messages.sendText(replyAddress(event)!, event.message.text.body, { replyTo: event.message.id });
    sent({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      recipient: 'ES.40417390218845107763',
      context: { message_id: event.message.id },
      type: 'text',
      text: { body: '¿Tienen talla 42? 👟' },
    });
  });

  it('sends both ids when the event has both (Graph uses to), and nothing when it names no one', async () => {
    const [event] = parseWebhook(metaBytes(fixtures['messages-text']));
    expect(replyAddress(event as { waId?: string; userId?: string })).toEqual({ to: '16505551234', recipient: 'US.13491208655302741918' });
    expect(replyAddress({})).toBeUndefined();
    const { wa, sent } = messagesClient();
    await wa.messages.sendText(replyAddress({ waId: '16505551234', userId: 'US.1' })!, 'Hi');
    sent({ messaging_product: 'whatsapp', recipient_type: 'individual', to: '16505551234', recipient: 'US.1', type: 'text', text: { body: 'Hi' } });
  });
});

describe('asking a BSUID-only user for their phone number', () => {
  it('sends a request_contact_info message through recipient', async () => {
    const { wa, sent } = messagesClient();
    await wa.messages.requestContactInfo({ recipient: 'ES.40417390218845107763' }, 'Share your number so our courier can call you.');
    sent({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      recipient: 'ES.40417390218845107763',
      type: 'interactive',
      interactive: { type: 'request_contact_info', body: { text: 'Share your number so our courier can call you.' }, action: { name: 'request_contact_info' } },
    });
  });

  it('reads the reply: a contacts message with origin contact_request, routed on the phone number it now carries', () => {
    const [event] = parseWebhook(metaBytes(fixtures['messages-contact_request']));
    if (event?.type !== 'message' || event.message.type !== 'contacts') throw new Error(`unexpected ${event?.type}`);
    expect([event.contactId, event.waId, event.userId]).toEqual(['34612345678', '34612345678', 'ES.40417390218845107763']);
    expect(event.message.contacts[0]).toMatchObject({ origin: 'contact_request', phones: [{ wa_id: '34612345678' }] });
  });
});
