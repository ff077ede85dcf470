// The echo bot against the real Graph API (or anything that speaks it, via WHATSAPP_GRAPH_BASE_URL):
// a long-running webhook server for a Meta app. Settings come from the environment:
//
//   WHATSAPP_ACCESS_TOKEN, WHATSAPP_PHONE_NUMBER_ID   both set: live mode
//   WHATSAPP_APP_SECRET          required: Meta signs every delivery with it
//   WHATSAPP_VERIFY_TOKEN        the token of the callback URL handshake
//   WHATSAPP_TEMPLATE_NAME       template sent for a button reply (default hello_world)
//   WHATSAPP_TEMPLATE_LANGUAGE   its language code (default en_US)
//   WHATSAPP_GRAPH_BASE_URL      Graph's base URL, version included (default: the SDK's)
//   PORT, HOST                   where to listen (default 3000, every interface)
import { createServer } from 'node:http';
import { DEFAULT_TEMPLATE, echoBotHandlers } from './echo-bot.mjs';
import { trackHandlers } from './tracked-handlers.mjs';
import { recordingFetch } from './transcript.mjs';

/** The live settings, undefined when the environment does not ask for live mode. */
export function liveSettings(env) {
  const accessToken = env.WHATSAPP_ACCESS_TOKEN;
  const phoneNumberId = env.WHATSAPP_PHONE_NUMBER_ID;
  if (!accessToken || !phoneNumberId) return undefined;
  if (!env.WHATSAPP_APP_SECRET) throw new Error('Live mode needs WHATSAPP_APP_SECRET: the app secret Meta signs webhook deliveries with.');
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not ${JSON.stringify(env.PORT)}.`);
  if (env.WHATSAPP_GRAPH_BASE_URL && !URL.canParse(env.WHATSAPP_GRAPH_BASE_URL)) {
    throw new Error(`WHATSAPP_GRAPH_BASE_URL must be an absolute URL, not ${JSON.stringify(env.WHATSAPP_GRAPH_BASE_URL)}.`);
  }
  return {
    accessToken,
    phoneNumberId,
    appSecret: env.WHATSAPP_APP_SECRET,
    verifyToken: env.WHATSAPP_VERIFY_TOKEN,
    baseUrl: env.WHATSAPP_GRAPH_BASE_URL || undefined,
    template: { name: env.WHATSAPP_TEMPLATE_NAME || DEFAULT_TEMPLATE.name, language: env.WHATSAPP_TEMPLATE_LANGUAGE || DEFAULT_TEMPLATE.language },
    port,
    host: env.HOST || undefined,
  };
}

/** Starts the bot; resolves to `{ port, close() }` once it listens. */
export async function startLiveBot({ sdk, node, settings, log = console.log }) {
  const say = (line) => log(`  ${line}`);
  // Prints each Graph request and its status; nothing is kept.
  const graph = recordingFetch(settings.baseUrl ?? `https://graph.facebook.com/${sdk.GRAPH_VERSION}`, say, undefined, { keep: false });
  const wa = sdk.createWhatsApp({ accessToken: settings.accessToken, phoneNumberId: settings.phoneNumberId, baseUrl: settings.baseUrl, fetch: graph.fetch });
  // Against the real API the bot cannot carry a call's media, so it leaves calls unanswered.
  const bot = echoBotHandlers(wa, say, { template: settings.template, answerCalls: false });
  const { handlers } = trackHandlers(bot, {
    keep: false,
    onSettled: ({ type, error }) => error && log(`  ✗ the ${type} handler failed: ${describeError(sdk, error)}`),
  });
  const server = createServer(
    node.createNodeWebhookHandler({
      appSecret: settings.appSecret,
      verifyToken: settings.verifyToken,
      handlers,
      // Handler failures are logged by the tracked handlers above.
      onOutcome: () => {},
      onRejected: (error, status) => log(`\nrejected a delivery (${status}): ${error.message}`),
    }),
  );
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.port, settings.host, resolve);
  });
  const port = server.address().port;
  log(`Echo bot listening on port ${port} (Graph: ${settings.baseUrl ?? 'graph.facebook.com'}; template ${settings.template.name}/${settings.template.language}).`);
  log("Point your app's webhook callback URL at it over HTTPS (a tunnel will do) and write to your number.");
  return { port, close: () => new Promise((resolve) => server.close(resolve)) };
}

function describeError(sdk, error) {
  return error instanceof sdk.WhatsAppError ? `${error.name} ${error.category}/${error.action}: ${error.message}` : String(error);
}
