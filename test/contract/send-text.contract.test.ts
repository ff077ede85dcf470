// The facade against Prism serving generated/openapi.json: Prism validates every request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWhatsApp, GraphApiError, type WhatsApp } from '../../src/index.js';
import { startPrism, type PrismServer } from '../support/prism.js';

let prism: PrismServer;
let wa: WhatsApp;

beforeAll(async () => {
  prism = await startPrism();
  wa = createWhatsApp({ accessToken: 'test-token', phoneNumberId: '106540352242922', baseUrl: prism.baseUrl });
});
afterAll(() => prism?.stop());

describe('contract: sending a text through Prism', () => {
  it('Prism accepts the text send and answers with the documented response', async () => {
    const response = await wa.messages.sendText('16505551234', 'Hello from the contract test');
    expect(response.messaging_product).toBe('whatsapp');
    expect(response.messages[0]?.id).toMatch(/^wamid\./);
  });

  it('Prism accepts mark-as-read with typing', async () => {
    await expect(wa.messages.markAsRead('wamid.ABC', { typing: true })).resolves.toBeTruthy();
  });

  it('Prism rejects a text without a recipient: GraphApiError, category parameter, fix_and_retry', async () => {
    const malformed = { messaging_product: 'whatsapp', type: 'text', text: { body: 'hi' } };
    // @ts-expect-error deliberately malformed: no `to` or `recipient`
    const error = await wa.messages.send(malformed).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphApiError);
    expect(error).toMatchObject({ status: 400, category: 'parameter', action: 'fix_and_retry' });
  });

  it('Prism rejects a body over 4,096 characters', async () => {
    const error = await wa.messages.sendText('16505551234', 'x'.repeat(4097)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphApiError);
    expect(error).toMatchObject({ category: 'parameter', action: 'fix_and_retry' });
    expect(await prism.logged(/must NOT have more than 4096 characters/)).toMatch(/must NOT have more than 4096 characters/);
  });
});
