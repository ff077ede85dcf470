import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  classifyGraphError,
  createWhatsApp,
  GraphAbortError,
  GraphApiError,
  GraphNetworkError,
  GraphTimeoutError,
  parseBusinessUseCaseUsage,
  parseRetryAfter,
  UnexpectedResponseError,
} from '../../src/index.js';
import { stubFetch } from '../support/fetch-stub.js';
import { rejectionOf } from '../support/rejection.js';
import { unusedPort } from '../support/fault-port.js';

const TOKEN = 'EAAGsecret-token-value';

function client(...replies: Parameters<typeof stubFetch>) {
  return createWhatsApp({ accessToken: TOKEN, phoneNumberId: '1', fetch: stubFetch(...replies).fetch });
}

const failure = rejectionOf;

// The table itself is checked against Meta's documented codes in error-table.test.ts.
describe('the error table', () => {
  it('throttling codes are throttling even though Graph sends them with HTTP 400', () => {
    for (const code of [4, 80007, 130429, 131056]) {
      expect(classifyGraphError(code, 400)).toMatchObject({ category: 'throttling', action: 'retry_with_backoff' });
    }
  });

  it('falls back to the HTTP status, then to unknown', () => {
    expect(classifyGraphError(undefined, 502)).toMatchObject({ category: 'server', action: 'retry' });
    expect(classifyGraphError(undefined, 429)).toMatchObject({ category: 'throttling' });
    expect(classifyGraphError(undefined, 422)).toMatchObject({ category: 'parameter', action: 'fix_and_retry' });
    expect(classifyGraphError(987654321, 400)).toMatchObject({ category: 'parameter', action: 'fix_and_retry' });
    expect(classifyGraphError(987654321, 200)).toMatchObject({ category: 'unknown', action: 'do_not_retry' });
    expect(classifyGraphError(undefined, undefined)).toMatchObject({ category: 'unknown' });
  });
});

describe('GraphApiError', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('carries code, subcode, details, fbtrace id, status and the raw body', async () => {
    const body = {
      error: {
        message: '(#131056) (Business Account, Consumer Account) pair rate limit hit',
        type: 'OAuthException',
        code: 131056,
        error_subcode: 2494055,
        error_data: { messaging_product: 'whatsapp', details: 'Message failed to send because there were too many messages' },
        fbtrace_id: 'Az8or2yhqkZfEZ-_4Qn_Bam',
      },
    };
    const error = await failure(client({ status: 400, json: body }).messages.sendText('2', 'x'));
    expect(error).toBeInstanceOf(GraphApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 131056,
      subcode: 2494055,
      type: 'OAuthException',
      details: 'Message failed to send because there were too many messages',
      fbtraceId: 'Az8or2yhqkZfEZ-_4Qn_Bam',
      category: 'throttling',
      action: 'retry_with_backoff',
      retryable: true,
      retryAfterMs: 4000,
      body,
    });
    expect((error as GraphApiError).request).toEqual({ method: 'POST', url: 'https://graph.facebook.com/v27.0/1/messages' });
  });

  it('reads delays from Retry-After (seconds and HTTP date) and X-Business-Use-Case-Usage', async () => {
    const throttled = { error: { message: 'limit', code: 80007 } };
    const seconds = await failure(client({ status: 400, json: throttled, headers: { 'retry-after': '7' } }).messages.sendText('2', 'x'));
    expect((seconds as GraphApiError).retryAfterMs).toBe(7000);

    const usage = JSON.stringify({ '102290129340398': [{ type: 'whatsapp', call_count: 100, estimated_time_to_regain_access: 12 }] });
    const buc = await failure(client({ status: 400, json: throttled, headers: { 'x-business-use-case-usage': usage } }).messages.sendText('2', 'x'));
    expect((buc as GraphApiError).retryAfterMs).toBe(12 * 60_000);

    const now = Date.parse('2026-11-21T10:00:00Z');
    expect(parseRetryAfter('Sat, 21 Nov 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseBusinessUseCaseUsage('not json')).toBeUndefined();
    expect(parseBusinessUseCaseUsage('{"1":[{"estimated_time_to_regain_access":0}]}')).toBeUndefined();
  });

  it('reads a Retry-After HTTP date against the clock, through the facade', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2026-11-21T10:00:00Z') });
    const throttled = { error: { message: 'limit', code: 80007 } };
    const error = await failure(
      client({ status: 429, json: throttled, headers: { 'retry-after': 'Sat, 21 Nov 2026 10:00:45 GMT' } }).messages.sendText('2', 'x'),
    );
    expect(error).toMatchObject({ code: 80007, category: 'throttling', retryAfterMs: 45_000, retryAfterSource: 'header' });
    // A date already past asks for no wait at all.
    const past = await failure(
      client({ status: 429, json: throttled, headers: { 'retry-after': 'Sat, 21 Nov 2026 09:59:00 GMT' } }).messages.sendText('2', 'x'),
    );
    expect(past).toMatchObject({ retryAfterMs: 0, retryAfterSource: 'header' });
  });

  it('takes the fbtrace id from the x-fb-trace-id header when the body has none', async () => {
    const headers = { 'x-fb-trace-id': 'HdrTrace123' };
    const noTrace = await failure(client({ status: 500, json: { error: { message: 'x', code: 131000 } }, headers }).messages.sendText('2', 'x'));
    expect(noTrace).toMatchObject({ fbtraceId: 'HdrTrace123', code: 131000 });
    const html = await failure(client({ status: 502, text: '<html>Bad Gateway</html>', headers }).messages.sendText('2', 'x'));
    expect(html).toMatchObject({ fbtraceId: 'HdrTrace123', code: undefined });
    // The body's own id wins over the header.
    const both = await failure(
      client({ status: 500, json: { error: { message: 'x', code: 131000, fbtrace_id: 'BodyTrace' } }, headers }).messages.sendText('2', 'x'),
    );
    expect(both).toMatchObject({ fbtraceId: 'BodyTrace' });
  });

  it('says when its delay is only the table minimum', async () => {
    const error = await failure(client({ status: 400, json: { error: { message: 'pair', code: 131056 } } }).messages.sendText('2', 'x'));
    expect(error).toMatchObject({ retryAfterMs: 4000, retryAfterSource: 'table' });
    const none = await failure(client({ status: 400, json: { error: { message: 'x', code: 100 } } }).messages.sendText('2', 'x'));
    expect(none).toMatchObject({ retryAfterMs: undefined, retryAfterSource: undefined });
  });

  it('turns a non-JSON (HTML) error body into a GraphApiError by status', async () => {
    const error = await failure(client({ status: 502, text: '<html><body>502 Bad Gateway</body></html>' }).messages.sendText('2', 'x'));
    expect(error).toBeInstanceOf(GraphApiError);
    expect(error).toMatchObject({ status: 502, code: undefined, category: 'server', action: 'retry', body: '<html><body>502 Bad Gateway</body></html>' });
    expect((error as Error).message).toContain('non-JSON response body');
  });

  it('turns an empty error body into a GraphApiError', async () => {
    const error = await failure(client(new Response(null, { status: 503 })).messages.sendText('2', 'x'));
    expect(error).toMatchObject({ name: 'GraphApiError', status: 503, category: 'server', body: undefined });
    expect((error as Error).message).toContain('empty response body');
  });

  it('turns JSON that is not a Graph error, and a 200 that is not JSON, into GraphApiError', async () => {
    const odd = await failure(client({ status: 400, json: { error: 'nope' } }).messages.sendText('2', 'x'));
    expect(odd).toMatchObject({ name: 'GraphApiError', code: undefined, category: 'parameter' });
    const garbled = await failure(client({ status: 200, text: '{"messages": [' }).messages.sendText('2', 'x'));
    expect(garbled).toBeInstanceOf(UnexpectedResponseError);
    expect(garbled).toBeInstanceOf(GraphApiError);
    expect(garbled).toMatchObject({ status: 200, category: 'server', body: '{"messages": [' });
  });

  it('classifies a code it has never seen by status and keeps the code', async () => {
    const error = await failure(client({ status: 400, json: { error: { message: 'new', code: 999999 } } }).messages.sendText('2', 'x'));
    expect(error).toMatchObject({ code: 999999, category: 'parameter', action: 'fix_and_retry' });
  });
});

describe('failures without a Graph answer', () => {
  it('connection refused is a GraphNetworkError', async () => {
    const port = await unusedPort();
    const wa = createWhatsApp({ accessToken: TOKEN, phoneNumberId: '1', baseUrl: `http://127.0.0.1:${port}` });
    const error = await failure(wa.messages.sendText('2', 'x'));
    expect(error).toBeInstanceOf(GraphNetworkError);
    expect(error).toMatchObject({ category: 'network', action: 'retry' });
    expect((error as Error).message).toContain('ECONNREFUSED');
    expect(String(error)).not.toContain(TOKEN);
  });

  it('a slow answer is a GraphTimeoutError', async () => {
    const hang = (_: unknown, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    const wa = createWhatsApp({ accessToken: TOKEN, phoneNumberId: '1', fetch: hang, timeoutMs: 20 });
    const error = await failure(wa.messages.sendText('2', 'x'));
    expect(error).toBeInstanceOf(GraphTimeoutError);
    expect(error).toMatchObject({ category: 'timeout', timeoutMs: 20 });
  });

  it('the caller aborting is a GraphAbortError', async () => {
    const hang = (_: unknown, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    const wa = createWhatsApp({ accessToken: TOKEN, phoneNumberId: '1', fetch: hang });
    const controller = new AbortController();
    const pending = wa.messages.sendText('2', 'x', { signal: controller.signal });
    controller.abort();
    const error = await failure(pending);
    expect(error).toBeInstanceOf(GraphAbortError);
    expect(error).toMatchObject({ category: 'aborted', action: 'do_not_retry', retryable: false });
  });

  it('a fetch that throws something odd is still a typed error', async () => {
    const wa = createWhatsApp({ accessToken: TOKEN, phoneNumberId: '1', fetch: () => Promise.reject('boom') });
    expect(await failure(wa.messages.sendText('2', 'x'))).toBeInstanceOf(GraphNetworkError);
  });
});

