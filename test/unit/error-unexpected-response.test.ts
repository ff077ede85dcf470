// A 2xx answer that is not the JSON object the operation documents is a typed failure, not a
// "success" that crashes the caller on `res.messages`. Answers documented as `{success: true}`,
// and bodiless 204s, still succeed.
import { describe, expect, it } from 'vitest';
import { createWhatsApp, GraphApiError, UnexpectedResponseError } from '../../src/index.js';
import { stubFetch, type StubReply } from '../support/fetch-stub.js';
import { rejectionOf } from '../support/rejection.js';

const TOKEN = 'EAAGm0PX4ZCpsBAKZCZCunexpected';

function client(retry: Parameters<typeof createWhatsApp>[0]['retry'], ...replies: StubReply[]) {
  const stub = stubFetch(...replies);
  return { wa: createWhatsApp({ accessToken: TOKEN, phoneNumberId: '1', fetch: stub.fetch, retry }), calls: stub.calls };
}

const failure = rejectionOf;

describe('a 2xx that is not the documented object', () => {
  it.each([
    ['an empty body', new Response('', { status: 200 }), undefined, 'empty response body'],
    ['null', new Response('null', { status: 200 }), null, 'response body is null'],
    ['a bare string', new Response('"ok"', { status: 200 }), 'ok', 'response body is a bare string'],
    ['a bare number', new Response('42', { status: 201 }), 42, 'response body is a bare number'],
    ['an array', new Response('[{"id":"wamid.A"}]', { status: 200 }), [{ id: 'wamid.A' }], 'response body is an array'],
    ['text that is not JSON', new Response('OK', { status: 200 }), 'OK', 'response body is not JSON: OK'],
  ])('%s is an UnexpectedResponseError that keeps the body and the request', async (_name, reply, body, problem) => {
    const { wa } = client(undefined, reply);
    const error = await failure(wa.messages.sendText('2', 'hi'));
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error).toBeInstanceOf(GraphApiError);
    expect(error).toMatchObject({
      name: 'UnexpectedResponseError',
      status: reply.status,
      category: 'server',
      action: 'retry',
      code: undefined,
      body,
      request: { method: 'POST', url: 'https://graph.facebook.com/v27.0/1/messages' },
    });
    expect((error as Error).message).toContain(problem);
    expect((error as Error).message).toContain(`Graph API error ${reply.status} [server/retry]`);
  });

  it("is Graph's own error when a 2xx carries Graph's error object", async () => {
    const { wa } = client(undefined, { status: 200, json: { error: { message: 'pair rate limit', code: 131056 } } });
    const error = await failure(wa.messages.sendText('2', 'hi'));
    expect(error).toBeInstanceOf(GraphApiError);
    expect(error).not.toBeInstanceOf(UnexpectedResponseError);
    expect(error).toMatchObject({ status: 200, code: 131056, category: 'throttling', action: 'retry_with_backoff' });
  });

  it('is not repeated for a send (it may have gone out), but is for a read', async () => {
    const sent = { json: { messaging_product: 'whatsapp', contacts: [], messages: [{ id: 'wamid.A' }] } };
    const fast = { baseDelayMs: 1, maxDelayMs: 10 };
    const send = client(fast, { text: '' }, sent);
    await expect(send.wa.messages.sendText('2', 'hi')).rejects.toBeInstanceOf(UnexpectedResponseError);
    expect(send.calls).toHaveLength(1);

    const read = client(fast, { text: 'null' }, { json: { id: '9', url: 'https://lookaside.example/9' } });
    await expect(read.wa.transport.request('GET', '/9')).resolves.toEqual({ id: '9', url: 'https://lookaside.example/9' });
    expect(read.calls).toHaveLength(2);
  });
});

describe('documented success answers', () => {
  it('`{success: true}` resolves as it is', async () => {
    const { wa, calls } = client(undefined, { json: { success: true } });
    await expect(wa.messages.markAsRead('wamid.X')).resolves.toEqual({ success: true });
    expect(calls).toHaveLength(1);
  });

  it('a bodiless 204 resolves with undefined', async () => {
    const { wa } = client(undefined, new Response(null, { status: 204 }));
    await expect(wa.transport.request('DELETE', '/9')).resolves.toBeUndefined();
  });

  it('parseAs text and response still hand over what came', async () => {
    const text = client(undefined, new Response('', { status: 200 }));
    await expect(text.wa.transport.request('GET', '/9', { parseAs: 'text' })).resolves.toBe('');
    const raw = client(undefined, new Response('null', { status: 200 }));
    const response = await raw.wa.transport.request<Response>('GET', '/9', { parseAs: 'response' });
    await expect(response.text()).resolves.toBe('null');
  });
});
