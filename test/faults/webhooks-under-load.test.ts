// Webhooks under load: signed deliveries at a steady rate against the node:http adapter on
// loopback. Every event must reach its handler exactly once; ack latency p50/p99 is reported
// (a measurement, not an assertion: the machine is shared).
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeWebhookHandler } from '../../src/webhooks/index.js';

const APP_SECRET = 'load-secret';
const DELIVERIES = 1000;
const RATE_PER_SECOND = 200;
const MESSAGES_PER_DELIVERY = 3;

let server: Server;
let url: string;
const seen = new Map<string, number>();

beforeAll(async () => {
  server = createServer(
    createNodeWebhookHandler({
      appSecret: APP_SECRET,
      handlers: { message: ({ message }) => void seen.set(message.id, (seen.get(message.id) ?? 0) + 1) },
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function delivery(n: number): string {
  const messages = Array.from({ length: MESSAGES_PER_DELIVERY }, (_, i) => ({
    from: '16505551234',
    id: `wamid.LOAD-${n}-${i}`,
    timestamp: '1763726400',
    type: 'text',
    text: { body: `message ${n}.${i} — ol\u00e1` },
  }));
  const payload = {
    object: 'whatsapp_business_account',
    entry: [{ id: '102290129340398', changes: [{ field: 'messages', value: { messaging_product: 'whatsapp', metadata: { display_phone_number: '15550783881', phone_number_id: '106540352242922' }, messages } }] }],
  };
  return JSON.stringify(payload).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

describe('webhooks under a steady load', () => {
  it(`${DELIVERIES} signed deliveries at ${RATE_PER_SECOND}/s: no event lost or repeated`, async () => {
    const latencies: number[] = [];
    const statuses = new Map<number, number>();
    const started = performance.now();
    const pending: Promise<void>[] = [];
    for (let n = 0; n < DELIVERIES; n++) {
      // Open-loop pacing: delivery n leaves at n / rate seconds, whatever the earlier ones did.
      const due = started + (n * 1000) / RATE_PER_SECOND;
      const wait = due - performance.now();
      if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
      const body = delivery(n);
      const signature = `sha256=${createHmac('sha256', APP_SECRET).update(body).digest('hex')}`;
      const sent = performance.now();
      pending.push(
        fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature }, body }).then(async (response) => {
          await response.arrayBuffer();
          latencies.push(performance.now() - sent);
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        }),
      );
    }
    await Promise.all(pending);
    const elapsed = (performance.now() - started) / 1000;

    latencies.sort((a, b) => a - b);
    const pick = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!.toFixed(2);
    console.log(
      `webhooks under load: ${DELIVERIES} deliveries (${DELIVERIES * MESSAGES_PER_DELIVERY} events) in ${elapsed.toFixed(1)} s; ` +
        `ack latency p50 ${pick(0.5)} ms, p99 ${pick(0.99)} ms, max ${pick(1)} ms`,
    );
    expect(Object.fromEntries(statuses)).toEqual({ 200: DELIVERIES });
    expect(seen.size).toBe(DELIVERIES * MESSAGES_PER_DELIVERY);
    expect([...seen.values()].every((count) => count === 1)).toBe(true);
  }, 60_000);
});
