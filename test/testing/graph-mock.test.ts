// The mock Graph behind the real client: requests routed through the operation table, checked
// against the spec's request schemas, recorded, and answered with the spec's examples.
import { describe, expect, it } from 'vitest';
import { MOCK_ANSWERS } from '../../generated/mock-answers.js';
import { createWhatsApp, GraphApiError } from '../../src/index.js';
import { createGraphMock, graphError } from '../../src/testing/index.js';
import { WhatsAppConfigError } from '../../src/core/config-error.js';
import { schemaValidator, spec } from '../support/spec.js';

const PHONE = '106540352242922';
const WABA = '102290129340398';
const client = (mock: ReturnType<typeof createGraphMock>) => createWhatsApp({ accessToken: 'test-token', phoneNumberId: PHONE, wabaId: WABA, fetch: mock });

async function rejection(promise: Promise<unknown>): Promise<GraphApiError> {
  const error = await promise.then(
    () => undefined,
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(GraphApiError);
  return error as GraphApiError;
}

describe('createGraphMock', () => {
  it('answers a send with the spec example and records the operation, ids and body', async () => {
    const mock = createGraphMock();
    const wa = client(mock);
    const sent = await wa.messages.sendText('16505551234', 'Your order shipped 📦');
    expect(sent).toEqual(MOCK_ANSWERS.sendMessage.body);
    expect(mock.calls).toHaveLength(1);
    expect(mock.calls[0]).toMatchObject({
      operationId: 'sendMessage',
      method: 'POST',
      params: { 'phone-number-id': PHONE },
      body: { messaging_product: 'whatsapp', to: '16505551234', type: 'text', text: { body: 'Your order shipped 📦' } },
    });
    expect(mock.calls[0]!.problem).toBeUndefined();
    expect(JSON.stringify(mock.calls)).not.toContain('test-token');
  });

  it('refuses a send that breaks the request schema with Graph code 100 naming the field', async () => {
    const mock = createGraphMock();
    const wa = client(mock);
    const missing = await rejection(wa.messages.send({ to: '16505551234', type: 'text', text: {} } as never));
    expect(missing.status).toBe(400);
    expect(missing.code).toBe(100);
    expect(missing.details).toBe('Param text.body is required');
    const unknown = await rejection(wa.messages.send({ to: '16505551234', type: 'text', text: { body: 'x' }, colour: 'red' } as never));
    expect(unknown.details).toBe('Param colour is not a known parameter here');
    expect(mock.callsTo('sendMessage').map((call) => call.problem)).toEqual(['Param text.body is required', 'Param colour is not a known parameter here']);
  });

  it('reads query strings back into typed values and refuses what does not read', async () => {
    const mock = createGraphMock();
    const wa = client(mock);
    await wa.templates.list({ limit: 5, fields: ['name', 'status'] });
    expect(mock.calls[0]).toMatchObject({ operationId: 'listTemplates', params: { 'waba-id': WABA }, query: { limit: 5, fields: ['name', 'status'] } });
    const bad = await rejection(wa.templates.list({ limit: 'many' as never }));
    expect(bad.details).toBe('Param limit must be a number');
  });

  it('tells objects Graph addresses by bare id apart by the ids it is given', async () => {
    const mock = createGraphMock({ ids: { '594425479261596': 'template-id', '1037543291543636': 'media-id' } });
    const wa = client(mock);
    await wa.templates.get('594425479261596');
    await wa.media.get('1037543291543636');
    expect(mock.calls.map((call) => call.operationId)).toEqual(['getTemplate', 'getMediaUrl']);
  });

  it('serves the media a getMediaUrl answer points at, so download works end to end', async () => {
    const mock = createGraphMock();
    const wa = client(mock);
    const downloaded = await wa.media.download('1037543291543636', { verifySha256: true });
    expect(downloaded).toMatchObject({ media: { mime_type: 'image/jpeg' }, data: new Uint8Array(0) });
    expect(mock.calls.map((call) => call.operationId)).toEqual(['getMediaUrl']);
  });

  it('uploads: a multipart form is checked against the form schema', async () => {
    const mock = createGraphMock();
    const wa = client(mock);
    const uploaded = await wa.media.upload(new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], { type: 'image/jpeg' }), { filename: 'photo.jpg' });
    expect(uploaded).toEqual(MOCK_ANSWERS.uploadMedia.body);
    expect(mock.calls[0]).toMatchObject({ operationId: 'uploadMedia', body: { messaging_product: 'whatsapp', type: 'image/jpeg', file: 'photo.jpg' } });
  });

  it('answers with what a test sets per operation, fixed or computed, until reset', async () => {
    const mock = createGraphMock({ answers: { getBusinessProfile: { body: { data: [{ about: 'Set in options' }] } } } });
    const wa = client(mock);
    mock.answer('sendMessage', graphError(131047, 'Re-engagement message', { details: 'More than 24 hours have passed' }));
    const failed = await rejection(wa.messages.sendText('16505551234', 'late'));
    expect(failed.code).toBe(131047);
    expect(failed.details).toBe('More than 24 hours have passed');
    mock.answer('sendMessage', (call) => ({ body: { messaging_product: 'whatsapp', contacts: [], messages: [{ id: `wamid.${(call.body as { to: string }).to}` }] } }));
    expect(await wa.messages.sendText('123', 'hi')).toMatchObject({ messages: [{ id: 'wamid.123' }] });
    expect(await wa.businessProfile.get()).toMatchObject({ about: 'Set in options' });
    mock.reset();
    expect(mock.calls).toHaveLength(0);
    expect(await wa.messages.sendText('123', 'hi')).toEqual(MOCK_ANSWERS.sendMessage.body);
    expect(() => mock.answer('noSuchOperation' as never, {})).toThrow(WhatsAppConfigError);
    expect(() => createGraphMock({ answers: { messagesWebhook: {} } as never })).toThrow(/messagesWebhook is not the operationId of an operation a client calls/);
  });

  it('answers a path no operation has with Graph code 100 (subcode 33)', async () => {
    const mock = createGraphMock();
    const response = await mock('https://graph.facebook.com/v23.0/1/2/3/4/5', { method: 'GET' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 100, error_subcode: 33 } });
  });

  it('answers every operation with a body valid against its success response schema', () => {
    for (const [path, item] of Object.entries(spec.paths as Record<string, Record<string, { operationId?: string; responses?: Record<string, { content?: Record<string, { schema: unknown }> }> }>>)) {
      for (const operation of Object.values(item)) {
        if (!operation.operationId) continue;
        const answer = MOCK_ANSWERS[operation.operationId as keyof typeof MOCK_ANSWERS];
        expect(answer, `${path} ${operation.operationId}`).toBeDefined();
        const schema = operation.responses?.[String(answer.status)]?.content?.['application/json']?.schema;
        if (schema === undefined) continue;
        const validate = schemaValidator(schema);
        expect(validate(answer.body), `${operation.operationId}: ${JSON.stringify(validate.errors)}`).toBe(true);
      }
    }
  });
});
