// Type cost: what the package adds to a consumer's `tsc`. Two apps type-checked with library files
// checked in full (`skipLibCheck: false`, strict, moduleResolution nodenext, lib es2023 + @types/node,
// the usual settings of a Node project): a realistic small app that sends a text and answers
// webhooks with the built package installed, and a baseline with only @types/node. Each round runs
// both, in turn, as fresh tsc processes; the figures are medians of the rounds, and the ratio is
// the median of each round's app/baseline, so a slow spell of the machine lands on both. Time is
// the tsc process's CPU time (user + system), which a machine shared with other work disturbs far
// less than wall time; `check` is tsc's own check phase (--extendedDiagnostics, wall clock).
// Budget: the app costs at most 1.5× the baseline. Where the time went (tsc --generateTrace):
// openapi-fetch's declarations, whose generic Client costs about 1 s of variance checks; that is
// why the raw client is an entry point of its own (`whatsapp-cloud-sdk/raw`), which this app, like
// most, does not import.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { median } from './measure.mjs';

const ROUNDS = 5;
const TARGET = 1.5;

const APP = `import { createServer } from 'node:http';
import { createWhatsApp, GraphApiError, replyAddress } from 'whatsapp-cloud-sdk';
import { createNodeWebhookHandler } from 'whatsapp-cloud-sdk/webhooks/node';

const wa = createWhatsApp({ accessToken: process.env.WHATSAPP_ACCESS_TOKEN!, phoneNumberId: process.env.WHATSAPP_PHONE_NUMBER_ID! });
try {
  const sent = await wa.messages.sendText('16505551234', 'Your order has shipped');
  console.log(sent.messages[0]?.id);
} catch (error) {
  if (error instanceof GraphApiError) console.error(error.code, error.category);
}
const webhook = createNodeWebhookHandler({
  appSecret: process.env.WHATSAPP_APP_SECRET!,
  verifyToken: process.env.WHATSAPP_VERIFY_TOKEN!,
  handlers: {
    message: async (event) => {
      const to = replyAddress(event);
      if (event.message.type === 'text' && to) await wa.messages.sendText(to, \`You said: \${event.message.text.body}\`, { replyTo: event.message.id });
    },
  },
});
createServer(webhook).listen(3000);
`;

const BASELINE = `import { createServer } from 'node:http';

const server = createServer((request, response) => {
  console.log(request.method, request.url);
  response.end('ok');
});
server.listen(3000);
`;

// Prints the process's CPU time when tsc exits (tsc ends with process.exit).
const CPU_PROBE = `process.on('exit', () => { const u = process.cpuUsage(); process.stderr.write('CPU ms: ' + (u.user + u.system) / 1000 + '\\n'); });\n`;

export async function run({ root }) {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const work = mkdtempSync(path.join(os.tmpdir(), 'wa-type-cost-'));
  try {
    const probe = path.join(work, 'cpu-probe.cjs');
    writeFileSync(probe, CPU_PROBE);
    const app = project(work, 'app', APP, root);
    const baseline = project(work, 'baseline', BASELINE, root);
    // The package as installed: its package.json and the built dist/, under node_modules.
    const pkg = path.join(app, 'node_modules', 'whatsapp-cloud-sdk');
    mkdirSync(path.join(pkg, 'dist'), { recursive: true });
    writeFileSync(path.join(pkg, 'package.json'), readFileSync(path.join(root, 'package.json')));
    for (const format of ['esm', 'cjs']) symlinkSync(path.join(root, 'dist', format), path.join(pkg, 'dist', format), 'dir');

    const samples = { app: [], baseline: [] };
    for (let round = -1; round < ROUNDS; round++) {
      for (const [name, dir] of [['baseline', baseline], ['app', app]]) {
        const sample = typeCheck(tsc, probe, dir);
        if (round >= 0) samples[name].push(sample);
      }
    }
    const ratio = (key) => median(samples.app.map((sample, round) => sample[key] / samples.baseline[round][key]));
    const med = (name, key) => median(samples[name].map((sample) => sample[key]));
    const group = `type cost (tsc, skipLibCheck false, median of ${ROUNDS} rounds)`;
    const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
    return [
      { group, name: 'baseline app (@types/node only): tsc CPU', value: s(med('baseline', 'cpu')), ms: med('baseline', 'cpu') },
      { group, name: 'consumer app (send + webhook): tsc CPU', value: s(med('app', 'cpu')), ms: med('app', 'cpu'), ratio: ratio('cpu'), target: TARGET },
      { group, name: 'baseline app: check phase', value: s(med('baseline', 'check')), ms: med('baseline', 'check') },
      { group, name: 'consumer app: check phase', value: s(med('app', 'check')), ms: med('app', 'check'), ratio: ratio('check') },
      { group, name: 'consumer app: files / types', value: `${samples.app[0].files} / ${samples.app[0].types}`, files: samples.app[0].files, types: samples.app[0].types },
      { group, name: 'baseline app: files / types', value: `${samples.baseline[0].files} / ${samples.baseline[0].types}`, files: samples.baseline[0].files, types: samples.baseline[0].types },
    ];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function project(work, name, source, root) {
  const dir = path.join(work, name);
  mkdirSync(path.join(dir, 'node_modules'), { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, private: true, type: 'module' }));
  writeFileSync(path.join(dir, 'index.ts'), source);
  const compilerOptions = {
    target: 'es2022',
    lib: ['es2023'],
    module: 'nodenext',
    moduleResolution: 'nodenext',
    strict: true,
    skipLibCheck: false,
    noEmit: true,
    types: ['node'],
    typeRoots: [path.join(root, 'node_modules', '@types')],
  };
  writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['index.ts'] }, null, 2));
  return dir;
}

function typeCheck(tsc, probe, dir) {
  const run = spawnSync(process.execPath, ['--require', probe, tsc, '-p', dir, '--extendedDiagnostics'], { cwd: dir, encoding: 'utf8' });
  const out = `${run.stdout}${run.stderr}`;
  if (run.status !== 0) throw new Error(`type-cost: tsc failed in ${path.basename(dir)}:\n${out}`);
  const figure = (label) => {
    const match = out.match(new RegExp(`^${label}:\\s+([\\d.]+)`, 'm'));
    if (!match) throw new Error(`type-cost: no "${label}" in tsc's diagnostics`);
    return Number(match[1]);
  };
  return { cpu: figure('CPU ms'), check: figure('Check time') * 1000, files: figure('Files'), types: figure('Types') };
}
