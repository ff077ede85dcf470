// deploy(name, flowJson): create-or-update by name against a small in-memory Graph; a second
// identical run must make no write at all.
import { describe, expect, it } from 'vitest';
import { createWhatsApp, FlowDeployError, FlowValidationError } from '../../../src/index.js';
import { stubFetch } from '../../support/fetch-stub.js';
import { BASE, fakeGraph, flowJson, WABA } from './fake-graph.js';

describe('flows.deploy', () => {
  it('creates and publishes on the first run, and does nothing on the second', async () => {
    const graph = fakeGraph();
    const first = await graph.wa.flows.deploy('booking', flowJson, { categories: ['APPOINTMENT_BOOKING'], endpointUri: 'https://e.example/flow', publish: true });
    expect(first).toMatchObject({ flowId: '1000', created: true, uploaded: true, published: true, status: 'PUBLISHED' });
    expect(first.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(graph.writes()).toEqual([`POST /${WABA}/flows`, 'POST /1000/publish']);
    expect(graph.calls[1]?.body).toEqual({
      name: 'booking',
      categories: ['APPOINTMENT_BOOKING'],
      flow_json: JSON.stringify(flowJson, null, 2),
      endpoint_uri: 'https://e.example/flow',
    });

    const before = graph.calls.length;
    const second = await graph.wa.flows.deploy('booking', flowJson, { categories: ['APPOINTMENT_BOOKING'], endpointUri: 'https://e.example/flow', publish: true });
    expect(second).toMatchObject({ flowId: '1000', created: false, updated: false, uploaded: false, published: false, status: 'PUBLISHED', contentHash: first.contentHash });
    const secondCalls = graph.calls.slice(before);
    expect(secondCalls.map((c) => `${c.method} ${c.url}`)).toEqual([
      `GET ${BASE}/${WABA}/flows?fields=id%2Cname%2Cstatus%2Ccategories%2Cvalidation_errors%2Cendpoint_uri`,
      `GET ${BASE}/1000/assets`,
      'GET https://cdn.example/1000.json?sig=1',
    ]);
    // The CDN download never carries the access token.
    expect(secondCalls[2]?.headers.authorization).toBeUndefined();
  });

  it('treats formatting and key order as no change', async () => {
    const graph = fakeGraph([{ id: '7', name: 'booking', status: 'DRAFT', categories: ['OTHER'], json: JSON.stringify(flowJson), validation_errors: [] }]);
    const reordered = `{ "screens": ${JSON.stringify(flowJson.screens, null, 4)},\n "version": "6.0" }`;
    await expect(graph.wa.flows.deploy('booking', reordered)).resolves.toMatchObject({ flowId: '7', uploaded: false });
    expect(graph.writes()).toEqual([]);
  });

  it('uploads a changed JSON to the existing draft, updates differing metadata, then publishes', async () => {
    const graph = fakeGraph([
      { id: '7', name: 'booking', status: 'DRAFT', categories: ['OTHER'], json: '{"version":"5.0","screens":[]}', validation_errors: [] },
      { id: '8', name: 'booking', status: 'DEPRECATED', categories: ['OTHER'], json: '{}', validation_errors: [] },
    ]);
    const result = await graph.wa.flows.deploy('booking', flowJson, { categories: ['SURVEY', 'OTHER'], publish: true });
    expect(result).toMatchObject({ flowId: '7', created: false, updated: true, uploaded: true, published: true, status: 'PUBLISHED' });
    expect(graph.writes()).toEqual(['POST /7', 'POST /7/assets', 'POST /7/publish']);
    expect(graph.calls.find((c) => c.method === 'POST' && c.url === `${BASE}/7`)?.body).toEqual({ categories: ['SURVEY', 'OTHER'] });
    expect(JSON.parse(graph.flows.get('7')!.json!)).toEqual(flowJson);
  });

  it('surfaces validation errors of an upload as FlowValidationError listing each, and does not publish', async () => {
    const graph = fakeGraph([{ id: '7', name: 'booking', status: 'DRAFT', categories: ['OTHER'], json: '{}', validation_errors: [] }]);
    const error = await graph.wa.flows.deploy('booking', { ...flowJson, note: 'BAD' }, { publish: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FlowValidationError);
    const validation = error as FlowValidationError;
    expect(validation.flowId).toBe('7');
    expect(validation.validationErrors).toHaveLength(2);
    expect(validation.message).toContain('line 4:7 INVALID_PROPERTY: The property "initial-text" cannot be specified');
    expect(validation.message).toContain('line 9:7 MISSING_SCREEN: Screen X is missing');
    expect(validation).toMatchObject({ category: 'flow', action: 'fix_and_retry' });
    expect(graph.writes()).toEqual(['POST /7/assets']);

    // Unchanged but still invalid: the same error again, without another upload.
    const again = await graph.wa.flows.deploy('booking', { ...flowJson, note: 'BAD' }, { publish: true }).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(FlowValidationError);
    expect(graph.writes()).toEqual(['POST /7/assets']);
  });

  it('surfaces validation errors of a create, with the new flow id', async () => {
    const graph = fakeGraph();
    const error = await graph.wa.flows.deploy('lead', { ...flowJson, note: 'BAD' }, { publish: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FlowValidationError);
    expect(error).toMatchObject({ flowId: '1000' });
    expect(graph.writes()).toEqual([`POST /${WABA}/flows`]);
  });

  it('refuses to change a published flow, and to guess between two flows of one name', async () => {
    const published = fakeGraph([{ id: '7', name: 'booking', status: 'PUBLISHED', categories: ['OTHER'], json: '{"version":"5.0"}', validation_errors: [] }]);
    const error = await published.wa.flows.deploy('booking', flowJson).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FlowDeployError);
    expect(error).toMatchObject({ reason: 'published_immutable', flowId: '7' });
    expect(published.writes()).toEqual([]);

    const twins = fakeGraph([
      { id: '7', name: 'booking', status: 'DRAFT', categories: ['OTHER'], validation_errors: [] },
      { id: '8', name: 'booking', status: 'PUBLISHED', categories: ['OTHER'], validation_errors: [] },
    ]);
    await expect(twins.wa.flows.deploy('booking', flowJson)).rejects.toMatchObject({ name: 'FlowDeployError', reason: 'ambiguous_name' });
    expect(twins.writes()).toEqual([]);
  });

  it('rejects a flow JSON string that is not JSON before calling Graph', async () => {
    const graph = fakeGraph();
    await expect(graph.wa.flows.deploy('booking', '{"version": ')).rejects.toMatchObject({ name: 'FlowDeployError', reason: 'invalid_flow_json' });
    expect(graph.calls).toEqual([]);
  });

  it('a Graph error during deploy is a GraphApiError', async () => {
    const { fetch } = stubFetch({ status: 400, json: { error: { message: 'Invalid parameter', code: 100, type: 'OAuthException' } } });
    const wa = createWhatsApp({ accessToken: 't', wabaId: WABA, fetch });
    await expect(wa.flows.deploy('booking', flowJson)).rejects.toMatchObject({ name: 'GraphApiError', status: 400, code: 100 });
  });
});
