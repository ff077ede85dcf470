#!/usr/bin/env node
// npm start: the offline demo, end to end with no Meta account.
//   1. regenerate, build the package and the docs site;
//   2. start Prism (a Graph mock that validates every request against the spec) and an echo bot
//      built with the SDK (its webhook handler on node:http), both on loopback;
//   3. post signed webhooks of several kinds to the bot; the bot answers through Graph (Prism);
//   4. print the transcript and exit 0 only if every request was accepted.
// With WHATSAPP_ACCESS_TOKEN and WHATSAPP_PHONE_NUMBER_ID set, the same bot serves real webhooks
// against the real Graph API instead (see README, "The demo against the real API").
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { echoBotHandlers } from './demo/echo-bot.mjs';
import { sampleDeliveries, sign } from './demo/sample-webhooks.mjs';
import { startPrism } from './lib/prism.mjs';
import { redocly } from './lib/redocly.mjs';
import { root } from './lib/paths.mjs';

const live = Boolean(process.env.WHATSAPP_ACCESS_TOKEN && process.env.WHATSAPP_PHONE_NUMBER_ID);
step('generate', ['scripts/generate.mjs']);
step('build', ['scripts/build.mjs']);
if (!live) {
  console.log('› docs');
  const docs = redocly(['build-docs', 'generated/openapi.json', '--output', 'dist/docs/index.html', '--inlineBundle'], { cwd: root });
  if (!docs.ok) throw new Error(`redocly build-docs failed:\n${docs.output}`);
}

const dist = (entry) => import(pathToFileURL(path.join(root, 'dist', 'esm', 'src', entry)).href);
const { createWhatsApp, WhatsAppError } = await dist('index.js');
const { createNodeWebhookHandler } = await dist('webhooks/index.js');
const say = (line) => console.log(`  ${line}`);

if (live) await runLive();
else await runOffline();

async function runOffline() {
  const appSecret = 'demo-app-secret';
  const phoneNumberId = '106540352242922';
  const prism = await startPrism();
  const failures = [];
  const rejected = [];
  const wa = createWhatsApp({ accessToken: 'demo-token', phoneNumberId, baseUrl: prism.baseUrl, fetch: transcriptFetch(prism.baseUrl) });
  let delivered;
  const bot = createServer(
    createNodeWebhookHandler({
      appSecret,
      verifyToken: 'demo-verify-token',
      handlers: echoBotHandlers(wa, say),
      onOutcome: (outcome) => delivered?.(outcome),
      onRejected: (error, status) => rejected.push(`bot rejected a delivery (${status}): ${error.message}`),
    }),
  );
  await new Promise((resolve) => bot.listen(0, '127.0.0.1', resolve));
  const botUrl = `http://127.0.0.1:${bot.address().port}/webhook`;
  console.log(`\nGraph mock (Prism): ${prism.baseUrl}\nEcho bot webhook:   ${botUrl}\n`);
  try {
    const handshake = await fetch(`${botUrl}?hub.mode=subscribe&hub.verify_token=demo-verify-token&hub.challenge=1158201444`);
    console.log(`GET handshake → ${handshake.status} ${await handshake.text()}`);
    for (const { label, body } of sampleDeliveries(phoneNumberId)) {
      console.log(`\nMeta → bot: ${label}`);
      const outcome = new Promise((resolve) => (delivered = resolve));
      const response = await fetch(botUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'x-hub-signature-256': sign(body, appSecret) }, body });
      say(`bot answered ${response.status} ${await response.text()}`);
      if (response.status !== 200) failures.push(`${label}: bot answered ${response.status}`);
      else for (const failure of (await outcome).failures) failures.push(`${label}: ${describe(failure.error)}`);
    }
    failures.push(...rejected.splice(0));
    const forged = await fetch(botUrl, { method: 'POST', headers: { 'x-hub-signature-256': sign('{}', 'wrong-secret') }, body: '{"object":"whatsapp_business_account","entry":[]}' });
    console.log(`\nA delivery with a forged signature → ${forged.status} (rejected, as it must be)`);
    if (forged.status !== 401 || rejected.length !== 1) failures.push(`forged delivery got ${forged.status}, not 401`);
  } finally {
    bot.close();
    await prism.stop();
  }
  console.log(`\nDocs: ${path.join(root, 'dist', 'docs', 'index.html')}`);
  if (failures.length) {
    console.error(`\n${failures.length} problem(s):\n${failures.map((f) => `  - ${f}`).join('\n')}`);
    process.exit(1);
  }
  console.log('Every request the bot made was accepted by the Graph mock.');
}

async function runLive() {
  const port = Number(process.env.PORT ?? 3000);
  const appSecret = process.env.WHATSAPP_APP_SECRET;
  if (!appSecret) throw new Error('Set WHATSAPP_APP_SECRET (the app secret Meta signs webhooks with).');
  const wa = createWhatsApp({ accessToken: process.env.WHATSAPP_ACCESS_TOKEN, phoneNumberId: process.env.WHATSAPP_PHONE_NUMBER_ID });
  const bot = createServer(
    createNodeWebhookHandler({
      appSecret,
      verifyToken: process.env.WHATSAPP_VERIFY_TOKEN,
      handlers: echoBotHandlers(wa, say),
      onOutcome: (outcome) => outcome.failures?.forEach((f) => console.error(`handler failed: ${describe(f.error)}`)),
    }),
  );
  bot.listen(port, () => console.log(`Echo bot listening on :${port}; point your app's webhook callback URL at it (e.g. through a tunnel).`));
}

/** fetch that prints each request the bot makes to Graph and Graph's answer. */
function transcriptFetch(base) {
  return async (url, init) => {
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    const what = body?.type ?? body?.action ?? body?.status ?? '';
    const response = await fetch(url, init);
    say(`bot → Graph: ${init.method} ${url.replace(base, '')} ${what} → ${response.status}`);
    return response;
  };
}

function describe(error) {
  return error instanceof WhatsAppError ? `${error.name} ${error.category}/${error.action}: ${error.message}` : String(error);
}

function step(name, args) {
  console.log(`› ${name}`);
  const run = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
