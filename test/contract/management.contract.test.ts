// Media, uploads, templates, phone numbers, business profile and subscriptions through Prism.
// Prism validates each request against the spec and answers from its examples. Bare-id paths
// (/{media-id}, /{template-id}, /{phone-number-id}, /{upload-session-id}) are served one at a time.
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWhatsApp, GraphApiError, type WhatsApp } from '../../src/index.js';
import { startPrism, type PrismServer } from '../support/prism.js';

const PHONE = '106540352242922';
const WABA = '102290129340398';

function withPrism(barePath: string | undefined, body: (client: () => WhatsApp, server: () => PrismServer) => void) {
  let prism: PrismServer;
  let wa: WhatsApp;
  beforeAll(async () => {
    prism = await startPrism(barePath ? { barePath } : {});
    wa = createWhatsApp({ accessToken: 'test-token', phoneNumberId: PHONE, wabaId: WABA, appId: '1581203058692316', baseUrl: prism.baseUrl });
  });
  afterAll(() => prism?.stop());
  body(
    () => wa,
    () => prism,
  );
}

describe('contract: collection paths', () => {
  withPrism(undefined, (wa, prism) => {
    it('uploadMedia: Prism accepts the multipart form', async () => {
      const file = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], 'photo.jpg', { type: 'image/jpeg' });
      await expect(wa().media.upload(file)).resolves.toMatchObject({ id: expect.any(String) });
    });

    it('uploadMedia from a stream: a Node Readable and an animated WebP sticker make forms Prism accepts', async () => {
      const pdf = Readable.from([Buffer.from('%PDF-1.7 '), Buffer.from('%%EOF')]);
      await expect(wa().media.upload(pdf, { mimeType: 'application/pdf', filename: 'invoice.pdf' })).resolves.toMatchObject({ id: expect.any(String) });
      // RIFF…WEBP with a VP8X chunk whose animation flag is set: allowed up to 500 KB.
      const sticker = new Uint8Array(200 * 1024);
      sticker.set(new TextEncoder().encode('RIFF'), 0);
      sticker.set(new TextEncoder().encode('WEBPVP8X'), 8);
      sticker[20] = 0x02;
      await expect(wa().media.upload(sticker, { mimeType: 'image/webp' })).resolves.toMatchObject({ id: expect.any(String) });
    });

    it('Prism checks the multipart form itself: a form without messaging_product is refused', async () => {
      const form = new FormData();
      form.append('type', 'image/jpeg');
      form.append('file', new Blob([new Uint8Array([0xff, 0xd8])], { type: 'image/jpeg' }), 'photo.jpg');
      const response = await fetch(`${prism().baseUrl}/${PHONE}/media`, { method: 'POST', headers: { authorization: 'Bearer test-token' }, body: form });
      expect(response.status).toBe(400);
    });

    it('createUploadSession: Prism accepts the query', async () => {
      await expect(wa().uploads.createSession({ file_length: 10246, file_type: 'image/png', file_name: 'header.png' })).resolves.toMatchObject({ id: expect.stringMatching(/^upload:/) });
    });

    it('listTemplates, createTemplate, deleteTemplate by name and by id', async () => {
      const list = await wa().templates.list({ status: 'APPROVED', category: 'UTILITY', language: 'en_US', fields: ['name', 'status'], limit: 10, after: 'QVFI' });
      expect(Array.isArray(list.data)).toBe(true);
      const created = await wa().templates.create({
        name: 'order_shipped',
        language: 'en_US',
        category: 'UTILITY',
        components: [
          { type: 'HEADER', format: 'IMAGE', example: { header_handle: ['4::aW1h:AR'] } },
          { type: 'BODY', text: 'Hi {{1}}', example: { body_text: [['Ana']] } },
          { type: 'FOOTER', text: 'Thanks' },
          { type: 'BUTTONS', buttons: [{ type: 'QUICK_REPLY', text: 'Stop' }, { type: 'OTP', otp_type: 'COPY_CODE', text: 'Copy' }] },
        ],
      });
      expect(created.id).toBeTruthy();
      const card = (handle: string) => ({
        components: [
          { type: 'HEADER' as const, format: 'IMAGE' as const, example: { header_handle: [handle] } },
          { type: 'BODY' as const, text: 'Card {{1}}', example: { body_text: [['one']] } },
          { type: 'BUTTONS' as const, buttons: [{ type: 'URL' as const, text: 'Buy', url: 'https://example.com/buy' }] },
        ],
      });
      await expect(
        wa().templates.create({
          name: 'spring_sale',
          language: 'pt_BR',
          category: 'MARKETING',
          parameter_format: 'named',
          components: [
            { type: 'LIMITED_TIME_OFFER', limited_time_offer: { text: 'Ends soon!', has_expiration: true } },
            { type: 'BODY', text: 'Olá {{name}} 🌸', example: { body_text_named_params: [{ param_name: 'name', example: 'Ana' }] } },
            {
              type: 'BUTTONS',
              buttons: [
                { type: 'COPY_CODE', example: 'SPRING' },
                { type: 'PHONE_NUMBER', text: 'Call', phone_number: '+16467043595' },
                { type: 'FLOW', text: 'Book', flow_name: 'booking', flow_action: 'navigate', navigate_screen: 'WELCOME' },
                { type: 'CATALOG', text: 'Catalog' },
                { type: 'MPM', text: 'Items' },
              ],
            },
            { type: 'CAROUSEL', cards: [card('4::a:AR1'), card('4::a:AR2')] },
          ],
        }),
      ).resolves.toMatchObject({ id: expect.any(String) });
      await expect(wa().templates.delete({ name: 'order_shipped' })).resolves.toMatchObject({ success: true });
      await expect(wa().templates.delete({ hsm_id: '594425479261596', name: 'order_shipped' })).resolves.toMatchObject({ success: true });
    });

    it('Prism rejects a template whose button label is over 25 characters', async () => {
      const error = await wa()
        .templates.create({ name: 'x', language: 'en_US', category: 'MARKETING', components: [{ type: 'BUTTONS', buttons: [{ type: 'QUICK_REPLY', text: 'x'.repeat(26) }] }] })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GraphApiError);
      expect(await prism().logged(/must NOT have more than 25 characters/)).toMatch(/must NOT have more than 25 characters/);
    });

    it('listPhoneNumbers, request_code, verify_code, register, deregister', async () => {
      await expect(wa().phoneNumbers.list({ fields: ['id', 'quality_rating'], limit: 5 })).resolves.toMatchObject({ data: expect.any(Array) });
      await expect(wa().phoneNumbers.requestCode({ code_method: 'VOICE', language: 'en_US' })).resolves.toMatchObject({ success: true });
      await expect(wa().phoneNumbers.verifyCode({ code: '123456' })).resolves.toMatchObject({ success: true });
      await expect(wa().phoneNumbers.register({ pin: '520117', data_localization_region: 'DE' })).resolves.toMatchObject({ success: true });
      await expect(wa().phoneNumbers.deregister()).resolves.toMatchObject({ success: true });
    });

    it('getBusinessProfile and updateBusinessProfile', async () => {
      await expect(wa().businessProfile.get({ fields: ['about', 'websites'] })).resolves.toMatchObject({ about: expect.any(String) });
      await expect(wa().businessProfile.update({ about: 'Plants', websites: ['https://luckyshrub.example/'], vertical: 'RETAIL' })).resolves.toMatchObject({
        success: true,
      });
    });

    it('Prism rejects a profile with three websites', async () => {
      const error = await wa()
        .businessProfile.update({ websites: ['https://a.example/', 'https://b.example/', 'https://c.example/'] })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GraphApiError);
    });

    it('listSubscribedApps, subscribeApp (plain and with override), unsubscribeApp', async () => {
      await expect(wa().subscriptions.list()).resolves.toMatchObject({ data: expect.any(Array) });
      await expect(wa().subscriptions.subscribe()).resolves.toMatchObject({ success: true });
      await expect(wa().subscriptions.subscribe({ override_callback_uri: 'https://hooks.example/wa', verify_token: 'vt' })).resolves.toMatchObject({ success: true });
      await expect(wa().subscriptions.unsubscribe()).resolves.toMatchObject({ success: true });
    });
  });
});

describe('contract: /{media-id}', () => {
  withPrism('/{media-id}', (wa) => {
    it('getMediaUrl and deleteMedia', async () => {
      await expect(wa().media.get('1037543291543636', { phone_number_id: PHONE })).resolves.toMatchObject({ url: expect.stringMatching(/^https:/) });
      await expect(wa().media.delete('1037543291543636')).resolves.toMatchObject({ success: true });
    });
  });
});

describe('contract: /{template-id}', () => {
  withPrism('/{template-id}', (wa) => {
    it('getTemplate and editTemplate', async () => {
      await expect(wa().templates.get('594425479261596', { fields: ['name', 'components'] })).resolves.toMatchObject({ id: expect.any(String) });
      await expect(
        wa().templates.edit('594425479261596', { components: [{ type: 'BODY', text: 'Hi {{1}}', example: { body_text: [['Ana']] } }] }),
      ).resolves.toMatchObject({ success: true });
    });
  });
});

describe('contract: /{phone-number-id}', () => {
  withPrism('/{phone-number-id}', (wa) => {
    it('getPhoneNumber and setTwoStepPin', async () => {
      await expect(wa().phoneNumbers.get({ fields: ['throughput', 'quality_rating'] })).resolves.toMatchObject({ id: expect.any(String) });
      await expect(wa().phoneNumbers.setTwoStepPin({ pin: '520117' })).resolves.toMatchObject({ success: true });
    });

    it('Prism rejects a PIN that is not six digits', async () => {
      await expect(wa().phoneNumbers.setTwoStepPin({ pin: '12ab' })).rejects.toBeInstanceOf(GraphApiError);
    });
  });
});

describe('contract: /{upload-session-id}', () => {
  withPrism('/{upload-session-id}', (wa) => {
    it('getUploadSession and uploadFileData (resume from the reported offset)', async () => {
      const session = 'upload:MTphdHRhY2htZW50OjlkYWM3ZTE4?sig=ARZqkGCA_uQ';
      await expect(wa().uploads.status(session)).resolves.toMatchObject({ file_offset: expect.any(Number) });
      const file = new Blob([new Uint8Array(8192)], { type: 'image/png' });
      await expect(wa().uploads.send(session, file, 0)).resolves.toMatchObject({ h: expect.any(String) });
      await expect(wa().uploads.resume(session, file)).resolves.toMatchObject({ h: expect.any(String) });
      await expect(wa().uploads.resume(session, new Uint8Array(8192), { fileType: 'image/png' })).resolves.toMatchObject({ h: expect.any(String) });
    });
  });
});
