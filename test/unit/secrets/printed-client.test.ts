// Nothing a user can print or serialise holds the access token or the appsecret_proof: the client,
// each of its resources, the transport, the raw client, and the Requests a raw-client middleware
// sees. They live only in the transport's closure.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createWhatsApp } from '../../../src/index.js';
import { createRawClient } from '../../../src/raw/index.js';
import { stubFetch } from '../../support/fetch-stub.js';
import { expectNoSecrets } from './renderings.js';

const TOKEN = 'EAAGm0PX4ZCpsBAKZCZCprintedClientToken';
const APP_SECRET = 'app-secret-of-the-printed-client';
const PROOF = createHmac('sha256', APP_SECRET).update(TOKEN).digest('hex');
const SECRETS = { token: TOKEN, proof: PROOF, appSecret: APP_SECRET };

function client() {
  const stub = stubFetch({ json: { messaging_product: 'whatsapp', contacts: [], messages: [{ id: 'wamid.1' }] } });
  const wa = createWhatsApp({ accessToken: TOKEN, appSecret: APP_SECRET, phoneNumberId: '106540352242922', fetch: stub.fetch, headers: { 'x-app': 'demo' } });
  return { wa, calls: stub.calls };
}

describe('the printed client', () => {
  it('shows neither the token nor the proof, before and after calls', async () => {
    const { wa, calls } = client();
    expectNoSecrets(wa, SECRETS);
    await wa.messages.sendText('16505551234', 'hi');
    await createRawClient(wa).GET('/{media-id}', { params: { path: { 'media-id': '42' } } });
    // The calls did carry both, so the closure holds them now.
    expect(calls[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(calls[0]!.url).toContain(`appsecret_proof=${PROOF}`);
    expect(calls[1]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(calls[1]!.url).toContain(`appsecret_proof=${PROOF}`);
    expectNoSecrets(wa, SECRETS);
  });

  it('shows neither in any resource, the transport or the raw client', async () => {
    const { wa } = client();
    await wa.messages.sendText('16505551234', 'hi');
    const resources = Object.keys(wa);
    expect(resources.length).toBeGreaterThan(10);
    for (const name of resources) expectNoSecrets((wa as unknown as Record<string, unknown>)[name], SECRETS);
    expectNoSecrets(wa.transport, SECRETS);
    expectNoSecrets(createRawClient(wa), SECRETS);
    expect(Object.values(wa.transport).filter((value) => typeof value === 'string')).toEqual([wa.transport.baseUrl]);
  });

  it('keeps the token out of the Requests raw-client middleware sees', async () => {
    const { wa } = client();
    const seen: Request[] = [];
    const raw = createRawClient(wa);
    raw.use({
      onRequest({ request }) {
        seen.push(request);
        return undefined;
      },
    });
    await raw.GET('/{media-id}', { params: { path: { 'media-id': '42' } } });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.headers.get('authorization')).toBeNull();
    expect(seen[0]!.url).not.toContain(PROOF);
    expect(seen[0]!.headers.get('x-app')).toBe('demo');
  });

  it('the raw client refuses a URL outside the baseUrl rather than sending the token there', async () => {
    const { wa, calls } = client();
    // A middleware may point a request anywhere; the token still goes only under the baseUrl.
    const raw = createRawClient(wa);
    raw.use({ onRequest: () => new Request('https://elsewhere.example/v23.0/42') });
    await expect(raw.GET('/{media-id}', { params: { path: { 'media-id': '42' } } })).rejects.toMatchObject({ name: 'WhatsAppConfigError' });
    expect(calls).toHaveLength(0);
  });
});

describe('the transport escape hatch', () => {
  it('refuses a path that would extend the base URL host, before sending anything', async () => {
    const { wa, calls } = client();
    for (const path of ['.attacker.example/x', '@attacker.example/x', '']) {
      await expect(wa.transport.request('GET', path)).rejects.toMatchObject({ name: 'WhatsAppConfigError' });
    }
    expect(calls).toHaveLength(0);
  });
});
