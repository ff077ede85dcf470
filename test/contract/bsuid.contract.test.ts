// Sends to a user known only by business-scoped user id (BSUID) through Prism, which checks each
// request against the spec: `recipient` instead of `to`, and the contact-info request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWhatsApp, GraphApiError, type WhatsApp } from '../../src/index.js';
import { startPrism, type PrismServer } from '../support/prism.js';

const USER = { recipient: 'ES.40417390218845107763' };

describe('contract: sends by business-scoped user id', () => {
  let prism: PrismServer;
  let wa: WhatsApp;
  beforeAll(async () => {
    prism = await startPrism({});
    wa = createWhatsApp({ accessToken: 'test-token', phoneNumberId: '106540352242922', baseUrl: prism.baseUrl });
  });
  afterAll(() => prism?.stop());

  it('a text, a contact-info request and a marketing template through recipient', async () => {
    await expect(wa.messages.sendText(USER, '¿Tienen talla 42? Sí 👟')).resolves.toMatchObject({ messages: [{ id: expect.any(String) }] });
    await expect(wa.messages.requestContactInfo(USER, 'Share your number so our courier can call you.')).resolves.toMatchObject({ messages: [{ id: expect.any(String) }] });
    await expect(wa.marketingMessages.sendTemplate(USER, { name: 'spring_sale', language: { code: 'es' } })).resolves.toMatchObject({ messages: [{ id: expect.any(String) }] });
  });

  it('a call to a BSUID with recording and transcription asked for', async () => {
    const offer = 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=setup:actpass\r\n';
    await expect(
      wa.calls.connect(USER, offer, { recording: { status: 'ENABLED', purpose: 'Quality assurance', announcement_language: 'es_ES' }, transcription: { status: 'ENABLED' } }),
    ).resolves.toMatchObject({ messaging_product: 'whatsapp', calls: [{ id: expect.any(String) }] });
    const error = await wa.calls.connect(USER, offer, { recording: { status: 'ON' } as never }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphApiError);
  });

  it('Prism refuses a send with neither to nor recipient', async () => {
    const error = await wa.messages.send({ messaging_product: 'whatsapp', type: 'text', text: { body: 'x' } } as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphApiError);
  });
});
