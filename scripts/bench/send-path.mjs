// Send path: the same text message through raw fetch, the facade and plain openapi-fetch, over
// loopback HTTP and with a fetch stub that answers at once (which times only the client's work),
// each one request at a time (c=1) and with 64 in flight (c=64).
import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import createClient from 'openapi-fetch';
import path from 'node:path';
import { compare, micro } from './measure.mjs';

const RESPONSE = JSON.stringify({ messaging_product: 'whatsapp', contacts: [{ input: '16505551234', wa_id: '16505551234' }], messages: [{ id: 'wamid.X' }] });
const PHONE = '106540352242922';
const TEXT = 'Your order #8812 has shipped and arrives on Tuesday.';

export async function run({ sdk, root }) {
  // The facade's timeout signal, to show what following any AbortSignal costs raw fetch.
  // (The ESM build is bundled per entry point; the CommonJS build keeps one file per module.)
  const { deadlineSignal } = createRequire(import.meta.url)(path.join(root, 'dist', 'cjs', 'src', 'core', 'deadline.js'));
  const rows = [];
  const stub = async () => new Response(RESPONSE, { status: 200, headers: { 'content-type': 'application/json' } });
  rows.push(...(await scenario('stubbed fetch c=1', stub, 'https://graph.test', sdk, { iterations: 10_000, concurrency: 1, rounds: 15 }, 1.1, deadlineSignal)));
  rows.push(...(await scenario('stubbed fetch c=64', stub, 'https://graph.test', sdk, { iterations: 10_000, concurrency: 64, rounds: 15 }, 1.1, deadlineSignal)));

  const server = fork(new URL('./loopback-server.mjs', import.meta.url), { stdio: 'ignore' });
  const port = await new Promise((resolve) => server.once('message', (m) => resolve(m.port)));
  try {
    const base = `http://127.0.0.1:${port}`;
    rows.push(...(await scenario('loopback c=1', fetch, base, sdk, { iterations: 1000, concurrency: 1, rounds: 15 }, 1.05, deadlineSignal)));
    rows.push(...(await scenario('loopback c=64', fetch, base, sdk, { iterations: 2000, concurrency: 64, rounds: 15 }, 1.05, deadlineSignal)));
  } finally {
    server.kill();
  }
  return rows;
}

async function scenario(label, fetchImpl, baseUrl, sdk, options, target, deadlineSignal) {
  const headers = { authorization: 'Bearer token', 'content-type': 'application/json' };
  const url = `${baseUrl}/${PHONE}/messages`;
  const wa = sdk.createWhatsApp({ accessToken: 'token', phoneNumberId: PHONE, baseUrl, fetch: fetchImpl });
  const plain = createClient({ baseUrl, fetch: fetchImpl, headers: { authorization: 'Bearer token' } });
  const result = await compare(
    {
      raw: async () => {
        const res = await fetchImpl(url, {
          method: 'POST',
          headers,
          body: JSON.stringify({ messaging_product: 'whatsapp', recipient_type: 'individual', to: '16505551234', type: 'text', text: { body: TEXT } }),
        });
        return res.json();
      },
      'raw fetch + timeout signal': async () => {
        const res = await fetchImpl(url, {
          method: 'POST',
          headers,
          body: JSON.stringify({ messaging_product: 'whatsapp', recipient_type: 'individual', to: '16505551234', type: 'text', text: { body: TEXT } }),
          signal: deadlineSignal(30_000),
        });
        return res.json();
      },
      facade: () => wa.messages.sendText('16505551234', TEXT),
      'openapi-fetch': () =>
        plain.POST('/{phone-number-id}/messages', {
          params: { path: { 'phone-number-id': PHONE } },
          body: { messaging_product: 'whatsapp', recipient_type: 'individual', to: '16505551234', type: 'text', text: { body: TEXT } },
        }),
    },
    options,
  );
  return [
    { group: 'send path', name: `${label}: raw fetch`, value: micro(result.raw), ns: result.raw },
    {
      group: 'send path',
      name: `${label}: raw fetch + timeout signal`,
      value: micro(result['raw fetch + timeout signal']),
      ns: result['raw fetch + timeout signal'],
      ratio: result.ratios['raw fetch + timeout signal'],
    },
    { group: 'send path', name: `${label}: facade`, value: micro(result.facade), ns: result.facade, ratio: result.ratios.facade, target },
    { group: 'send path', name: `${label}: plain openapi-fetch`, value: micro(result['openapi-fetch']), ns: result['openapi-fetch'], ratio: result.ratios['openapi-fetch'] },
  ];
}
