// Starts Prism (the Graph mock) on a free loopback port, serving generated/openapi.json.
// Graph puts several kinds of object at one-segment paths (/{media-id}, /{flow-id} …), which
// Prism cannot tell apart; `barePath` keeps just one of them so requests route to the right one.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { bundledSpec, root } from './paths.mjs';

const prismBin = path.join(root, 'node_modules', '@stoplight', 'prism-cli', 'dist', 'index.js');

export async function startPrism(options = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wa-prism-'));
  const spec = JSON.parse(readFileSync(bundledSpec, 'utf8'));
  for (const key of Object.keys(spec.paths)) {
    if (/^\/\{[^/]+\}$/.test(key) && key !== options.barePath) delete spec.paths[key];
    // Sub-paths that differ only in the kind of id (/{phone-number-id}/request_code and
    // /{pre-verified-phone-number-id}/request_code) are one route to Prism as well: the one under
    // `barePath` wins.
    const sibling = options.barePath ? key.replace(/^\/\{[^/]+\}(?=\/)/, options.barePath) : key;
    if (sibling !== key && sibling in spec.paths) delete spec.paths[key];
  }
  const specFile = path.join(dir, 'openapi.json');
  writeFileSync(specFile, JSON.stringify(spec));
  const port = options.port ?? (await freePort());
  const child = spawn(process.execPath, [prismBin, 'mock', specFile, '-p', String(port), '-h', '127.0.0.1'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  try {
    await waitUntilListening(child, () => output, 60_000);
  } catch (error) {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    log: () => output,
    // Prism prints a refusal's reason after it has answered, so a test waits for the line.
    logged: (pattern, timeoutMs = 5_000) => waitForOutput(() => output, pattern, timeoutMs),
    stop: async () => {
      await stopChild(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The output once it matches `pattern`, or as it is when `timeoutMs` has passed. */
async function waitForOutput(read, pattern, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (!pattern.test(read()) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
  return read();
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function waitUntilListening(child, output, timeoutMs) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(new Error(`Prism did not start in ${timeoutMs} ms:\n${output()}`)), timeoutMs);
    const poll = setInterval(() => {
      if (/Prism is listening/.test(output())) done();
    }, 50);
    const onExit = (code) => done(new Error(`Prism exited with ${code}:\n${output()}`));
    child.once('exit', onExit);
    function done(error) {
      clearTimeout(timer);
      clearInterval(poll);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve();
    }
  });
}

function stopChild(child) {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
