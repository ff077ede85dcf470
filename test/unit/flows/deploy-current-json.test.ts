// deploy when the flow JSON Graph holds cannot be read: a CDN outage, a missing asset, a download
// that hangs. Deploy must never treat "could not read" as "changed".
import { describe, expect, it } from 'vitest';
import { FlowDeployError, GraphAbortError, GraphApiError, GraphTimeoutError } from '../../../src/index.js';
import { BASE, fakeGraph, flowJson, type FakeFlow } from './fake-graph.js';

const published = (json: string | undefined): FakeFlow => ({ id: '7', name: 'booking', status: 'PUBLISHED', categories: ['OTHER'], validation_errors: [], ...(json === undefined ? {} : { json }) });
const draft = (json: string | undefined): FakeFlow => ({ ...published(json), status: 'DRAFT' });
const same = JSON.stringify(flowJson);
const unavailable = () => new Response('<html>Service Unavailable</html>', { status: 503, headers: { 'content-type': 'text/html' } });
/** A CDN that never answers: the request ends only when its signal aborts. */
const hang = (request: { signal: AbortSignal | null | undefined }) =>
  new Promise<Response>((_, reject) => {
    const signal = request.signal;
    if (signal?.aborted) reject(signal.reason);
    signal?.addEventListener('abort', () => reject(signal.reason));
  });
const readCalls = [`GET ${BASE}/7/assets`, 'GET https://cdn.example/7.json?sig=1'];

describe('flows.deploy: the current flow JSON cannot be read', () => {
  it('the normal rerun on a published flow reads the JSON once and changes nothing', async () => {
    const graph = fakeGraph([published(same)]);
    await expect(graph.wa.flows.deploy('booking', flowJson)).resolves.toMatchObject({ flowId: '7', status: 'PUBLISHED', uploaded: false, updated: false, published: false });
    expect(graph.writes()).toEqual([]);
    expect(graph.calls.slice(1).map((c) => `${c.method} ${c.url}`)).toEqual(readCalls);
  });

  it('a CDN outage on a published flow: a retryable FlowDeployError of its own, not "published_immutable", and no write', async () => {
    const graph = fakeGraph([published(same)], { cdn: unavailable });
    const error = await graph.wa.flows.deploy('booking', flowJson).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FlowDeployError);
    expect(error).toMatchObject({ reason: 'current_json_unavailable', flowId: '7', category: 'flow', action: 'retry', retryable: true });
    expect((error as Error).message).toContain('could not be read');
    expect((error as Error).message).toContain('503');
    const cause = (error as Error).cause;
    expect(cause).toBeInstanceOf(GraphApiError);
    expect(cause).toMatchObject({ status: 503, body: '<html>Service Unavailable</html>' });
    // The download is tried a second time, with a fresh URL from a second asset listing.
    expect(graph.calls.slice(1).map((c) => `${c.method} ${c.url}`)).toEqual([...readCalls, ...readCalls]);
    expect(graph.writes()).toEqual([]);
  });

  it('a download that fails once and then works: the normal idempotent result', async () => {
    let downloads = 0;
    const graph = fakeGraph([published(same)], { cdn: (_request, stored) => (++downloads === 1 ? unavailable() : new Response(stored ?? '')) });
    await expect(graph.wa.flows.deploy('booking', flowJson)).resolves.toMatchObject({ flowId: '7', uploaded: false, status: 'PUBLISHED' });
    expect(downloads).toBe(2);
    expect(graph.writes()).toEqual([]);
  });

  it('a published flow whose JSON really differs is still refused as published_immutable', async () => {
    const graph = fakeGraph([published('{"version":"5.0","screens":[]}')]);
    await expect(graph.wa.flows.deploy('booking', flowJson)).rejects.toMatchObject({ reason: 'published_immutable', action: 'fix_and_retry' });
  });

  it('a missing asset on a published flow: current_json_unavailable, without a download', async () => {
    const graph = fakeGraph([published(undefined)]);
    const error = await graph.wa.flows.deploy('booking', flowJson).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'FlowDeployError', reason: 'current_json_unavailable', flowId: '7' });
    expect((error as Error).message).toContain('Graph lists no FLOW_JSON asset');
    expect(graph.calls.slice(1).map((c) => `${c.method} ${c.url}`)).toEqual([`GET ${BASE}/7/assets`]);
    expect(graph.writes()).toEqual([]);
  });

  it('a file gone from the CDN (404 both times) or a body that is not JSON: current_json_unavailable', async () => {
    const gone = fakeGraph([published(same)], { cdn: () => new Response('Not Found', { status: 404 }) });
    await expect(gone.wa.flows.deploy('booking', flowJson)).rejects.toMatchObject({ reason: 'current_json_unavailable', cause: { status: 404 } });
    const garbled = fakeGraph([published(same)], { cdn: () => new Response('<html>ok</html>') });
    const error = await garbled.wa.flows.deploy('booking', flowJson).catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: 'current_json_unavailable' });
    expect((error as Error).cause).toBeInstanceOf(SyntaxError);
    expect((error as Error).message).toContain('the download is not JSON');
  });

  it('on a draft, an unreadable or missing JSON is replaced by the upload (the draft then holds exactly this JSON)', async () => {
    const outage = fakeGraph([draft(same)], { cdn: unavailable });
    await expect(outage.wa.flows.deploy('booking', flowJson)).resolves.toMatchObject({ flowId: '7', uploaded: true, status: 'DRAFT' });
    expect(outage.writes()).toEqual(['POST /7/assets']);
    expect(JSON.parse(outage.flows.get('7')!.json!)).toEqual(flowJson);

    const empty = fakeGraph([draft(undefined)]);
    await expect(empty.wa.flows.deploy('booking', flowJson, { publish: true })).resolves.toMatchObject({ uploaded: true, published: true });
    expect(empty.writes()).toEqual(['POST /7/assets', 'POST /7/publish']);
  });

  it('the download runs under the client timeout: a CDN that never answers ends in current_json_unavailable with a GraphTimeoutError cause', async () => {
    const graph = fakeGraph([published(same)], { cdn: hang, client: { timeoutMs: 20 } });
    const error = await graph.wa.flows.deploy('booking', flowJson).catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: 'current_json_unavailable', retryable: true });
    expect((error as Error).cause).toBeInstanceOf(GraphTimeoutError);
    expect((error as Error).cause).toMatchObject({ timeoutMs: 20, request: { method: 'GET', url: 'https://cdn.example/7.json?sig=1' } });
    // The CDN download never carries the access token.
    expect(graph.calls.filter((c) => c.url.startsWith('https://cdn.example')).map((c) => c.headers.authorization)).toEqual([undefined, undefined]);
  });

  it('the per-call timeout wins over the client timeout, and the caller abort ends the deploy at once', async () => {
    const timed = fakeGraph([published(same)], { cdn: hang, client: { timeoutMs: 0 } });
    await expect(timed.wa.flows.deploy('booking', flowJson, { timeoutMs: 20 })).rejects.toMatchObject({ reason: 'current_json_unavailable', cause: { name: 'GraphTimeoutError', timeoutMs: 20 } });

    const controller = new AbortController();
    const aborted = fakeGraph([published(same)], { cdn: (request) => (controller.abort(), hang(request)), client: { timeoutMs: 0 } });
    const error = await aborted.wa.flows.deploy('booking', flowJson, { signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphAbortError);
    expect(aborted.calls.filter((c) => c.url.startsWith('https://cdn.example'))).toHaveLength(1);
  });
});
