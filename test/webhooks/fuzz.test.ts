// Property tests over mutated real-shaped deliveries: batches of the fixtures (several entries,
// changes and items), damaged by the seeded mutator — keys dropped, values swapped for wrong
// types, items duplicated, fields renamed, the JSON text cut or spliced. For each one:
// - parseWebhook throws only when the body is not JSON or not an object with an `entry` list,
//   and then only WebhookPayloadError;
// - it gives at least one event per item of the delivery (countItems, read independently);
// - every invalid event points at exactly the raw part it carries, with at least one issue.
// Then the same deliveries, signed, through the web handler and through the Node adapter on
// node:http, node:http2 and Express: 200 for every envelope (400 only for the rest), with every
// event reported. fast-check prints the seed of any failure.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWebhookHandler, type DispatchOutcome, parseWebhook, type WebhookEvent, WebhookPayloadError } from '../../src/webhooks/index.js';
import { countItems, isEnvelope, resolvePointer } from './items.js';
import { type Json, mutator, prng, asBytes } from './mutate.js';
import { fixtures, SECRET, sign } from './support.js';
import { serve } from './transports.js';

const names = Object.keys(fixtures);

/** A delivery of 1–4 fixtures: as separate entries, or as changes of one entry. */
const deliveries = fc
  .record({ picked: fc.array(fc.constantFrom(...names), { minLength: 1, maxLength: 4 }), oneEntry: fc.boolean(), seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }) })
  .map(({ picked, oneEntry, seed }) => {
    const entries = picked.map((name) => structuredClone(fixtures[name]!.entry[0]!));
    const entry = oneEntry ? [{ ...entries[0]!, changes: entries.flatMap((e) => e.changes) }] : entries;
    const delivery = { object: 'whatsapp_business_account', entry } as unknown as Json;
    return { seed, input: mutator(prng(seed))(delivery) };
  });

/** What the server receives, and the JSON it holds when it is JSON. */
function received(input: unknown): { bytes: Uint8Array; json: unknown; isJson: boolean } {
  const bytes = asBytes(input);
  try {
    return { bytes, json: JSON.parse(new TextDecoder().decode(bytes)), isJson: true };
  } catch {
    return { bytes, json: undefined, isJson: false };
  }
}

function checkEvents(events: WebhookEvent[], json: Record<string, unknown>) {
  expect(events.length).toBeGreaterThanOrEqual(countItems(json));
  for (const event of events) {
    expect(typeof event.type).toBe('string');
    if (event.type !== 'invalid') continue;
    expect(resolvePointer(json, event.pointer)).toEqual(event.value);
    expect(event.issues.length).toBeGreaterThan(0);
    expect(event.message).toContain(event.pointer);
  }
}

describe('mutated deliveries', () => {
  it('parseWebhook throws only for non-JSON or non-envelope bodies, and gives at least one event per item', () => {
    const seen = { refused: 0, withInvalid: 0, clean: 0 };
    fc.assert(
      fc.property(deliveries, ({ input }) => {
        const { bytes, json, isJson } = received(input);
        let events: WebhookEvent[];
        try {
          events = parseWebhook(bytes);
        } catch (error) {
          expect(error).toBeInstanceOf(WebhookPayloadError);
          expect(isJson && isEnvelope(json)).toBe(false);
          seen.refused++;
          return;
        }
        expect(isEnvelope(json)).toBe(true);
        checkEvents(events, json as Record<string, unknown>);
        if (events.some((event) => event.type === 'invalid')) seen.withInvalid++;
        else seen.clean++;
      }),
      { numRuns: 5000 },
    );
    // Every path is exercised: refused bodies, deliveries with broken parts, and clean ones.
    expect(seen.refused).toBeGreaterThan(100);
    expect(seen.withInvalid).toBeGreaterThan(1000);
    expect(seen.clean).toBeGreaterThan(500);
  });

  it('the same mutations of single fixtures, parsed from the object as well as from the bytes', () => {
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.integer({ min: 0, max: 2 ** 31 - 1 }), (name, seed) => {
        const input = mutator(prng(seed))(structuredClone(fixtures[name]) as unknown as Json);
        if (!isEnvelope(input)) return;
        checkEvents(parseWebhook(input), input as Record<string, unknown>);
      }),
      { numRuns: 3000 },
    );
  });

  it('signed, through the web handler: 200 with every event reported for each envelope, 400 only for the rest', async () => {
    let outcome: DispatchOutcome | undefined;
    const handler = createWebhookHandler({ appSecret: SECRET, seen: false, onOutcome: (o) => void (outcome = o) });
    await fc.assert(
      fc.asyncProperty(deliveries, async ({ input }) => {
        const { bytes, json, isJson } = received(input);
        outcome = undefined;
        const request = new Request('https://bot.example.com/webhook', { method: 'POST', headers: { 'x-hub-signature-256': sign(bytes) }, body: bytes as Uint8Array<ArrayBuffer> });
        const response = await handler(request);
        if (!isJson || !isEnvelope(json)) {
          expect(response.status).toBe(400);
          return;
        }
        expect(response.status).toBe(200);
        checkEvents(outcome!.events, json as Record<string, unknown>);
        expect(outcome!.invalid).toEqual(outcome!.events.filter((event) => event.type === 'invalid'));
      }),
      { numRuns: 1000 },
    );
  });

  it.each(['node:http', 'node:http2', 'express'] as const)('signed, through the Node adapter on %s: the same answers and events', async (transport) => {
    const outcomes: DispatchOutcome[] = [];
    let wake: (() => void) | undefined;
    const served = await serve(transport, { appSecret: SECRET, seen: false, onOutcome: (o) => (outcomes.push(o), wake?.()) });
    try {
      await fc.assert(
        fc.asyncProperty(deliveries, async ({ input }) => {
          const { bytes, json, isJson } = received(input);
          const before = outcomes.length;
          const { status } = await served.post(bytes, { 'x-hub-signature-256': sign(bytes) });
          if (!isJson || !isEnvelope(json)) {
            expect(status).toBe(400);
            return;
          }
          expect(status).toBe(200);
          // The adapter runs the handlers after its 200.
          while (outcomes.length === before) await new Promise<void>((resolve) => (wake = resolve));
          checkEvents(outcomes[before]!.events, json as Record<string, unknown>);
        }),
        { numRuns: 150 },
      );
    } finally {
      await served.close();
    }
  });
});
