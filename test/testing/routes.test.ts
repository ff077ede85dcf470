// Routing a raw request to its operation: the most literal path wins, then the ids the test named,
// the query parameters sent and a body that validates; the query is read back by kind.
import { describe, expect, it } from 'vitest';
import { createGraphMock } from '../../src/testing/index.js';

const GRAPH = 'https://graph.facebook.com/v23.0';
const json = (body: unknown) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('routing through the operation table', () => {
  it('prefers the most literal template, and reads the version-less path', async () => {
    const mock = createGraphMock();
    await mock(`${GRAPH}/102290129340398/message_templates/archive`, json({ template_ids: ['1'] }));
    await mock(`${GRAPH}/102290129340398/message_templates`, { method: 'GET' });
    expect(mock.calls.map((call) => [call.operationId, call.params])).toEqual([
      ['archiveTemplates', { 'waba-id': '102290129340398' }],
      ['listTemplates', { 'waba-id': '102290129340398' }],
    ]);
  });

  it('tells bare-id paths apart by the query parameters sent, then by the body that validates', async () => {
    const mock = createGraphMock();
    await mock(`${GRAPH}/1037543291543636?phone_number_id=106540352242922`, { method: 'GET' });
    await mock(`${GRAPH}/upload:MTphdHRhY2htZW50?sig=ARZ`, { method: 'GET' });
    await mock(`${GRAPH}/1234`, json({ name: 'Renamed flow', categories: ['OTHER'] }));
    await mock(`${GRAPH}/5678`, json({ components: [{ type: 'BODY', text: 'Your order {{1}} has shipped', example: { body_text: [['8812']] } }] }));
    expect(mock.calls.map((call) => [call.operationId, call.problem])).toEqual([
      ['getMediaUrl', undefined],
      ['getUploadSession', undefined],
      ['updateFlowMetadata', undefined],
      ['editTemplate', undefined],
    ]);
  });

  it('refuses a missing required query parameter and one that does not read as its kind', async () => {
    const mock = createGraphMock();
    const missing = await mock(`${GRAPH}/102290129340398/message_templates`, { method: 'DELETE' });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ error: { code: 100, error_data: { details: 'The parameter name is required' } } });
    const wrong = await mock(`${GRAPH}/102290129340398/template_analytics?start=yesterday&end=1751291025&granularity=DAILY&template_ids=1,2`, { method: 'GET' });
    expect((await wrong.json()).error.error_data.details).toBe('Param start must be a number');
    const right = await mock(`${GRAPH}/102290129340398/template_analytics?start=1751200000&end=1751291025&granularity=DAILY&template_ids=1,2&use_waba_timezone=true`, { method: 'GET' });
    expect(right.status).toBe(200);
    expect(mock.calls.at(-1)!.query).toMatchObject({ start: 1751200000, end: 1751291025, template_ids: ['1', '2'], use_waba_timezone: true });
  });

  it('leaves the credentials out of what it records', async () => {
    const mock = createGraphMock();
    await mock(`${GRAPH}/102290129340398/phone_numbers?access_token=secret-token&appsecret_proof=abc&limit=2`, { method: 'GET' });
    expect(mock.calls[0]!.query).toEqual({ limit: 2 });
    expect(JSON.stringify(mock.calls)).not.toContain('secret-token');
  });
});
