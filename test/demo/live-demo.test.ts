// The demo in live mode (WHATSAPP_ACCESS_TOKEN + WHATSAPP_PHONE_NUMBER_ID), pointed by
// WHATSAPP_GRAPH_BASE_URL at a Graph stand-in on loopback: the real script, the real bot and
// webhook server, signed deliveries over HTTP; the stand-in records what reaches "Graph".
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liveSettings } from '../../scripts/demo/live.mjs';
import { sampleDeliveries, sign } from '../../scripts/demo/sample-webhooks.mjs';
import { builtDist, root } from '../support/dist.js';

const PHONE_NUMBER_ID = '109876543210123';
const APP_SECRET = 'live-demo-secret';
const TOKEN = 'live-demo-token';
const TEMPLATE = { name: 'order_confirmation', language: 'pt_BR' };
const demo = path.join(root, 'scripts', 'demo.mjs');

interface Received {
  method: string;
  url: string;
  authorization: string | undefined;
  body: Record<string, unknown>;
}

let output = '';
let graph: Server;
let bot: ChildProcess;
let botUrl: string;
const received: Received[] = [];
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

/** Resolves once `check` holds, looking again at each new piece of output or Graph request. */
function waitFor(check: () => boolean, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const stop = () => {
      listeners.delete(wake);
      bot.off('exit', onExit);
    };
    const onExit = (code: number | null) => {
      stop();
      reject(new Error(`the demo exited (${code}) before ${what}:\n${output}`));
    };
    const wake = () => {
      if (!check()) return;
      stop();
      resolve();
    };
    listeners.add(wake);
    bot.once('exit', onExit);
    wake();
  });
}

beforeAll(async () => {
  const dist = await builtDist();
  graph = createServer(async (req: IncomingMessage, res) => {
    let text = '';
    for await (const chunk of req) text += chunk;
    received.push({ method: req.method ?? '', url: req.url ?? '', authorization: req.headers.authorization, body: JSON.parse(text || '{}') });
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ messaging_product: 'whatsapp', contacts: [{ input: '16505551234', wa_id: '16505551234' }], messages: [{ id: `wamid.STUB-${received.length}` }], success: true }));
    notify();
  });
  graph.listen(0, '127.0.0.1');
  await once(graph, 'listening');
  const graphBase = `http://127.0.0.1:${(graph.address() as AddressInfo).port}/v99.0`;

  bot = spawn(process.execPath, [demo, '--dist', dist], {
    cwd: root,
    env: {
      ...process.env,
      WHATSAPP_ACCESS_TOKEN: TOKEN,
      WHATSAPP_PHONE_NUMBER_ID: PHONE_NUMBER_ID,
      WHATSAPP_APP_SECRET: APP_SECRET,
      WHATSAPP_VERIFY_TOKEN: 'live-verify',
      WHATSAPP_GRAPH_BASE_URL: graphBase,
      WHATSAPP_TEMPLATE_NAME: TEMPLATE.name,
      WHATSAPP_TEMPLATE_LANGUAGE: TEMPLATE.language,
      PORT: '0',
      HOST: '127.0.0.1',
    },
  });
  bot.stdout!.on('data', (chunk) => {
    output += chunk;
    notify();
  });
  bot.stderr!.on('data', (chunk) => {
    output += chunk;
    notify();
  });
  await waitFor(() => /listening on port \d+/.test(output), 'it listened');
  botUrl = `http://127.0.0.1:${/listening on port (\d+)/.exec(output)![1]}/webhook`;
}, 180_000);

afterAll(async () => {
  if (bot && bot.exitCode === null) {
    bot.kill('SIGTERM');
    await once(bot, 'exit');
  }
  graph?.close();
});

describe('the demo in live mode', () => {
  it('answers the GET handshake with the configured verify token', async () => {
    const ok = await fetch(`${botUrl}?hub.mode=subscribe&hub.verify_token=live-verify&hub.challenge=42`);
    expect([ok.status, await ok.text()]).toEqual([200, '42']);
    const wrong = await fetch(`${botUrl}?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=42`);
    expect(wrong.status).toBe(403);
  });

  it('sends what each webhook calls for to the configured Graph, with the configured template, and leaves calls alone', async () => {
    const samples = sampleDeliveries(PHONE_NUMBER_ID, { template: TEMPLATE, answerCalls: false });
    expect(samples.find((s) => s.label === 'incoming call')!.requests).toEqual([]);
    const seen: string[] = [];
    for (const sample of samples) {
      const before = received.length;
      const response = await fetch(botUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-hub-signature-256': sign(sample.body, APP_SECRET) },
        body: sample.body,
      });
      expect(response.status, sample.label).toBe(200);
      // The bot may acknowledge before its handler runs: wait for what the handler leaves behind.
      const done =
        sample.requests.length > 0
          ? () => received.length >= before + sample.requests.length
          : sample.label === 'incoming call'
            ? () => output.includes('left unanswered')
            : () => output.includes('is delivered');
      await waitFor(done, `the bot handled the ${sample.label}`);
      const got = received.slice(before);
      expect(got.map((r) => `${r.method} ${r.url.split('?')[0]}`), sample.label).toEqual(sample.requests.map((r) => `${r.method} /v99.0${r.path}`));
      got.forEach((request, i) => expect(request.body, sample.label).toMatchObject(sample.requests[i]!.body));
      seen.push(...got.map((r) => String(r.body.type ?? r.body.action ?? r.body.status)));
    }
    expect(seen).toEqual(['read', 'text', 'reaction', 'template', 'text']);
    expect(received.every((r) => r.authorization === `Bearer ${TOKEN}`)).toBe(true);
    expect(received.find((r) => r.body.type === 'template')!.body.template).toEqual({ name: TEMPLATE.name, language: { code: TEMPLATE.language } });
    // No call action ever reached Graph, and the bot said why.
    expect(received.filter((r) => r.url.includes('/calls'))).toEqual([]);
    expect(output).toMatch(/incoming call .* left unanswered: answering needs an SDP answer from a WebRTC stack/);
  }, 60_000);

  it('rejects a delivery signed with another secret, and sends nothing for it', async () => {
    const before = received.length;
    const [sample] = sampleDeliveries(PHONE_NUMBER_ID);
    const response = await fetch(botUrl, { method: 'POST', headers: { 'x-hub-signature-256': sign(sample!.body, 'not-the-secret') }, body: sample!.body });
    expect(response.status).toBe(401);
    await waitFor(() => output.includes('rejected a delivery (401)'), 'it logged the rejection');
    expect(received.length).toBe(before);
  });
});

describe('live settings', () => {
  const base = { WHATSAPP_ACCESS_TOKEN: 't', WHATSAPP_PHONE_NUMBER_ID: '1', WHATSAPP_APP_SECRET: 's' };

  it('defaults to the hello_world template in en_US, which every new WhatsApp Business account has', () => {
    expect(liveSettings(base)).toMatchObject({ template: { name: 'hello_world', language: 'en_US' }, port: 3000, baseUrl: undefined });
  });

  it('is off without both the token and the phone number id', () => {
    expect(liveSettings({ WHATSAPP_ACCESS_TOKEN: 't' })).toBeUndefined();
    expect(liveSettings({ WHATSAPP_PHONE_NUMBER_ID: '1' })).toBeUndefined();
  });

  it('refuses to start without the app secret, or with a base URL that is not a URL', () => {
    expect(() => liveSettings({ ...base, WHATSAPP_APP_SECRET: '' })).toThrow(/WHATSAPP_APP_SECRET/);
    expect(() => liveSettings({ ...base, WHATSAPP_GRAPH_BASE_URL: 'graph.example' })).toThrow(/WHATSAPP_GRAPH_BASE_URL must be an absolute URL/);
    const run = spawnSync(process.execPath, [demo, '--dist', path.join(root, '.tmp', 'no-such-build')], {
      env: { ...process.env, ...base, WHATSAPP_APP_SECRET: '' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Live mode needs WHATSAPP_APP_SECRET');
  });
});
