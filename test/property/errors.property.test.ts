// Property tests: whatever Graph (or a proxy in front of it) answers, a failed call ends in a
// GraphApiError, and the categorizer only ever names known categories and actions.
import { inspect } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyGraphError, createWhatsApp, errorCategories, GraphApiError, retryActions, UnexpectedResponseError } from '../../src/index.js';

const TOKEN = 'EAAGpropertyTestToken0123456789';

/** Error statuses a Response can carry. */
const errorStatus = fc.integer({ min: 400, max: 599 });
/** Bodies: arbitrary text, arbitrary JSON, and Graph-shaped errors with odd field types. */
const body = fc.oneof(
  fc.string(),
  fc.json(),
  fc.record(
    {
      error: fc.record(
        {
          message: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
          code: fc.oneof(fc.integer(), fc.string(), fc.constant(null), fc.double()),
          error_subcode: fc.oneof(fc.integer(), fc.string()),
          error_data: fc.oneof(fc.object(), fc.string(), fc.constant(null)),
          fbtrace_id: fc.oneof(fc.string(), fc.integer()),
          is_transient: fc.anything(),
        },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: [] },
  ).map((value) => JSON.stringify(value)),
);
const headers = fc.record(
  {
    'retry-after': fc.oneof(fc.string(), fc.nat().map(String), fc.date({ noInvalidDate: true }).map((d) => d.toUTCString())),
    'x-business-use-case-usage': fc.oneof(fc.string(), fc.json()),
    'x-fb-trace-id': fc.string(),
    'content-type': fc.constantFrom('application/json', 'text/html', 'text/plain'),
  },
  { requiredKeys: [] },
);
/** Header values fetch accepts: no control characters, no leading or trailing whitespace. */
const headerSafe = (record: Record<string, string>) =>
  Object.fromEntries(Object.entries(record).map(([key, value]) => [key, value.replace(/[^\x20-\x7e]/g, '').trim()]));

describe('any error response makes a GraphApiError', () => {
  it('for any status, body and headers, through the transport', async () => {
    await fc.assert(
      fc.asyncProperty(errorStatus, body, headers, fc.constantFrom('GET', 'POST'), async (status, text, head, method) => {
        const wa = createWhatsApp({
          accessToken: TOKEN,
          fetch: async () => new Response(text, { status, headers: headerSafe(head) }),
        });
        const error = await wa.transport.request(method, '/x', method === 'POST' ? { body: {} } : {}).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(GraphApiError);
        const apiError = error as GraphApiError;
        expect(apiError.status).toBe(status);
        expect(errorCategories).toContain(apiError.category);
        expect(retryActions).toContain(apiError.action);
        expect(apiError.code === undefined || typeof apiError.code === 'number').toBe(true);
        expect(apiError.retryAfterMs === undefined || apiError.retryAfterMs >= 0).toBe(true);
        expect(typeof apiError.message).toBe('string');
        expect(apiError.message).not.toContain(TOKEN);
      }),
      { numRuns: 300 },
    );
  });

  it('a 2xx whose body is not JSON is a GraphApiError too', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string().filter((text) => text !== '' && !isJson(text)), fc.integer({ min: 200, max: 299 }).filter((s) => ![204, 205].includes(s)), async (text, status) => {
        const wa = createWhatsApp({ accessToken: TOKEN, fetch: async () => new Response(text, { status }) });
        await expect(wa.transport.request('GET', '/x')).rejects.toBeInstanceOf(GraphApiError);
      }),
      { numRuns: 100 },
    );
  });
});

describe('a 2xx resolves only with a JSON object', () => {
  it('any other JSON value is an UnexpectedResponseError; an object is handed over as parsed', async () => {
    const okStatus = fc.integer({ min: 200, max: 299 }).filter((s) => ![204, 205].includes(s));
    await fc.assert(
      fc.asyncProperty(fc.json(), okStatus, async (text, status) => {
        const wa = createWhatsApp({ accessToken: TOKEN, fetch: async () => new Response(text, { status }) });
        const parsed: unknown = JSON.parse(text);
        const outcome = await wa.transport.request('GET', '/x').then(
          (value) => ({ value }),
          (error: unknown) => ({ error }),
        );
        const isObject = parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed);
        const inner = isObject ? (parsed as { error?: unknown }).error : undefined;
        // Graph's error object, even under a 2xx, is Graph's error.
        const graphError = inner !== null && typeof inner === 'object' && ('code' in inner || 'message' in inner);
        if (!isObject) expect(outcome).toEqual({ error: expect.any(UnexpectedResponseError) });
        else if (graphError) {
          expect(outcome).toEqual({ error: expect.any(GraphApiError) });
          expect((outcome as { error: unknown }).error).not.toBeInstanceOf(UnexpectedResponseError);
        } else expect(outcome).toEqual({ value: parsed });
      }),
      { numRuns: 300 },
    );
  });
});

describe('the token never shows', () => {
  it('wherever Graph puts it in an error body', async () => {
    const withToken = fc
      .tuple(fc.string(), fc.string(), fc.boolean())
      .map(([before, after, asJson]) =>
        asJson ? JSON.stringify({ error: { message: `${before}${TOKEN}${after}`, code: 190, error_data: { details: TOKEN } } }) : `${before}${TOKEN}${after}`,
      );
    await fc.assert(
      fc.asyncProperty(errorStatus, withToken, async (status, text) => {
        const wa = createWhatsApp({ accessToken: TOKEN, fetch: async () => new Response(text, { status }) });
        const error = (await wa.transport.request('GET', '/x').catch((e: unknown) => e)) as GraphApiError;
        for (const rendering of [error.message, String(error), inspect(error, { depth: 10 }), JSON.stringify(error), JSON.stringify(error.body)]) {
          expect(rendering).not.toContain(TOKEN);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('the categorizer', () => {
  it('names a known category and action for any code and status', () => {
    fc.assert(
      fc.property(fc.option(fc.oneof(fc.integer(), fc.integer({ min: 0, max: 3_000_000 }))), fc.option(fc.integer({ min: 0, max: 999 })), (code, status) => {
        const info = classifyGraphError(code ?? undefined, status ?? undefined);
        expect(errorCategories).toContain(info.category);
        expect(retryActions).toContain(info.action);
      }),
      { numRuns: 2000 },
    );
  });
});

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
