#!/usr/bin/env node
// npm start: the offline demo, end to end with no Meta account.
//   1. regenerate, build the package and the docs site;
//   2. start Prism (a Graph mock that validates every request against the spec) and an echo bot
//      built with the SDK (its webhook handler on node:http), both on loopback;
//   3. post signed webhooks of several kinds to the bot; the bot answers through Graph (Prism);
//   4. print the transcript, check it against what each webhook should have caused (the events
//      handled, the exact Graph requests, each one accepted), and exit 1 if anything differs;
//   5. test the same bot with the testing kit (whatsapp-cloud-sdk/testing): built deliveries,
//      signed as Graph signs them, and createGraphMock as Graph, with no server.
// With WHATSAPP_ACCESS_TOKEN and WHATSAPP_PHONE_NUMBER_ID set, the same bot serves real webhooks
// against the real Graph API instead (scripts/demo/live.mjs lists its settings; README, "The demo
// against the real API").
//
// --no-build      skip step 1 and use dist/ as it is
// --dist <dir>    use the build in <dir> (as `scripts/build.mjs --out <dir>` makes it); implies
//                 --no-build, so tests can run the demo without touching dist/ or generated/
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { liveSettings, startLiveBot } from './demo/live.mjs';
import { runOfflineDemo } from './demo/offline.mjs';
import { runTestingKitDemo } from './demo/testing-kit.mjs';
import { root } from './lib/paths.mjs';

const { values: flags } = parseArgs({ options: { 'no-build': { type: 'boolean', default: false }, dist: { type: 'string' } } });
const dist = flags.dist ? path.resolve(flags.dist) : path.join(root, 'dist');
const build = !flags['no-build'] && !flags.dist;

let settings;
try {
  settings = liveSettings(process.env);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

if (build) {
  step('generate', ['scripts/generate.mjs']);
  step('build', ['scripts/build.mjs']);
  if (!settings) step('docs', ['scripts/docs.mjs']);
}

if (!existsSync(path.join(dist, 'esm', 'src', 'index.js'))) {
  console.error(`No build in ${dist}: run \`npm run build\` first, or drop --no-build.`);
  process.exit(1);
}
const load = (entry) => import(pathToFileURL(path.join(dist, 'esm', 'src', entry)).href);
const sdk = await load('index.js');
const node = await load('webhooks/node.js');

if (settings) {
  const bot = await startLiveBot({ sdk, node, settings });
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => bot.close().then(() => process.exit(0)));
} else {
  const { problems } = await runOfflineDemo({ sdk, node });
  const kit = await runTestingKitDemo({ sdk, webhooks: await load('webhooks/index.js'), testing: await load('testing/index.js') });
  problems.push(...kit.problems);
  if (build) console.log(`\nDocs: ${path.join(root, 'dist', 'docs', 'index.html')}`);
  if (problems.length) {
    console.error(`\nThe demo found ${problems.length} problem(s):\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    process.exit(1);
  }
  console.log('\nEvery webhook caused exactly the Graph requests expected, and the Graph mock accepted each one.');
  console.log('Under the testing kit the bot made the same calls, and createGraphMock refused a send the spec does not allow.');
}

function step(name, args) {
  console.log(`› ${name}`);
  const run = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
