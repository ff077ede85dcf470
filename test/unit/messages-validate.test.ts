// The `validate` option: validateMessage from whatsapp-cloud-sdk/validate checks a message against
// the spec before anything is sent, and names the field at fault.
import { describe, expect, it } from 'vitest';
import { createMessagesClient, createWhatsApp, MessageValidationError, WhatsAppConfigError, WhatsAppError, type OutboundMessage } from '../../src/index.js';
import { validateMessage } from '../../src/validate/index.js';
import { stubFetch } from '../support/fetch-stub.js';

const accepted = { json: { messaging_product: 'whatsapp', contacts: [{ input: '16505551234', wa_id: '16505551234' }], messages: [{ id: 'wamid.OUT' }] } };
const URL_ = 'https://graph.facebook.com/v27.0/106540352242922/messages';
const buttons = (n: number) => Array.from({ length: n }, (_, i) => ({ type: 'reply', reply: { id: `b${i}`, title: `Option ${i}` } }));

function client(validate = true) {
  const { fetch, calls } = stubFetch(accepted, accepted);
  const wa = createWhatsApp({ accessToken: 't', phoneNumberId: '106540352242922', fetch, ...(validate ? { validate: validateMessage } : {}) });
  return { wa, calls };
}

/** What `send` rejects with for this (untyped) message on a validating client; nothing is sent. */
async function refusal(message: unknown): Promise<MessageValidationError> {
  const { wa, calls } = client();
  const error = await wa.messages.send(message as OutboundMessage).then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(calls).toHaveLength(0);
  expect(error).toBeInstanceOf(MessageValidationError);
  return error as MessageValidationError;
}

describe('validate: validateMessage', () => {
  it('a text without a recipient names `to`', async () => {
    const error = await refusal({ messaging_product: 'whatsapp', type: 'text', text: { body: 'hi' } });
    expect(error.field).toBe('/to');
    expect(error.message).toBe('Message refused before sending: /to: is required (or `recipient`)');
    expect(error).toBeInstanceOf(WhatsAppConfigError);
    expect(error).toBeInstanceOf(WhatsAppError);
    expect(error.category).toBe('parameter');
  });

  it('four reply buttons name the button list', async () => {
    const error = await refusal({ messaging_product: 'whatsapp', to: '16505551234', type: 'interactive', interactive: { type: 'button', body: { text: 'Pick' }, action: { buttons: buttons(4) } } });
    expect(error.message).toBe('Message refused before sending: /interactive/action/buttons: must NOT have more than 3 items');
  });

  it('a 5,000-character body sent with sendText names the body', async () => {
    const { wa, calls } = client();
    await expect(wa.messages.sendText('16505551234', 'x'.repeat(5000))).rejects.toThrow('Message refused before sending: /text/body: must NOT have more than 4096 characters');
    expect(calls).toHaveLength(0);
  });

  it('a field of another type and an unlisted type are named too', async () => {
    expect((await refusal({ messaging_product: 'whatsapp', to: '1', type: 'text', text: { body: 'x' }, image: { id: '1' } })).field).toBe('/image');
    const unlisted = await refusal({ messaging_product: 'whatsapp', to: '1', type: 'txt', text: { body: 'x' } });
    expect(unlisted.message).toBe('Message refused before sending: /type: "txt" is not a message type the spec lists');
    expect((await refusal({ messaging_product: 'whatsapp', to: '1', text: { body: 'x' } })).field).toBe('/type');
  });

  it('a valid message is sent as given', async () => {
    const { wa, calls } = client();
    await wa.messages.sendButtons('16505551234', 'Pick', [{ id: 'a', title: 'A' }]);
    expect(calls[0]!.url).toBe(URL_);
    expect(calls[0]!.body).toStrictEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '16505551234',
      type: 'interactive',
      interactive: { type: 'button', body: { text: 'Pick' }, action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'A' } }] } },
    });
  });

  it('per call: on for one send, or off against the client setting', async () => {
    const plain = client(false);
    await expect(plain.wa.messages.sendText('16505551234', 'x'.repeat(5000), { validate: validateMessage })).rejects.toBeInstanceOf(MessageValidationError);
    expect(plain.calls).toHaveLength(0);
    await plain.wa.messages.sendText('16505551234', 'x'.repeat(5000));
    expect(plain.calls).toHaveLength(1);

    const validating = client();
    await validating.wa.messages.sendText('16505551234', 'x'.repeat(5000), { validate: false });
    expect(validating.calls[0]!.body).toMatchObject({ text: { body: 'x'.repeat(5000) } });
  });

  it('covers reply and the messages-only client', async () => {
    const { fetch, calls } = stubFetch(accepted);
    const messages = createMessagesClient({ accessToken: 't', phoneNumberId: '106540352242922', fetch, validate: validateMessage });
    const event = { type: 'message', phoneNumberId: '106540352242922', waId: '16505551234', userId: undefined, message: { id: 'wamid.IN' } } as never;
    await expect(messages.reply(event, { type: 'interactive', interactive: { type: 'button', body: { text: 'Pick' }, action: { buttons: buttons(4) } } } as never)).rejects.toThrow(
      '/interactive/action/buttons: must NOT have more than 3 items',
    );
    expect(calls).toHaveLength(0);
  });

  it('refuses `validate: true` when the client is made', () => {
    // `true` is what the option would be in most libraries; here it takes the validator itself.
    expect(() => createWhatsApp({ accessToken: 't', validate: true as never })).toThrow(new WhatsAppConfigError('createWhatsApp: validate must be a function (validateMessage)'));
    expect(() => createMessagesClient({ accessToken: 't', validate: 'yes' as never })).toThrow(WhatsAppConfigError);
  });

  it('validateMessage alone: undefined for a valid message', () => {
    expect(validateMessage({ messaging_product: 'whatsapp', recipient: 'US.13491208655302741918', type: 'text', text: { body: 'hi' } })).toBeUndefined();
    expect(validateMessage('not a message')?.message).toBe('Message refused before sending: (the message): must be object');
  });
});
