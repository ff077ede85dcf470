// Template archival, comparison, unpausing, multi-language upsert, migration and template groups
// through Prism: each request must satisfy the spec, and each answer comes from its examples.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWhatsApp, type WhatsApp } from '../../src/index.js';
import { startPrism, type PrismServer } from '../support/prism.js';

const WABA = '102290129340398';

let prismUrl: () => string = () => '';

function withPrism(barePath: string | undefined, body: (client: () => WhatsApp) => void) {
  let prism: PrismServer;
  let wa: WhatsApp;
  beforeAll(async () => {
    prism = await startPrism(barePath ? { barePath } : {});
    prismUrl = () => prism.baseUrl;
    // With its own baseUrl the client sends the api.facebook.com operations to Prism as well.
    wa = createWhatsApp({ accessToken: 'test-token', wabaId: WABA, baseUrl: prism.baseUrl });
  });
  afterAll(() => prism?.stop());
  body(() => wa);
}

describe('contract: template collection paths', () => {
  withPrism(undefined, (wa) => {
    it('archive and unarchive', async () => {
      await expect(wa().templates.archive({ hsm_ids: ['1387372356726668'] })).resolves.toMatchObject({ archived_templates: expect.any(Array) });
      await expect(wa().templates.unarchive({ hsm_ids: ['1387372356726668'] })).resolves.toMatchObject({ unarchived_templates: expect.any(Array) });
    });

    it('upsert and migrate', async () => {
      const upserted = await wa().templates.upsert({
        name: 'login_code',
        languages: ['en_US', 'pt_BR'],
        category: 'AUTHENTICATION',
        components: [{ type: 'BODY', add_security_recommendation: true }, { type: 'BUTTONS', buttons: [{ type: 'OTP', otp_type: 'COPY_CODE', text: 'Copy code' }] }],
      });
      expect(upserted.data[0]).toMatchObject({ id: expect.any(String) });
      await expect(wa().templates.migrate({ source_waba_id: '104996122399160', page_number: 0 })).resolves.toMatchObject({ migrated_templates: expect.any(Array) });
    });

    it('create from the Template Library; Prism refuses library fields mixed with components', async () => {
      const created = await wa().templates.create({
        name: 'my_delivery_update',
        language: 'en_US',
        category: 'UTILITY',
        library_template_name: 'delivery_update_1',
        library_template_body_inputs: { add_contact_number: true },
        library_template_button_inputs: [{ type: 'URL', url: { base_url: 'https://www.luckyshrub.com/track/{{1}}', url_suffix_example: 'https://www.luckyshrub.com/track/8812' } }],
      });
      expect(created).toMatchObject({ id: expect.any(String) });
      const mixed = await fetch(`${prismUrl()}/${WABA}/message_templates`, {
        method: 'POST',
        headers: { authorization: 'Bearer test-token', 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'x', language: 'en_US', category: 'UTILITY', library_template_name: 'delivery_update_1', components: [{ type: 'BODY', text: 'Hi' }] }),
      });
      expect(mixed.status).toBe(400);
    });

    it('list and create template groups', async () => {
      const page = await wa().templates.listGroups({ limit: 10, after: 'MjQZD' });
      expect(Array.isArray(page.data)).toBe(true);
      await expect(wa().templates.createGroup({ name: 'Black Friday 2026', whatsapp_business_templates: ['278077987957091', 1945418102598215] })).resolves.toMatchObject({ id: expect.any(String) });
    });
  });
});

describe('contract: /{template-id} sub-paths', () => {
  withPrism('/{template-id}', (wa) => {
    it('compare and unpause', async () => {
      const compared = await wa().templates.compare('594425479261596', { template_ids: ['1387372356726668'], start: 1761955200, end: 1764547200 });
      expect(compared.data[0]).toMatchObject({ metric: expect.any(String) });
      await expect(wa().templates.unpause('594425479261596')).resolves.toMatchObject({ success: true });
    });
  });
});

describe('contract: /{template-group-id}', () => {
  withPrism('/{template-group-id}', (wa) => {
    it('get, update and delete a group', async () => {
      await expect(wa().templates.getGroup('9020555671393375')).resolves.toMatchObject({ id: expect.any(String) });
      await expect(wa().templates.updateGroup('9020555671393375', { name: 'Cyber Monday 2026' })).resolves.toMatchObject({ success: true });
      await expect(wa().templates.deleteGroup('9020555671393375')).resolves.toMatchObject({ success: true });
    });
  });
});
