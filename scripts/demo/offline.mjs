// The offline demo's core: Prism (the Graph mock, which rejects any request the spec does not
// allow) and the echo bot on loopback; signed sample webhooks posted to the bot; the transcript
// checked against what each sample should have caused. It takes the SDK's modules as arguments,
// so `npm start` runs it on dist/ and the tests on their own build.
import { createServer } from 'node:http';
import { startPrism } from '../lib/prism.mjs';
import { echoBotHandlers } from './echo-bot.mjs';
import { sampleDeliveries, sign } from './sample-webhooks.mjs';
import { trackHandlers } from './tracked-handlers.mjs';
import { compareRequests, recordingFetch } from './transcript.mjs';

const APP_SECRET = 'demo-app-secret';
const VERIFY_TOKEN = 'demo-verify-token';
const PHONE_NUMBER_ID = '106540352242922';
const CHALLENGE = '1158201444';

/**
 * Runs the demo and resolves to `{ problems, deliveries }`: `problems` is empty when every
 * delivery produced exactly the expected events and Graph requests and Prism accepted them all;
 * `deliveries` holds, per sample, its label and the requests the bot made.
 *
 * sdk: the root entry point; node: `whatsapp-cloud-sdk/webhooks/node`; bot: the echo bot's
 * options (template, answerCalls); handlersFor: builds the bot's handlers (the echo bot by default).
 */
export async function runOfflineDemo({ sdk, node, log = console.log, bot = {}, handlersFor = echoBotHandlers }) {
  const say = (line) => log(`  ${line}`);
  const problems = [];
  const deliveries = [];
  const rejected = [];
  const prism = await startPrism();
  const transcript = recordingFetch(prism.baseUrl, say);
  const wa = sdk.createWhatsApp({ accessToken: 'demo-token', phoneNumberId: PHONE_NUMBER_ID, baseUrl: prism.baseUrl, fetch: transcript.fetch });
  const tracked = trackHandlers(handlersFor(wa, say, bot));
  const server = createServer(
    node.createNodeWebhookHandler({
      appSecret: APP_SECRET,
      verifyToken: VERIFY_TOKEN,
      handlers: tracked.handlers,
      // Handler failures are collected by the tracked handlers, with the delivery they belong to.
      onOutcome: () => {},
      onRejected: (error, status) => rejected.push({ status, message: error.message }),
    }),
  );
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const botUrl = `http://127.0.0.1:${server.address().port}/webhook`;
  log(`\nGraph mock (Prism): ${prism.baseUrl}\nEcho bot webhook:   ${botUrl}\n`);
  try {
    const handshake = await fetch(`${botUrl}?hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=${CHALLENGE}`);
    const challenge = await handshake.text();
    log(`GET handshake → ${handshake.status} ${challenge}`);
    if (handshake.status !== 200 || challenge !== CHALLENGE) problems.push(`handshake: got ${handshake.status} ${challenge}, expected 200 ${CHALLENGE}`);

    for (const sample of sampleDeliveries(PHONE_NUMBER_ID, bot)) {
      log(`\nMeta → bot: ${sample.label}`);
      const found = await deliver(sample);
      problems.push(...found.map((problem) => `${sample.label}: ${problem}`));
      log(found.length ? found.map((problem) => `  ✗ ${problem}`).join('\n') : `  ✓ ${sample.requests.length} Graph request(s), as expected, all accepted`);
    }
    problems.push(...rejected.splice(0).map(({ status, message }) => `the bot rejected a sample delivery (${status}): ${message}`));

    const requestsBefore = transcript.requests.length;
    const forged = await fetch(botUrl, { method: 'POST', headers: { 'x-hub-signature-256': sign('{}', 'wrong-secret') }, body: '{"object":"whatsapp_business_account","entry":[]}' });
    log(`\nA delivery with a forged signature → ${forged.status} (rejected, as it must be)`);
    if (forged.status !== 401 || rejected.length !== 1) problems.push(`forged delivery: got ${forged.status}, expected 401`);
    if (transcript.requests.length !== requestsBefore) problems.push('forged delivery: the bot made Graph requests');
  } finally {
    await new Promise((resolve) => server.close(resolve));
    await prism.stop();
  }
  return { problems, deliveries };

  async function deliver(sample) {
    const found = [];
    const requestsBefore = transcript.requests.length;
    const handledBefore = tracked.handled.length;
    const response = await fetch(botUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': sign(sample.body, APP_SECRET) },
      body: sample.body,
    });
    say(`bot answered ${response.status} ${await response.text()}`);
    if (response.status !== 200) found.push(`the bot answered ${response.status}, not 200`);
    else {
      try {
        await tracked.settled(handledBefore + sample.events.length);
      } catch (error) {
        found.push(error.message);
      }
    }
    const handled = tracked.handled.slice(handledBefore);
    const types = handled.map((h) => h.type);
    if (types.join() !== sample.events.join()) found.push(`handled events [${types}], expected [${sample.events}]`);
    for (const { type, error } of handled) if (error) found.push(`the ${type} handler failed: ${describeError(error)}`);
    const requests = transcript.requests.slice(requestsBefore);
    found.push(...compareRequests(sample.requests, requests));
    deliveries.push({ label: sample.label, requests });
    return found;
  }

  function describeError(error) {
    return error instanceof sdk.WhatsAppError ? `${error.name} ${error.category}/${error.action}: ${error.message}` : String(error);
  }
}
