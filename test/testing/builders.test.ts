// Every builder's delivery is valid against the spec's webhook schemas (with the generated
// validators the webhook intake uses) and parses into the events it describes, none invalid.
import { describe, expect, it } from 'vitest';
import { validateWebhookCallsValue, validateWebhookEnvelope, validateWebhookMessagesValue } from '../../generated/webhook-validators.js';
import {
  batchDeliveries,
  buttonReply,
  callConnect,
  callDelivery,
  callTerminate,
  flowReply,
  listReply,
  locationMessage,
  mediaMessage,
  messageDelivery,
  quickReply,
  reactionMessage,
  statusDelivery,
  textMessage,
  type WebhookDelivery,
} from '../../src/testing/index.js';
import { parseWebhook, type WebhookEvent } from '../../src/webhooks/index.js';

const built: Record<string, [WebhookDelivery<string, unknown>, WebhookEvent['type']]> = {
  text: [textMessage('Hello 👋 café'), 'message'],
  image: [mediaMessage('image', { caption: 'The receipt' }), 'message'],
  audio: [mediaMessage('audio', { voice: true }), 'message'],
  video: [mediaMessage('video'), 'message'],
  document: [mediaMessage('document', { filename: 'invoice.pdf' }), 'message'],
  sticker: [mediaMessage('sticker', { animated: false }), 'message'],
  buttonReply: [buttonReply({ id: 'confirm', title: 'Confirm' }, { replyTo: 'wamid.SENT1' }), 'message'],
  listReply: [listReply({ id: 'size-m', title: 'Medium', description: 'Fits most' }), 'message'],
  flowReply: [flowReply({ plan: 'pro', flow_token: 'token-1' }), 'flow_completion'],
  quickReply: [quickReply('Stop promotions', 'STOP'), 'message'],
  location: [locationMessage({ latitude: 52.52, longitude: 13.405, name: 'Office' }), 'message'],
  reaction: [reactionMessage('wamid.SENT1', '❤️'), 'message'],
  generic: [messageDelivery({ type: 'contacts', contacts: [{ name: { formatted_name: 'Ana' }, phones: [{ phone: '+1 555 0100', type: 'CELL' }] }] }), 'message'],
  bsuidOnly: [textMessage('hi', { waId: null, userId: 'US.13491208655302741918' }), 'message'],
  sent: [statusDelivery('sent'), 'status'],
  read: [statusDelivery({ status: 'read', id: 'wamid.SENT1' }, { timestamp: new Date('2026-01-02T03:04:05Z') }), 'status'],
  failed: [statusDelivery('failed'), 'status'],
  callConnect: [callConnect(), 'call'],
  callCompleted: [callTerminate('COMPLETED', { durationSeconds: 42 }), 'call'],
  callFailed: [callTerminate('FAILED'), 'call'],
  callGeneric: [callDelivery({ event: 'terminate', status: 'COMPLETED', direction: 'BUSINESS_INITIATED' }), 'call'],
};

describe('inbound delivery builders', () => {
  it.each(Object.entries(built))('%s is a valid delivery that parses into one %s event', (_name, [delivery, type]) => {
    expect(validateWebhookEnvelope(delivery), JSON.stringify(validateWebhookEnvelope.errors)).toBe(true);
    const change = delivery.entry[0]!.changes[0]!;
    const validate = change.field === 'calls' ? validateWebhookCallsValue : validateWebhookMessagesValue;
    expect(validate(change.value), JSON.stringify(validate.errors)).toBe(true);
    const events = parseWebhook(delivery);
    expect(events.map((event) => event.type)).toEqual([type]);
  });

  it('fills routing ids from the options, and message ids are new per message', () => {
    const a = textMessage('one', { wabaId: 'W1', phoneNumberId: 'P1', waId: '4915112345678', name: 'Zoë' });
    const b = textMessage('two');
    const [event] = parseWebhook(a);
    expect(event).toMatchObject({ type: 'message', wabaId: 'W1', phoneNumberId: 'P1', waId: '4915112345678' });
    expect(a.entry[0].changes[0].value.contacts).toEqual([{ wa_id: '4915112345678', profile: { name: 'Zoë' } }]);
    expect(a.entry[0].changes[0].value.messages![0]!.id).not.toBe(b.entry[0].changes[0].value.messages![0]!.id);
  });

  it('a reply carries the context of the message it answers; a batch keeps every entry', () => {
    const reply = buttonReply({ id: 'yes', title: 'Yes' }, { replyTo: 'wamid.SENT1' });
    expect(reply.entry[0].changes[0].value.messages![0]!.context).toMatchObject({ id: 'wamid.SENT1' });
    const batch = batchDeliveries(textMessage('a'), statusDelivery('delivered'), textMessage('b', { wabaId: 'W2' }));
    expect(validateWebhookEnvelope(batch)).toBe(true);
    expect(parseWebhook(batch).map((event) => event.type)).toEqual(['message', 'status', 'message']);
  });
});
