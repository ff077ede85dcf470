// The runtime smoke script: the same checks on Node, Deno, Bun, workerd and Chromium, against the
// built ESM in dist/. It uses only what every runtime has (fetch types, Web Crypto, TextEncoder)
// and receives the SDK's modules from the runtime's entry (test/runtime/harness.ts writes one per
// runtime), so it never depends on how a runtime resolves files.
//
// runSmoke({ sdk, webhooks, flows }) resolves to { runtime, modules, passed: string[], failed:
// {name, error}[] }. `webhooks` and `flows` are the `./webhooks` and `./flows` entry points once
// they exist in the build (undefined before). Once a module is there, the runtime tests require a
// passed check whose name starts with `webhook:` / `flows:` (test/runtime/harness.ts), so the
// extension points below cannot be forgotten.

const TOKEN = 'test-token';
const APP_SECRET = 'app-secret';
// HMAC-SHA256 of TOKEN keyed with APP_SECRET, lowercase hex (computed independently with
// node:crypto: createHmac('sha256', 'app-secret').update('test-token').digest('hex')).
const EXPECTED_PROOF = '5957479463cc188aeb65506273f5d217f084495eda7bd8b32b8b6de4a5b33e7d';
const PHONE_NUMBER_ID = '106540352242922';

export async function runSmoke({ sdk, webhooks, flows }) {
  const passed = [];
  const failed = [];
  async function check(name, fn) {
    try {
      await fn();
      passed.push(name);
    } catch (error) {
      failed.push({ name, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
    }
  }

  await check('facade sends the exact text JSON with appsecret_proof', () => sendThroughFacade(sdk));
  await check('facade turns a Graph error body into GraphApiError', () => graphErrorThroughFacade(sdk));

  // ── EXTENSION POINT: verify + parse a signed webhook ───────────────────────────────────────
  // When `./webhooks` is built, sign a raw body with the app secret (Web Crypto HMAC-SHA256,
  // `x-hub-signature-256: sha256=<hex>`), verify it with the SDK, parse it, and check one field
  // of the parsed message; also check that a tampered body is rejected. Push the check with
  // `await check('webhook: verify + parse a signed text message', () => …)`.
  if (webhooks) {
    await check('webhook: verify + parse a signed text message', () => verifyAndParseWebhook(webhooks));
  }

  // ── EXTENSION POINT: flow endpoint round trip ──────────────────────────────────────────────
  // When `./flows` is built: generate an RSA key pair with Web Crypto, encrypt a request the way
  // WhatsApp does (AES-128-GCM key wrapped with RSA-OAEP-SHA256), decrypt it with the SDK,
  // encrypt the response with the SDK, and decrypt that back here. Push the check with
  // `await check('flows: endpoint request/response round trip', () => …)`.
  if (flows) {
    await check('flows: endpoint request/response round trip', () => flowRoundTrip(flows));
  }

  const modules = Object.entries({ sdk, webhooks, flows }).flatMap(([name, module]) => (module ? [name] : []));
  return { runtime: runtimeName(), modules, passed, failed };
}

async function sendThroughFacade(sdk) {
  const requests = [];
  const fetch = async (url, init) => {
    requests.push({ url, init });
    return new Response(JSON.stringify({ messaging_product: 'whatsapp', contacts: [{ input: '16505551234', wa_id: '16505551234' }], messages: [{ id: 'wamid.SMOKE' }] }), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  };
  const wa = sdk.createWhatsApp({ accessToken: TOKEN, appSecret: APP_SECRET, phoneNumberId: PHONE_NUMBER_ID, fetch });
  const response = await wa.messages.sendText('16505551234', 'Hello ✓ — olá');

  equal(requests.length, 1, 'requests sent');
  const [{ url, init }] = requests;
  equal(url, `https://graph.facebook.com/${sdk.GRAPH_VERSION}/${PHONE_NUMBER_ID}/messages?appsecret_proof=${EXPECTED_PROOF}`, 'url');
  equal(init.method, 'POST', 'method');
  const headers = new Headers(init.headers);
  equal(headers.get('authorization'), `Bearer ${TOKEN}`, 'authorization header');
  equal(headers.get('content-type'), 'application/json', 'content-type header');
  equal(
    init.body,
    '{"messaging_product":"whatsapp","recipient_type":"individual","to":"16505551234","type":"text","text":{"body":"Hello ✓ — olá"}}',
    'body',
  );
  equal(response.messages[0].id, 'wamid.SMOKE', 'parsed response');
}

async function graphErrorThroughFacade(sdk) {
  const fetch = async () =>
    new Response(JSON.stringify({ error: { message: 'Invalid parameter', type: 'OAuthException', code: 100, fbtrace_id: 'Aabc' } }), {
      status: 400,
      headers: { 'content-type': 'application/json' },
    });
  const wa = sdk.createWhatsApp({ accessToken: TOKEN, phoneNumberId: PHONE_NUMBER_ID, fetch });
  const error = await wa.messages.sendText('16505551234', 'hi').then(
    () => undefined,
    (e) => e,
  );
  equal(error instanceof sdk.GraphApiError, true, 'instance of GraphApiError');
  equal(error.status, 400, 'status');
  equal(error.category, 'parameter', 'category');
  equal(error.message.includes(TOKEN), false, 'message leaks the token');
}

async function verifyAndParseWebhook(webhooks) {
  // Bytes as Meta sends them: non-ASCII escaped as \uXXXX, slashes escaped.
  const body =
    '{"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"field":"messages","value":' +
    '{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881","phone_number_id":"106540352242922"},' +
    '"contacts":[{"profile":{"name":"Ana"},"wa_id":"16505551234"}],"messages":[{"from":"16505551234","id":"wamid.SMOKE-IN",' +
    '"timestamp":"1763726400","type":"text","text":{"body":"Ol\\u00e1 \\ud83d\\udeb2 https:\\/\\/example.com"}}]}}]}]}';
  const bytes = new TextEncoder().encode(body);
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(APP_SECRET), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, bytes));
  const header = `sha256=${Array.from(mac, (b) => b.toString(16).padStart(2, '0')).join('')}`;
  equal(await webhooks.verifySignature(bytes, header, APP_SECRET), true, 'signature of the raw bytes');
  equal(await webhooks.verifySignature(new TextEncoder().encode(body.replace('Ana', 'Eve')), header, APP_SECRET), false, 'tampered body');
  const events = webhooks.parseWebhook(JSON.parse(body));
  equal(events.length, 1, 'events');
  equal(events[0].type, 'message', 'event type');
  equal(events[0].phoneNumberId, PHONE_NUMBER_ID, 'routing phone number id');
  equal(events[0].message.text.body, 'Olá 🚲 https://example.com', 'decoded text');
}

async function flowRoundTrip(flows) {
  const keys = await crypto.subtle.generateKey(
    { name: 'RSA-OAEP', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
    true,
    ['encrypt', 'decrypt'],
  );
  // The WhatsApp side: a data_exchange request sealed for our public key.
  const payload = { version: '3.0', action: 'data_exchange', screen: 'BOOKING', flow_token: 'ft-1', data: { date: '2026-11-22', seats: 2 } };
  const sent = await flows.encryptFlowRequest(payload, keys.publicKey);
  // The business side, with the SDK: decrypt, answer, encrypt under the flipped IV.
  const received = await flows.decryptFlowRequest(sent.body, keys.privateKey);
  equal(JSON.stringify(received.payload), JSON.stringify(payload), 'decrypted payload');
  const answer = { screen: 'CONFIRM', data: { seats: 2 } };
  const sealed = await flows.encryptFlowResponse(answer, received);
  equal(JSON.stringify(await flows.decryptFlowResponse(sealed, sent)), JSON.stringify(answer), 'decrypted answer');
  const flipped = flows.flipIv(new Uint8Array([0x00, 0xff, 0x0f]));
  equal(Array.from(flipped).join(','), '255,0,240', 'flipped IV');
}

function equal(actual, expected, what) {
  if (actual !== expected) throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

function runtimeName() {
  const g = globalThis;
  if (g.Deno) return `deno ${g.Deno.version.deno}`;
  if (g.Bun) return `bun ${g.Bun.version}`;
  if (g.navigator?.userAgent === 'Cloudflare-Workers') return 'workerd';
  if (g.process?.versions?.node) return `node ${g.process.versions.node}`;
  if (g.navigator?.userAgent) return g.navigator.userAgent;
  return 'unknown';
}
