// Webhook intake: verify the signature, then parse, validate each item on its own and normalise
// into events, against the floor "node:crypto HMAC + JSON.parse" of the same bytes, for one
// message and for a batch of 100. Many short rounds: on a shared machine the paired median of
// fifteen rounds moves much less than that of a few long ones.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { compare, micro } from './measure.mjs';

const SECRET = 'f0e1d2c3b4a5968778695a4b3c2d1e0f';

/** JSON as Graph sends it: non-ASCII escaped as \uXXXX, slashes as \/. */
const metaJson = (value) =>
  JSON.stringify(value)
    .replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/\//g, '\\/');

export async function run({ root }) {
  const webhooks = await import(pathToFileURL(path.join(root, 'dist', 'esm', 'src', 'webhooks', 'index.js')).href);
  const fixture = (name) => JSON.parse(readFileSync(path.join(root, 'test', 'fixtures', 'webhooks', `${name}.json`), 'utf8'));
  const single = fixture('messages-text');
  const kinds = ['text', 'image', 'interactive_button_reply', 'interactive_nfm_reply', 'reaction', 'location', 'referral', 'document', 'button', 'audio'];
  const messages = Array.from({ length: 100 }, (_, i) => ({ ...fixture(`messages-${kinds[i % kinds.length]}`).entry[0].changes[0].value.messages[0], id: `wamid.batch.${i}` }));
  const batch = structuredClone(single);
  batch.entry[0].changes[0].value.messages = messages;

  // What createNodeWebhookHandler verifies with on Node; Web Crypto is the portable default.
  const nodeHmac = webhooks.nodeHmacVerifier();
  const rows = [];
  for (const [label, payload, expected, target, iterations] of [
    ['1 message', single, 1, 1.2, 2000],
    ['batch of 100', batch, 100, 1.25, 120],
  ]) {
    const bytes = Buffer.from(metaJson(payload));
    const header = `sha256=${createHmac('sha256', SECRET).update(bytes).digest('hex')}`;
    const events = await webhooks.verifyAndParseWebhook(bytes, header, SECRET);
    if (events.length !== expected) throw new Error(`${label}: expected ${expected} events, got ${events.length}`);
    const expectedDigest = Buffer.from(header.slice(7), 'hex');
    const result = await compare(
      {
        floor: async () => {
          const digest = createHmac('sha256', SECRET).update(bytes).digest();
          if (!timingSafeEqual(digest, expectedDigest)) throw new Error('bad signature');
          return JSON.parse(bytes.toString('utf8'));
        },
        sdk: () => webhooks.verifyAndParseWebhook(bytes, header, SECRET),
        nodeAdapter: () => webhooks.verifyAndParseWebhook(bytes, header, SECRET, { hmac: nodeHmac }),
      },
      { iterations, rounds: 15 },
    );
    const group = 'webhook intake';
    rows.push({ group, name: `${label} (${bytes.length} B): node:crypto HMAC + JSON.parse`, value: micro(result.floor), ns: result.floor });
    rows.push({ group, name: `${label}: verify (Web Crypto) + validate + normalise`, value: micro(result.sdk), ns: result.sdk, ratio: result.ratios.sdk });
    rows.push({
      group,
      name: `${label}: the same with node:crypto HMAC (Node adapter)`,
      value: micro(result.nodeAdapter),
      ns: result.nodeAdapter,
      ratio: result.ratios.nodeAdapter,
      target,
    });
  }
  return rows;
}
