// The access token never shows in anything an error exposes: message, toString(), what
// console.log prints (util.inspect), JSON.stringify, the kept body, Graph's error object, or the
// cause a failed fetch left behind.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createWhatsApp, GraphAbortError, GraphApiError, GraphNetworkError } from '../../src/index.js';
import { MIN_REDACTED_LENGTH, redactDeep, secretRedactor } from '../../src/core/redact.js';
import { DEFAULT_RETRY, isRetryable } from '../../src/core/retry-policy.js';
import { stubFetch, type StubReply } from '../support/fetch-stub.js';
import { rejectionOf } from '../support/rejection.js';
import { unusedPort } from '../support/fault-port.js';

const TOKEN = 'EAAGm0PX4ZCpsBAKZCZCsecretTokenValue';

function client(token: string, ...replies: StubReply[]) {
  return createWhatsApp({ accessToken: token, phoneNumberId: '1', fetch: stubFetch(...replies).fetch });
}

const failure = async (promise: Promise<unknown>) => (await rejectionOf(promise)) as Error;

/** Every way an error is commonly turned into text. */
function everyRendering(error: Error): Record<string, string> {
  return {
    message: error.message,
    toString: String(error),
    inspect: inspect(error, { depth: 10 }),
    json: JSON.stringify(error),
    stack: error.stack ?? '',
  };
}

function expectNoSecret(error: Error, secret = TOKEN) {
  for (const [how, text] of Object.entries(everyRendering(error))) expect(text, how).not.toContain(secret);
}

describe('a Graph error body that echoes the token', () => {
  const echo = `Malformed access token ${TOKEN}`;
  const body = {
    error: {
      message: echo,
      type: 'OAuthException',
      code: 190,
      error_data: { messaging_product: 'whatsapp', details: `token ${TOKEN} is invalid` },
      fbtrace_id: 'AbC',
      extra: [{ note: TOKEN }],
    },
  };

  it('is redacted in the message, body, graphError, inspect and JSON', async () => {
    const error = await failure(client(TOKEN, { status: 401, json: body }).messages.sendText('2', 'x'));
    expect(error).toBeInstanceOf(GraphApiError);
    const apiError = error as GraphApiError;
    expectNoSecret(apiError);
    expect(JSON.stringify(apiError.body)).not.toContain(TOKEN);
    expect(apiError.graphError?.message).toBe('Malformed access token [redacted]');
    expect(apiError.details).toBe('token [redacted] is invalid');
    expect(apiError.body).toMatchObject({ error: { extra: [{ note: '[redacted]' }], code: 190 } });
    // What is not secret stays as Graph sent it.
    expect(apiError).toMatchObject({ code: 190, category: 'auth', action: 'refresh_token', fbtraceId: 'AbC' });
  });

  it('JSON.stringify shows the message and fields, not an empty object', async () => {
    const error = await failure(client(TOKEN, { status: 401, json: body }).messages.sendText('2', 'x'));
    const json = JSON.parse(JSON.stringify(error)) as Record<string, unknown>;
    expect(json).toMatchObject({ name: 'GraphApiError', status: 401, code: 190, category: 'auth', retryable: false });
    expect(json.message).toContain('Malformed access token [redacted]');
  });

  it('is redacted in a non-JSON body too, also when URL-encoded', async () => {
    const appToken = '1234567890|AppSecretPart';
    const html = `<a href="/x?access_token=${encodeURIComponent(appToken)}">${appToken}</a>`;
    const error = await failure(client(appToken, { status: 502, text: html }).messages.sendText('2', 'x'));
    expectNoSecret(error, appToken);
    expectNoSecret(error, encodeURIComponent(appToken));
    expect((error as GraphApiError).body).toBe('<a href="/x?access_token=[redacted]">[redacted]</a>');
  });
});

describe('a failed fetch whose cause quotes the token', () => {
  it('redacts the cause chain and keeps its codes', async () => {
    const reason = Object.assign(new TypeError('fetch failed'), {
      cause: Object.assign(new Error(`connect ECONNREFUSED (auth ${TOKEN})`), { code: 'ECONNREFUSED' }),
    });
    const wa = createWhatsApp({ accessToken: TOKEN, phoneNumberId: '1', fetch: () => Promise.reject(reason) });
    const error = await failure(wa.messages.sendText('2', 'x'));
    expect(error).toBeInstanceOf(GraphNetworkError);
    expectNoSecret(error);
    const cause = error.cause as Error & { cause: Error & { code: string } };
    expect(cause).toBeInstanceOf(TypeError);
    expect(cause.cause.message).toBe('connect ECONNREFUSED (auth [redacted])');
    expect(cause.cause.code).toBe('ECONNREFUSED');
    // The retry decision still sees that nothing was sent.
    expect(isRetryable(error, 'POST', DEFAULT_RETRY)).toBe(true);
  });

  it('redacts what Node fetch says about a token with a line break in it', async () => {
    const broken = `${TOKEN}\nsecond-line`;
    const wa = createWhatsApp({ accessToken: broken, phoneNumberId: '1', baseUrl: `http://127.0.0.1:${await unusedPort()}` });
    const error = await failure(wa.messages.sendText('2', 'x'));
    expect(error).toBeInstanceOf(GraphNetworkError);
    expect(String((error.cause as Error).message)).toContain('[redacted]');
    expectNoSecret(error, broken);
    expectNoSecret(error, TOKEN);
  });

  it("keeps the caller's own abort reason as it is", async () => {
    const hang = (_: string, init: RequestInit) =>
      new Promise<Response>((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    const wa = createWhatsApp({ accessToken: TOKEN, phoneNumberId: '1', fetch: hang });
    const controller = new AbortController();
    const reason = new Error('user left');
    const pending = wa.messages.sendText('2', 'x', { signal: controller.signal });
    controller.abort(reason);
    const error = await failure(pending);
    expect(error).toBeInstanceOf(GraphAbortError);
    expect(error.cause).toBe(reason);
  });
});

describe('short tokens', () => {
  it(`are not redacted below ${MIN_REDACTED_LENGTH} characters, so messages stay whole`, async () => {
    const body = { error: { message: 'Invalid OAuth access token - Cannot parse access token', code: 190 } };
    for (const token of ['t', 'token', 'EAAtest']) {
      const error = await failure(client(token, { status: 401, json: body }).messages.sendText('2', 'x'));
      expect(error.message).toBe(
        'Graph API error 401 code 190 [auth/refresh_token]: Invalid OAuth access token - Cannot parse access token',
      );
    }
  });

  it(`are redacted from ${MIN_REDACTED_LENGTH} characters on`, () => {
    expect(secretRedactor('1234567')('x1234567x')).toBe('x1234567x');
    expect(secretRedactor('12345678')('x12345678x')).toBe('x[redacted]x');
  });
});

describe('redactDeep', () => {
  const redact = secretRedactor(TOKEN);

  it('returns what holds no secret as the same object', () => {
    const clean = { a: [1, { b: 'c' }], error: new Error('fine') };
    expect(redactDeep(clean, redact)).toBe(clean);
  });

  it('copies an error that holds one, keeping its class and fields', () => {
    class CustomError extends Error {
      readonly code = 'E_CUSTOM';
    }
    const original = new CustomError(`bad ${TOKEN}`);
    const copy = redactDeep(original, redact);
    expect(copy).not.toBe(original);
    expect(copy).toBeInstanceOf(CustomError);
    expect(copy.code).toBe('E_CUSTOM');
    expect(copy.message).toBe('bad [redacted]');
    expect(copy.stack).not.toContain(TOKEN);
    expect(original.message).toContain(TOKEN);
  });

  it('survives a cause that points to itself', () => {
    const looped: Error & { cause?: unknown } = new Error(TOKEN);
    looped.cause = looped;
    const redacted = redactDeep(looped, redact);
    expect(redacted.message).toBe('[redacted]');
    expect(inspect(redacted)).not.toContain(TOKEN);
  });
});

