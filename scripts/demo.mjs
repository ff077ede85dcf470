#!/usr/bin/env node
// npm start: the offline demo. Regenerates and builds the SDK, starts Prism (a Graph mock that
// validates every request against the spec) on loopback, sends a text through the built
// package and prints the typed response.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startPrism } from './lib/prism.mjs';
import { root } from './lib/paths.mjs';

step('generate', ['scripts/generate.mjs']);
step('build', ['scripts/build.mjs']);

const { createWhatsApp } = await import(pathToFileURL(path.join(root, 'dist', 'esm', 'src', 'index.js')).href);
const prism = await startPrism();
console.log(`Prism (Graph mock) listening at ${prism.baseUrl}`);
try {
  const wa = createWhatsApp({ accessToken: 'demo-token', phoneNumberId: '106540352242922', baseUrl: prism.baseUrl });
  const response = await wa.messages.sendText('16505551234', 'Hello from whatsapp-cloud-sdk');
  console.log('sent a text; Graph answered:');
  console.log(JSON.stringify(response, null, 2));
} finally {
  await prism.stop();
}

function step(name, args) {
  console.log(`› ${name}`);
  const run = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
