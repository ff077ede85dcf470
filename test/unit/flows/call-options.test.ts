// Flows take the same per-call options as every resource (signal, timeout, retry), and walk pages
// with the one pager.
import { describe, expect, it } from 'vitest';
import { createWhatsApp, GraphApiError, type RetryOptions, type WhatsApp } from '../../../src/index.js';
import { stubFetch, type StubReply } from '../../support/fetch-stub.js';

const BASE = 'https://graph.facebook.com/v27.0';
const WABA = '102290129340398';
const FAST: RetryOptions = { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 20 };
const throttled = { status: 429, json: { error: { message: 'Application request limit reached', type: 'OAuthException', code: 4 } } };

function client(retry: RetryOptions | boolean | undefined, ...replies: StubReply[]) {
  const stub = stubFetch(...replies);
  const wa = createWhatsApp({ accessToken: 't', wabaId: WABA, phoneNumberId: '106540352242922', fetch: stub.fetch, retry });
  return { wa, calls: stub.calls };
}

/** One call of each kind the flows resource makes, with the given call options. */
const operations: [string, (wa: WhatsApp, options: { retry: RetryOptions | boolean }) => Promise<unknown>][] = [
  ['list', (wa, o) => Promise.resolve(wa.flows.list({ limit: 1 }, o))],
  ['get', (wa, o) => wa.flows.get('1', undefined, o)],
  ['preview', (wa, o) => wa.flows.preview('1', o).then((preview) => preview ?? 'no preview')],
  ['create', (wa, o) => wa.flows.create({ name: 'a', categories: ['OTHER'] }, o)],
  ['update', (wa, o) => wa.flows.update('1', { name: 'b' }, o)],
  ['delete', (wa, o) => wa.flows.delete('1', o)],
  ['listAssets', (wa, o) => wa.flows.listAssets('1', o)],
  ['uploadJson', (wa, o) => wa.flows.uploadJson('1', { version: '6.0', screens: [] }, o)],
  ['publish', (wa, o) => wa.flows.publish('1', o)],
  ['deprecate', (wa, o) => wa.flows.deprecate('1', o)],
  ['migrate', (wa, o) => wa.flows.migrate({ source_waba_id: '104996122399160' }, o)],
  ['getEncryptionKey', (wa, o) => wa.flows.getEncryptionKey(o)],
  ['setEncryptionKey', (wa, o) => wa.flows.setEncryptionKey({ business_public_key: 'PEM' }, o)],
];

describe('flows: the per-call retry option', () => {
  it.each(operations)('%s: retry false makes one call even when the client retries', async (_name, run) => {
    const { wa, calls } = client(FAST, throttled, { json: { data: [], success: true } });
    const error = await run(wa, { retry: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphApiError);
    expect(error).toMatchObject({ status: 429, code: 4, category: 'throttling' });
    expect(calls).toHaveLength(1);
  });

  it.each(operations)('%s: a per-call retry repeats a throttled call when the client does not retry', async (_name, run) => {
    const { wa, calls } = client(undefined, throttled, throttled, { json: { data: [], success: true } });
    await expect(run(wa, { retry: FAST })).resolves.toBeDefined();
    expect(calls).toHaveLength(3);
    expect(calls[2]).toMatchObject({ method: calls[0]!.method, url: calls[0]!.url });
  });

  it('deploy passes retry to every Graph call it makes', async () => {
    const page = { json: { data: [], paging: { cursors: { after: 'END' } } } };
    const created = { json: { id: '1000', success: true, validation_errors: [] } };
    const retried = client(undefined, throttled, page, throttled, created);
    await expect(retried.wa.flows.deploy('booking', { version: '6.0', screens: [] }, { retry: FAST })).resolves.toMatchObject({ flowId: '1000', created: true });
    expect(retried.calls.map((c) => `${c.method} ${c.url.replace(BASE, '')}`)).toEqual([
      `GET /${WABA}/flows?fields=id%2Cname%2Cstatus%2Ccategories%2Cvalidation_errors%2Cendpoint_uri`,
      `GET /${WABA}/flows?fields=id%2Cname%2Cstatus%2Ccategories%2Cvalidation_errors%2Cendpoint_uri`,
      `POST /${WABA}/flows`,
      `POST /${WABA}/flows`,
    ]);

    const once = client(FAST, throttled, page);
    await expect(once.wa.flows.deploy('booking', { version: '6.0', screens: [] }, { retry: false })).rejects.toMatchObject({ name: 'GraphApiError', code: 4 });
    expect(once.calls).toHaveLength(1);
  });
});

describe('flows.list: cursor paging under for await', () => {
  const page = (ids: string[], after?: string) => ({
    json: { data: ids.map((id) => ({ id, name: `f${id}` })), paging: after ? { cursors: { after }, next: `${BASE}/${WABA}/flows?after=${after}` } : { cursors: { after: 'END' } } },
  });

  it('keeps the query (fields as a list, limit) on every page', async () => {
    const { wa, calls } = client(undefined, page(['1'], 'C1'), page(['2']));
    const ids: string[] = [];
    for await (const flow of wa.flows.list({ fields: ['id', 'name'], limit: 1 })) ids.push(flow.id);
    expect(ids).toEqual(['1', '2']);
    expect(calls.map((c) => c.url)).toEqual([`${BASE}/${WABA}/flows?fields=id%2Cname&limit=1`, `${BASE}/${WABA}/flows?fields=id%2Cname&limit=1&after=C1`]);
  });

  it('a cursor Graph rejects: GraphApiError from the iterator, which then stops cleanly', async () => {
    const rejected = { status: 400, json: { error: { message: 'Invalid cursor', type: 'OAuthException', code: 100 } } };
    const { wa, calls } = client(undefined, page(['1'], 'BAD'), rejected, page(['never']));
    const iterator = wa.flows.list()[Symbol.asyncIterator]();
    await expect(iterator.next()).resolves.toEqual({ done: false, value: { id: '1', name: 'f1' } });
    const error = await iterator.next().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphApiError);
    expect(error).toMatchObject({ status: 400, code: 100, category: 'parameter' });
    await expect(iterator.next()).resolves.toEqual({ done: true, value: undefined });
    expect(calls.map((c) => c.url)).toEqual([`${BASE}/${WABA}/flows`, `${BASE}/${WABA}/flows?after=BAD`]);
  });

  it('does not follow a cursor it already followed', async () => {
    const { wa, calls } = client(undefined, page(['1'], 'SAME'), page(['2'], 'SAME'), page(['3'], 'SAME'));
    const ids: string[] = [];
    for await (const flow of wa.flows.list()) ids.push(flow.id);
    expect(ids).toEqual(['1', '2']);
    expect(calls).toHaveLength(2);
  });
});
