// Exact requests of every flow management operation.
import { describe, expect, it } from 'vitest';
import { createWhatsApp } from '../../../src/index.js';
import { stubFetch } from '../../support/fetch-stub.js';

const BASE = 'https://graph.facebook.com/v27.0';
const ok = { json: { success: true } };

function client(...replies: Parameters<typeof stubFetch>) {
  const stub = stubFetch(...replies);
  const wa = createWhatsApp({ accessToken: 'EAAG-token', wabaId: '102290129340398', phoneNumberId: '106540352242922', fetch: stub.fetch });
  return { wa, calls: stub.calls };
}

describe('flows management requests', () => {
  it('list: GET /{waba-id}/flows with fields, limit and cursor', async () => {
    const page = { data: [{ id: '1', name: 'a', status: 'DRAFT' }], paging: { cursors: { before: 'B', after: 'A' } } };
    const { wa, calls } = client({ json: page });
    await expect(wa.flows.list({ fields: ['id', 'name', 'status'], limit: 10, after: 'QVFI' })).resolves.toEqual(page);
    expect(calls[0]).toMatchObject({ method: 'GET', url: `${BASE}/102290129340398/flows?fields=id%2Cname%2Cstatus&limit=10&after=QVFI` });
    expect(calls[0]?.headers.authorization).toBe('Bearer EAAG-token');
    expect(calls[0]?.rawBody).toBeUndefined();
  });

  it('list under for await: follows cursors while Graph says there is a next page', async () => {
    const { wa, calls } = client(
      { json: { data: [{ id: '1' }, { id: '2' }], paging: { cursors: { after: 'C1' }, next: `${BASE}/x?after=C1` } } },
      { json: { data: [{ id: '3' }], paging: { cursors: { after: 'C2' } } } },
    );
    const ids: string[] = [];
    for await (const flow of wa.flows.list({ limit: 2 }, { wabaId: '55' })) ids.push(flow.id);
    expect(ids).toEqual(['1', '2', '3']);
    expect(calls.map((c) => c.url)).toEqual([`${BASE}/55/flows?limit=2`, `${BASE}/55/flows?limit=2&after=C1`]);
  });

  it('create: POST /{waba-id}/flows with the JSON body as given', async () => {
    const { wa, calls } = client({ json: { id: '1307185493872271', success: true, validation_errors: [] } });
    const body = { name: 'booking', categories: ['APPOINTMENT_BOOKING' as const], flow_json: '{"version":"6.0","screens":[]}', endpoint_uri: 'https://e.example/x' };
    await expect(wa.flows.create(body)).resolves.toMatchObject({ id: '1307185493872271' });
    expect(calls[0]).toMatchObject({ method: 'POST', url: `${BASE}/102290129340398/flows`, body });
    expect(calls[0]?.headers['content-type']).toBe('application/json');
  });

  it('get and preview: GET /{flow-id} with fields', async () => {
    const preview = { preview_url: 'https://business.facebook.com/wa/manage/flows/1/preview/?token=t', expires_at: '2025-05-21T11:18:09+0000' };
    const { wa, calls } = client({ json: { id: '1', name: 'a' } }, { json: { id: '1', preview } });
    await wa.flows.get('1', { fields: ['id', 'name', 'validation_errors'] });
    await expect(wa.flows.preview('1', { invalidate: true })).resolves.toEqual(preview);
    expect(calls[0]).toMatchObject({ method: 'GET', url: `${BASE}/1?fields=id%2Cname%2Cvalidation_errors` });
    expect(calls[1]).toMatchObject({ method: 'GET', url: `${BASE}/1?fields=preview.invalidate(true)` });
  });

  it('update: POST /{flow-id}; delete: DELETE /{flow-id}', async () => {
    const { wa, calls } = client(ok);
    await wa.flows.update('1', { name: 'renamed', categories: ['SURVEY'] });
    await wa.flows.delete('1');
    expect(calls[0]).toMatchObject({ method: 'POST', url: `${BASE}/1`, body: { name: 'renamed', categories: ['SURVEY'] } });
    expect(calls[1]).toMatchObject({ method: 'DELETE', url: `${BASE}/1` });
    expect(calls[1]?.rawBody).toBeUndefined();
  });

  it('listAssets: GET /{flow-id}/assets', async () => {
    const { wa, calls } = client({ json: { data: [] } });
    await wa.flows.listAssets('1');
    expect(calls[0]).toMatchObject({ method: 'GET', url: `${BASE}/1/assets` });
  });

  it('uploadJson: POST /{flow-id}/assets as multipart with file, name and asset_type', async () => {
    const { wa, calls } = client({ json: { success: true, validation_errors: [] } });
    const flowJson = { version: '6.0', screens: [{ id: 'A', title: 'Olá ✓' }] };
    await wa.flows.uploadJson('1', flowJson);
    const call = calls[0];
    expect(call).toMatchObject({ method: 'POST', url: `${BASE}/1/assets` });
    expect(call?.headers['content-type']).toBeUndefined(); // fetch sets multipart with its boundary
    const form = call?.rawBody as FormData;
    expect(form).toBeInstanceOf(FormData);
    expect(form.get('name')).toBe('flow.json');
    expect(form.get('asset_type')).toBe('FLOW_JSON');
    const file = form.get('file') as File;
    expect(file.name).toBe('flow.json');
    expect(file.type).toBe('application/json');
    expect(JSON.parse(await file.text())).toEqual(flowJson);
    // On the wire: a multipart body with the three parts.
    const wire = new Request('http://x', { method: 'POST', body: form });
    expect(wire.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/);
    const text = await wire.text();
    expect(text).toContain('name="file"; filename="flow.json"');
    expect(text).toContain('Content-Type: application/json');
  });

  it('uploadJson: a text flow JSON goes as it is, under the file name asked for; the generated form goes as given', async () => {
    const { wa, calls } = client({ json: { success: true, validation_errors: [] } });
    await wa.flows.uploadJson('1', '{"version":"6.0","screens":[]}', { fileName: 'booking.json' });
    const given = new File(['{}'], 'mine.json', { type: 'application/json' });
    await wa.flows.uploadJson('1', { file: given, name: 'mine.json', asset_type: 'FLOW_JSON' });
    const first = calls[0]?.rawBody as FormData;
    expect(first.get('name')).toBe('booking.json');
    expect(await (first.get('file') as File).text()).toBe('{"version":"6.0","screens":[]}');
    const second = calls[1]?.rawBody as FormData;
    expect([second.get('name'), second.get('asset_type'), await (second.get('file') as File).text()]).toEqual(['mine.json', 'FLOW_JSON', '{}']);
  });

  it('uploadJson and preview refuse an empty or dot flow id before sending', async () => {
    const { wa, calls } = client(ok);
    for (const bad of ['', '.', '..', 'a/b']) {
      await expect(wa.flows.uploadJson(bad, {})).rejects.toThrow(/^flows\.uploadJson: flowId /);
      await expect(wa.flows.preview(bad)).rejects.toThrow(/^flows\.preview: flowId /);
    }
    expect(calls).toHaveLength(0);
  });

  it('publish and deprecate: POST /{flow-id}/publish and /deprecate without a body', async () => {
    const { wa, calls } = client(ok);
    await wa.flows.publish('1');
    await wa.flows.deprecate('1');
    expect(calls.map((c) => [c.method, c.url, c.rawBody])).toEqual([
      ['POST', `${BASE}/1/publish`, undefined],
      ['POST', `${BASE}/1/deprecate`, undefined],
    ]);
  });

  it('migrate: POST /{waba-id}/migrate_flows with the source account and names', async () => {
    const { wa, calls } = client({ json: { migrated_flows: [], failed_flows: [] } });
    await wa.flows.migrate({ source_waba_id: '104996122399160', source_flow_names: ['booking', 'lead'] }, { wabaId: '77' });
    await wa.flows.migrate({ source_waba_id: '104996122399160' });
    expect(calls[0]).toMatchObject({ method: 'POST', url: `${BASE}/77/migrate_flows`, body: { source_waba_id: '104996122399160', source_flow_names: ['booking', 'lead'] } });
    expect(calls[1]).toMatchObject({ url: `${BASE}/102290129340398/migrate_flows`, body: { source_waba_id: '104996122399160' } });
  });

  it('encryption key: GET and POST /{phone-number-id}/whatsapp_business_encryption', async () => {
    const { wa, calls } = client({ json: { data: [{ business_public_key: 'PEM', business_public_key_signature_status: 'VALID' }] } }, ok);
    await wa.flows.getEncryptionKey();
    await wa.flows.setEncryptionKey({ business_public_key: '-----BEGIN PUBLIC KEY-----\nAAA\n-----END PUBLIC KEY-----\n' }, { phoneNumberId: '42' });
    expect(calls[0]).toMatchObject({ method: 'GET', url: `${BASE}/106540352242922/whatsapp_business_encryption` });
    expect(calls[1]).toMatchObject({
      method: 'POST',
      url: `${BASE}/42/whatsapp_business_encryption`,
      body: { business_public_key: '-----BEGIN PUBLIC KEY-----\nAAA\n-----END PUBLIC KEY-----\n' },
    });
  });

  it('passes the signal through and rejects (never throws) without a WABA or phone number id', async () => {
    const { fetch, calls } = stubFetch(ok);
    const wa = createWhatsApp({ accessToken: 't', fetch, timeoutMs: 0 });
    const controller = new AbortController();
    await wa.flows.publish('9', { signal: controller.signal });
    expect(calls[0]?.signal).toBe(controller.signal);
    await expect(wa.flows.list()).rejects.toMatchObject({ name: 'WhatsAppConfigError' });
    await expect(wa.flows.getEncryptionKey()).rejects.toMatchObject({ name: 'WhatsAppConfigError' });
  });
});
