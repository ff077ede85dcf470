// The flows facade against Prism serving generated/openapi.json: Prism rejects any request that
// breaks the spec, and answers from the spec's examples.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWhatsApp, GraphApiError, type WhatsApp } from '../../src/index.js';
import { startPrism, type PrismServer } from '../support/prism.js';

const options = { accessToken: 'test-token', wabaId: '102290129340398', phoneNumberId: '106540352242922' };

describe('contract: flows on /{waba-id}/…, /{flow-id}/… and the encryption key', () => {
  let prism: PrismServer;
  let wa: WhatsApp;
  beforeAll(async () => {
    prism = await startPrism();
    wa = createWhatsApp({ ...options, baseUrl: prism.baseUrl });
  });
  afterAll(() => prism?.stop());

  it('lists, creates and migrates flows', async () => {
    const page = await wa.flows.list({ fields: ['id', 'name', 'status'], limit: 5 });
    expect(Array.isArray(page.data)).toBe(true);
    const created = await wa.flows.create({ name: 'booking', categories: ['APPOINTMENT_BOOKING'], flow_json: '{"version":"6.0","screens":[]}' });
    expect(created.id).toBeTruthy();
    const migrated = await wa.flows.migrate({ source_waba_id: '104996122399160', source_flow_names: ['booking'] });
    expect(Array.isArray(migrated.migrated_flows)).toBe(true);
  });

  it('lists assets, uploads the flow JSON as multipart, publishes and deprecates', async () => {
    await expect(wa.flows.listAssets('1307185493872271')).resolves.toHaveProperty('data');
    const uploaded = await wa.flows.uploadJson('1307185493872271', { version: '6.0', screens: [] });
    expect(typeof uploaded.success).toBe('boolean');
    await expect(wa.flows.publish('1307185493872271')).resolves.toHaveProperty('success');
    await expect(wa.flows.deprecate('1307185493872271')).resolves.toHaveProperty('success');
  });

  it('gets and sets the flow endpoint public key', async () => {
    await expect(wa.flows.getEncryptionKey()).resolves.toHaveProperty('data');
    await expect(wa.flows.setEncryptionKey({ business_public_key: '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n-----END PUBLIC KEY-----\n' })).resolves.toHaveProperty('success');
  });

  it('Prism rejects a create with an unknown category and a migrate with a non-numeric account id', async () => {
    // @ts-expect-error deliberately off the spec: not a category
    const badCategory = await wa.flows.create({ name: 'x', categories: ['GAMES'] }).catch((e: unknown) => e);
    expect(badCategory).toBeInstanceOf(GraphApiError);
    expect(badCategory).toMatchObject({ status: 400, category: 'parameter' });
    const badMigrate = await wa.flows.migrate({ source_waba_id: 'not-a-number' }).catch((e: unknown) => e);
    expect(badMigrate).toBeInstanceOf(GraphApiError);
  });

  it('Prism checks the multipart upload: a form without asset_type is rejected', async () => {
    const form = new FormData();
    form.append('file', new Blob(['{}'], { type: 'application/json' }), 'flow.json');
    form.append('name', 'flow.json');
    const error = await wa.transport.request('POST', '/1307185493872271/assets', { body: form }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphApiError);
    expect(error).toMatchObject({ status: 400 });
    expect(await prism.logged(/must have required property 'asset_type'/)).toMatch(/must have required property 'asset_type'/);
  });
});

describe('contract: bare /{flow-id}', () => {
  let prism: PrismServer;
  let wa: WhatsApp;
  beforeAll(async () => {
    prism = await startPrism({ barePath: '/{flow-id}' });
    wa = createWhatsApp({ ...options, baseUrl: prism.baseUrl });
  });
  afterAll(() => prism?.stop());

  it('gets a flow and its preview, updates its metadata and deletes it', async () => {
    const flow = await wa.flows.get('1307185493872271', { fields: ['id', 'name', 'status'] });
    expect(flow.id).toBeTruthy();
    await expect(wa.flows.preview('1307185493872271')).resolves.toHaveProperty('preview_url');
    await expect(wa.flows.update('1307185493872271', { name: 'renamed', categories: ['SURVEY'] })).resolves.toHaveProperty('success');
    await expect(wa.flows.delete('1307185493872271')).resolves.toHaveProperty('success');
  });

  it('Prism rejects an empty metadata update', async () => {
    const error = await wa.flows.update('1307185493872271', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphApiError);
    expect(await prism.logged(/must NOT have fewer than 1 properties/)).toMatch(/must NOT have fewer than 1 properties/);
  });
});
