// 10,000 payloads mutated by a seeded generator, through each way in: parseWebhook, then signed
// through verifyAndParseWebhook and through the web handler. Each one parses or fails with a
// typed error (a 400 from the handler) — never any other exception. The seed makes a failure
// reproducible.
import { describe, expect, it } from 'vitest';
import { createWebhookHandler, parseWebhook, verifyAndParseWebhook, type WebhookError, WebhookPayloadError } from '../../src/webhooks/index.js';
import { asBytes, mutatedPayloads } from './mutate.js';
import { SECRET, sign } from './support.js';

const SEED = 20250701;
const COUNT = 10_000;
const failure = (index: number, error: unknown) => new Error(`mutation ${index} (seed ${SEED}) threw ${String(error)}`, { cause: error });

describe('mutated payloads', () => {
  it('10,000 seeded mutations: each parses or throws WebhookPayloadError', () => {
    let parsed = 0;
    let rejected = 0;
    for (const { index, input } of mutatedPayloads(SEED, COUNT)) {
      try {
        const events = parseWebhook(input);
        for (const event of events) expect(typeof event.type).toBe('string');
        parsed++;
      } catch (error) {
        if (!(error instanceof WebhookPayloadError)) throw failure(index, error);
        rejected++;
      }
    }
    // Both outcomes occur, so the generator exercises the happy path and the error path.
    expect(parsed).toBeGreaterThan(1000);
    expect(rejected).toBeGreaterThan(1000);
  });

  it('the same 10,000, signed, through verifyAndParseWebhook: events or WebhookPayloadError, never a signature error', async () => {
    let parsed = 0;
    let rejected = 0;
    for (const { index, input } of mutatedPayloads(SEED, COUNT)) {
      const bytes = asBytes(input);
      try {
        const events = await verifyAndParseWebhook(bytes, sign(bytes), SECRET);
        for (const event of events) expect(typeof event.type).toBe('string');
        parsed++;
      } catch (error) {
        if (!(error instanceof WebhookPayloadError)) throw failure(index, error);
        rejected++;
      }
    }
    expect(parsed).toBeGreaterThan(1000);
    expect(rejected).toBeGreaterThan(1000);
  });

  it('the same 10,000, signed, through the web handler: 200 or 400, each 400 a reported WebhookPayloadError', async () => {
    const rejections: [WebhookError, number][] = [];
    const handlerFailures: unknown[] = [];
    let seen = 0;
    const handler = createWebhookHandler({
      appSecret: SECRET,
      handlers: { '*': (event) => void (typeof event.type === 'string' && seen++) },
      onRejected: (error, status) => void rejections.push([error, status]),
      onOutcome: ({ failures }) => void handlerFailures.push(...failures),
    });
    const statuses = new Map<number, number>();
    for (const { index, input } of mutatedPayloads(SEED, COUNT)) {
      const bytes = asBytes(input);
      let status: number;
      try {
        const request = new Request('https://bot.example.com/webhook', { method: 'POST', headers: { 'x-hub-signature-256': sign(bytes) }, body: bytes as Uint8Array<ArrayBuffer> });
        status = (await handler(request)).status;
      } catch (error) {
        throw failure(index, error);
      }
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
    expect([...statuses.keys()].sort()).toEqual([200, 400]);
    expect(statuses.get(200)).toBeGreaterThan(1000);
    expect(rejections).toHaveLength(statuses.get(400)!);
    expect(rejections.every(([error, status]) => error instanceof WebhookPayloadError && status === 400)).toBe(true);
    expect(handlerFailures).toEqual([]);
    expect(seen).toBeGreaterThan(1000);
  });
});
