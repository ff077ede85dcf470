// The demo's last step: the same echo bot tested the way an app tests its own bot, with the
// testing kit (`whatsapp-cloud-sdk/testing`) and no server at all. Deliveries come from the kit's
// builders, signed as Graph signs them, and go straight to the bot's web handler; Graph is
// createGraphMock, which checks every request against the spec's request schemas.
import { echoBotHandlers } from './echo-bot.mjs';

const APP_SECRET = 'demo-app-secret';
const PHONE_NUMBER_ID = '106540352242922';

/**
 * Resolves to `{ problems }`, empty when each delivery made exactly the expected operations, the
 * mock accepted them, and a send that breaks the spec was refused naming its field.
 * sdk: the root entry point; webhooks: `whatsapp-cloud-sdk/webhooks`; testing: `whatsapp-cloud-sdk/testing`.
 */
export async function runTestingKitDemo({ sdk, webhooks, testing, log = console.log }) {
  const problems = [];
  const say = (line) => log(`  ${line}`);
  const graph = testing.createGraphMock();
  const wa = sdk.createWhatsApp({ accessToken: 'demo-token', phoneNumberId: PHONE_NUMBER_ID, fetch: graph });
  const failures = [];
  const handle = webhooks.createWebhookHandler({
    appSecret: APP_SECRET,
    handlers: echoBotHandlers(wa, say),
    seen: false,
    onOutcome: (outcome) => failures.push(...outcome.failures.map((failure) => String(failure.error))),
  });

  log('\nThe same bot under test with whatsapp-cloud-sdk/testing (createGraphMock, no server):');
  const cases = [
    { label: 'textMessage("Hello 👋 / bonjour")', delivery: testing.textMessage('Hello 👋 / bonjour', { phoneNumberId: PHONE_NUMBER_ID }), operations: ['sendMessage', 'sendMessage'] },
    { label: 'buttonReply({ id: "yes", title: "Yes" })', delivery: testing.buttonReply({ id: 'yes', title: 'Yes' }, { phoneNumberId: PHONE_NUMBER_ID }), operations: ['sendMessage'] },
    { label: 'statusDelivery("read")', delivery: testing.statusDelivery('read', { phoneNumberId: PHONE_NUMBER_ID }), operations: [] },
  ];
  for (const { label, delivery, operations } of cases) {
    const before = graph.calls.length;
    const signed = await testing.signWebhook(delivery, APP_SECRET);
    const response = await handle(signed.request('https://bot.example/webhook'));
    const calls = graph.calls.slice(before);
    log(`testing kit → bot: ${label} → ${response.status}; the bot called ${calls.length ? calls.map((call) => call.operationId).join(', ') : 'nothing'}`);
    if (response.status !== 200) problems.push(`testing kit, ${label}: the bot answered ${response.status}`);
    if (calls.map((call) => call.operationId).join() !== operations.join()) problems.push(`testing kit, ${label}: the bot called [${calls.map((call) => call.operationId)}], expected [${operations}]`);
    for (const call of calls) if (call.problem) problems.push(`testing kit, ${label}: the mock refused ${call.operationId}: ${call.problem}`);
  }
  problems.push(...failures.splice(0).map((failure) => `testing kit: a handler failed: ${failure}`));

  const refused = await wa.messages.send({ to: '16505551234', type: 'text', text: {} }).catch((error) => error);
  const refusedRight = refused instanceof sdk.GraphApiError && refused.code === 100 && refused.details === 'Param text.body is required';
  log(`testing kit: a text without a body → ${refused instanceof sdk.GraphApiError ? `GraphApiError ${refused.code}: ${refused.details}` : String(refused)}`);
  if (!refusedRight) problems.push('testing kit: a text without a body was not refused with code 100 naming text.body');
  return { problems };
}
