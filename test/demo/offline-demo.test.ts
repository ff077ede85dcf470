// `npm start` without its build steps: the demo script on the tests' own build (--dist), with
// Prism, the echo bot and the signed samples for real. Then the demo's core with a bot that gets
// things wrong, to prove the transcript check catches each kind of mistake.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { echoBotHandlers } from '../../scripts/demo/echo-bot.mjs';
import { runOfflineDemo } from '../../scripts/demo/offline.mjs';
import { sampleDeliveries } from '../../scripts/demo/sample-webhooks.mjs';
import { builtDist, root } from '../support/dist.js';

let dist: string;
beforeAll(async () => {
  dist = await builtDist();
});

const load = (entry: string) => import(pathToFileURL(path.join(dist, 'esm', 'src', entry)).href);

function runDemo(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'scripts', 'demo.mjs'), ...args], {
      cwd: root,
      // Offline mode whatever the developer's shell holds.
      env: { ...process.env, WHATSAPP_ACCESS_TOKEN: '', WHATSAPP_PHONE_NUMBER_ID: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('the offline demo', () => {
  it('posts every sample, checks each Graph request against Prism, and exits 0', async () => {
    const run = await runDemo(['--dist', dist]);
    expect(run.stderr).toBe('');
    expect(run.code, run.stdout).toBe(0);
    const samples = sampleDeliveries('106540352242922');
    for (const { label, requests } of samples) {
      expect(run.stdout).toContain(`Meta → bot: ${label}\n`);
      expect(run.stdout).toMatch(new RegExp(`Meta → bot: ${label}\\n[\\s\\S]*?✓ ${requests.length} Graph request\\(s\\), as expected, all accepted`));
    }
    // What the bot sent, in order, as the transcript shows it.
    const sent = [...run.stdout.matchAll(/bot → Graph: (POST \S+ \S+) → (\d+)/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(sent).toEqual([
      'POST /106540352242922/messages status=read 200',
      'POST /106540352242922/messages text 200',
      'POST /106540352242922/messages reaction 200',
      'POST /106540352242922/messages template 200',
      'POST /106540352242922/messages text 200',
      'POST /106540352242922/calls pre_accept 200',
      'POST /106540352242922/calls accept 200',
    ]);
    expect(run.stdout).toContain('GET handshake → 200 1158201444');
    expect(run.stdout).toContain('forged signature → 401');
    expect(run.stdout).toContain('Every webhook caused exactly the Graph requests expected');
    // The last step: the same bot under the testing kit, with createGraphMock as Graph.
    expect(run.stdout).toContain('testing kit → bot: textMessage("Hello 👋 / bonjour") → 200; the bot called sendMessage, sendMessage');
    expect(run.stdout).toContain('testing kit → bot: buttonReply({ id: "yes", title: "Yes" }) → 200; the bot called sendMessage');
    expect(run.stdout).toContain('testing kit: a text without a body → GraphApiError 100: Param text.body is required');
    // --dist means no build step: the developer's dist/ and generated/ are left alone.
    expect(run.stdout).not.toMatch(/› (generate|build|docs)/);
  }, 180_000);

  it('reports a missing request, a wrong one and one Prism refused, naming the delivery', async () => {
    const sdk = await load('index.js');
    const node = await load('webhooks/node.js');
    const lines: string[] = [];
    const { problems, deliveries } = await runOfflineDemo({
      sdk,
      node,
      log: (line) => lines.push(line),
      handlersFor: (wa, say, bot) => {
        const echo = echoBotHandlers(wa, say, bot);
        return {
          ...echo,
          message: async (event) => {
            const { message, phoneNumberId } = event;
            // Forgets to react to images.
            if (message.type === 'image') return;
            // Sends the template in another language than the one configured.
            if (message.type === 'interactive') {
              await wa.messages.sendTemplate(message.from, { name: 'hello_world', language: { code: 'pt_BR' } }, { phoneNumberId });
              return;
            }
            // Sends a text without its body: Prism refuses it.
            if (message.type === 'text') {
              await wa.messages.send({ messaging_product: 'whatsapp', to: message.from, type: 'text', text: {} }, { phoneNumberId });
              return;
            }
            return echo.message!(event);
          },
        };
      },
    });
    expect(problems).toContain('image message: expected POST /106540352242922/messages (reaction), but the bot sent nothing more');
    expect(problems).toContainEqual(
      expect.stringMatching(/^button reply: request 1: expected POST \/106540352242922\/messages \(template\), got .*template\.language\.code is "pt_BR", not "en_US"/),
    );
    expect(problems).toContainEqual(expect.stringMatching(/^text message: POST \/106540352242922\/messages \(text\) was not accepted: HTTP 400, \d+ spec violation/));
    expect(problems).toContainEqual(expect.stringMatching(/^text message: the message handler failed: GraphApiError/));
    expect(problems).toContainEqual(expect.stringMatching(/^text message: request 1: expected .*\(status=read\)/));
    // The deliveries the broken bot handled like the echo bot raise nothing.
    expect(problems.filter((p) => /^(flow completion|delivery status|incoming call):/.test(p))).toEqual([]);
    expect(deliveries.map((d) => d.label)).toEqual(sampleDeliveries('106540352242922').map((s) => s.label));
    expect(lines.join('\n')).toContain('✗ expected POST /106540352242922/messages (reaction), but the bot sent nothing more');
  }, 180_000);
});
