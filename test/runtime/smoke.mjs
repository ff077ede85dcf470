// The runtime smoke script: the same checks on Node, Deno, Bun, workerd and Chromium, against the
// built ESM in dist/. It uses only what every runtime has (fetch types, Web Crypto, TextEncoder)
// and receives the SDK's modules from the runtime's entry (test/runtime/harness.ts writes one per
// runtime), so it never depends on how a runtime resolves files.
//
// runSmoke({ sdk, webhooks, flows }) resolves to { runtime, modules, passed: string[], failed:
// {name, error}[] }. `webhooks` and `flows` are the `./webhooks` and `./flows` entry points when
// the build has them. test/runtime/harness.ts names the checks each module must pass, so none can
// drop out silently.

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

  // Webhooks: the raw signed bytes through verifyAndParseWebhook, and a web Request through
  // createWebhookHandler (handshake, a signed delivery reaching its handler, a forged one refused).
  if (webhooks) {
    for (const [name, fn] of Object.entries(WEBHOOK_CHECKS)) await check(name, () => fn(webhooks));
  }

  // Flows: the crypto helpers both ways, and createFlowEndpointHandler on web Requests (signature
  // check, an encrypted request answered with an encrypted response, a request for another key).
  if (flows) {
    for (const [name, fn] of Object.entries(FLOW_CHECKS)) await check(name, () => fn(flows));
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

// Bytes as Meta sends them: non-ASCII escaped as \uXXXX, slashes escaped.
const WEBHOOK_BODY =
  '{"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"field":"messages","value":' +
  '{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881","phone_number_id":"106540352242922"},' +
  '"contacts":[{"profile":{"name":"Ana"},"wa_id":"16505551234"}],"messages":[{"from":"16505551234","id":"wamid.SMOKE-IN",' +
  '"timestamp":"1763726400","type":"text","text":{"body":"Ol\\u00e1 \\ud83d\\udeb2 https:\\/\\/example.com"}}]}}]}]}';
const DECODED_TEXT = 'Olá 🚲 https://example.com';

const WEBHOOK_CHECKS = {
  async 'webhook: verifyAndParseWebhook on the raw signed bytes'(webhooks) {
    const bytes = new TextEncoder().encode(WEBHOOK_BODY);
    const header = await signatureHeader(bytes, APP_SECRET);
    equal(await webhooks.verifySignature(bytes, header, APP_SECRET), true, 'verifySignature of the raw bytes');
    const events = await webhooks.verifyAndParseWebhook(bytes, header, APP_SECRET);
    equal(events.length, 1, 'events');
    equal(events[0].type, 'message', 'event type');
    equal(events[0].phoneNumberId, PHONE_NUMBER_ID, 'routing phone number id');
    equal(events[0].wabaId, '102290129340398', 'routing WABA id');
    equal(events[0].message.text.body, DECODED_TEXT, 'decoded text');
    // The same signature over other bytes: refused with the typed error, before any parsing.
    const tampered = new TextEncoder().encode(WEBHOOK_BODY.replace('Ana', 'Eve'));
    equal(await webhooks.verifySignature(tampered, header, APP_SECRET), false, 'verifySignature of a tampered body');
    const error = await webhooks.verifyAndParseWebhook(tampered, header, APP_SECRET).then(
      () => undefined,
      (e) => e,
    );
    equal(error instanceof webhooks.WebhookSignatureError, true, 'a tampered body rejects with WebhookSignatureError');
  },

  async 'webhook: createWebhookHandler on web Requests'(webhooks) {
    const seen = [];
    const handler = webhooks.createWebhookHandler({ appSecret: APP_SECRET, verifyToken: 'smoke-verify', handlers: { message: (event) => seen.push(event) } });
    const url = 'https://bot.example/webhook';
    const handshake = await handler(new Request(`${url}?hub.mode=subscribe&hub.verify_token=smoke-verify&hub.challenge=8812`));
    equal(handshake.status, 200, 'handshake status');
    equal(await handshake.text(), '8812', 'handshake challenge');

    const bytes = new TextEncoder().encode(WEBHOOK_BODY);
    // Whatever the handler hands to waitUntil is awaited before looking at what the handlers saw.
    const background = [];
    const context = { waitUntil: (promise) => background.push(promise) };
    const signed = { 'content-type': 'application/json', 'x-hub-signature-256': await signatureHeader(bytes, APP_SECRET) };
    const delivered = await handler(new Request(url, { method: 'POST', headers: signed, body: bytes }), context);
    equal(delivered.status, 200, 'signed delivery status');
    await Promise.all(background);
    equal(seen.length, 1, 'events handled');
    equal(seen[0].message.id, 'wamid.SMOKE-IN', 'handled message id');
    equal(seen[0].message.text.body, DECODED_TEXT, 'handled text');

    const forged = { 'content-type': 'application/json', 'x-hub-signature-256': await signatureHeader(bytes, 'not-the-secret') };
    const refused = await handler(new Request(url, { method: 'POST', headers: forged, body: bytes }), context);
    await Promise.all(background);
    equal(refused.status, 401, 'forged delivery status');
    equal(seen.length, 1, 'events handled after the forged delivery');
  },
};

const FLOW_REQUEST = { version: '3.0', action: 'data_exchange', screen: 'BOOKING', flow_token: 'ft-1', data: { date: '2026-11-22', seats: 2 } };

const FLOW_CHECKS = {
  async 'flows: crypto helpers round trip'(flows) {
    const keys = await rsaKeyPair();
    // The WhatsApp side: a data_exchange request sealed for our public key.
    const sent = await flows.encryptFlowRequest(FLOW_REQUEST, keys.publicKey);
    // The business side, with the SDK: decrypt, answer, encrypt under the flipped IV.
    const received = await flows.decryptFlowRequest(sent.body, keys.privateKey);
    equal(JSON.stringify(received.payload), JSON.stringify(FLOW_REQUEST), 'decrypted payload');
    const answer = { screen: 'CONFIRM', data: { seats: 2 } };
    const sealed = await flows.encryptFlowResponse(answer, received);
    equal(JSON.stringify(await flows.decryptFlowResponse(sealed, sent)), JSON.stringify(answer), 'decrypted answer');
    const flipped = flows.flipIv(new Uint8Array([0x00, 0xff, 0x0f]));
    equal(Array.from(flipped).join(','), '255,0,240', 'flipped IV');
  },

  async 'flows: createFlowEndpointHandler on web Requests'(flows) {
    const keys = await rsaKeyPair();
    const handler = flows.createFlowEndpointHandler({
      // A PEM, as a business stores it: the handler imports it itself.
      privateKey: await pkcs8Pem(keys.privateKey),
      appSecret: APP_SECRET,
      onDataExchange: ({ screen, data }) => ({ screen: 'CONFIRM', data: { from: screen, seats: data.seats } }),
    });
    const post = async (body, secret = APP_SECRET) => {
      const bytes = new TextEncoder().encode(body);
      const headers = { 'content-type': 'application/json', 'x-hub-signature-256': await signatureHeader(bytes, secret) };
      return handler(new Request('https://bot.example/flow', { method: 'POST', headers, body: bytes }));
    };

    const sent = await flows.encryptFlowRequest(FLOW_REQUEST, keys.publicKey);
    const answered = await post(JSON.stringify(sent.body));
    equal(answered.status, 200, 'encrypted request status');
    const answer = await flows.decryptFlowResponse(await answered.text(), sent);
    equal(JSON.stringify(answer), JSON.stringify({ screen: 'CONFIRM', data: { from: 'BOOKING', seats: 2 } }), 'decrypted response');

    const forged = await post(JSON.stringify(sent.body), 'not-the-secret');
    equal(forged.status, 432, 'wrongly signed request status');

    // Sealed for a public key that is not ours: 421 makes WhatsApp fetch the current key.
    const other = await rsaKeyPair();
    const misdirected = await post(JSON.stringify((await flows.encryptFlowRequest(FLOW_REQUEST, other.publicKey)).body));
    equal(misdirected.status, 421, 'request for another key status');
  },
};

async function signatureHeader(bytes, secret) {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, bytes));
  return `sha256=${Array.from(mac, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

function rsaKeyPair() {
  return crypto.subtle.generateKey({ name: 'RSA-OAEP', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, true, [
    'encrypt',
    'decrypt',
  ]);
}

async function pkcs8Pem(privateKey) {
  const der = new Uint8Array(await crypto.subtle.exportKey('pkcs8', privateKey));
  let binary = '';
  for (const byte of der) binary += String.fromCharCode(byte);
  const base64 = btoa(binary).replace(/.{64}/g, '$&\n');
  return `-----BEGIN PRIVATE KEY-----\n${base64.trim()}\n-----END PRIVATE KEY-----\n`;
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
