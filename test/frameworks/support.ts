// The framework recipes, tested as a user runs them: each recipe is the README code block marked
// ```ts recipe:<name>, written into an app folder whose node_modules holds the built package
// (so `whatsapp-cloud-sdk/webhooks` resolves as it does after `npm install`), and run on the
// real framework. Every recipe must pass the same four checks (see `recipeChecks`).
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import path from 'node:path';
import { transform } from 'esbuild';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { codeBlocks } from '../readme/code-blocks.js';
import { builtDist, root } from '../support/dist.js';
import { fixtures, metaBytes, SECRET, sign } from '../webhooks/support.js';
import { DEFAULT_MAX_BODY_BYTES } from '../../src/webhooks/verify-signature.js';

export const VERIFY_TOKEN = 'recipe-verify-token';

/** What the recipes read from the environment (or Workers bindings). */
export const RECIPE_ENV = { WHATSAPP_APP_SECRET: SECRET, WHATSAPP_VERIFY_TOKEN: VERIFY_TOKEN };

const delivery = fixtures['messages-text']!;
const body = metaBytes(delivery);
/** The id every recipe logs when the delivery reaches its message handler. */
export const MESSAGE_ID = (delivery.entry[0]!.changes[0]!.value.messages as { id: string }[])[0]!.id;

/** The code of the README block marked `recipe:<name>` (type-checked or `nocheck`); fails when there is none. */
export function recipe(name: string): string {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8').replace(/^(\s*(?:`{3,}|~{3,})\s*(?:ts|typescript)\b.*?)\bnocheck\b/gm, '$1');
  const blocks = codeBlocks(readme).filter((block) => block.info.split(/\s+/).includes(`recipe:${name}`));
  if (blocks.length !== 1) throw new Error(`README.md has ${blocks.length} code blocks marked recipe:${name}, expected one`);
  return blocks[0]!.code;
}

export interface RecipeApp {
  dir: string;
  /** Writes a file of the app (folders created as needed) and returns its absolute path. */
  write(file: string, contents: string): string;
  remove(): void;
}

/**
 * A folder inside the repository (so frameworks resolve from its node_modules) with the built
 * package installed as node_modules/whatsapp-cloud-sdk, declared in the app's package.json.
 */
export async function recipeApp(name: string): Promise<RecipeApp> {
  const dist = await builtDist();
  mkdirSync(path.join(root, '.tmp'), { recursive: true });
  const dir = mkdtempSync(path.join(root, '.tmp', `recipe-${name}-`));
  const pkg = path.join(dir, 'node_modules', 'whatsapp-cloud-sdk');
  mkdirSync(pkg, { recursive: true });
  cpSync(path.join(root, 'package.json'), path.join(pkg, 'package.json'));
  for (const format of ['esm', 'cjs']) cpSync(path.join(dist, format), path.join(pkg, 'dist', format), { recursive: true });
  const write = (file: string, contents: string) => {
    const target = path.join(dir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, contents);
    return target;
  };
  write('package.json', JSON.stringify({ name: `recipe-${name}`, private: true, type: 'module', dependencies: { 'whatsapp-cloud-sdk': '*' } }));
  return { dir, write, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A running recipe: how to reach its webhook, and what it has printed so far. */
export interface RunningRecipe {
  /** Sends a request to the webhook (or to `path` of the same app); `query` is appended to the URL. */
  send(init: RequestInit, query?: string, path?: string): Promise<Response>;
  /** Everything the app logged (stdout of a child process, or captured console.log lines). */
  output(): string;
  close(): Promise<void>;
}

/** Waits until `condition` holds, up to `ms`. */
export async function until(condition: () => boolean, ms = 10_000): Promise<boolean> {
  for (const started = Date.now(); Date.now() - started < ms; await new Promise((resolve) => setTimeout(resolve, 25))) {
    if (condition()) return true;
  }
  return condition();
}

/**
 * The four checks every recipe passes: a signed delivery is accepted and reaches the message
 * handler, a forged signature gets 401, the GET handshake gets its challenge back, and a body
 * over the default cap gets 413. `running()` gives the recipe started in `beforeAll`.
 */
export function recipeChecks(running: () => RunningRecipe) {
  it('accepts a signed delivery and runs its message handler', async () => {
    const app = running();
    const response = await app.send({ method: 'POST', headers: { 'content-type': 'application/json', 'x-hub-signature-256': sign(body) }, body });
    expect(response.status).toBe(200);
    await response.arrayBuffer();
    // Where the handlers run after the 200 (the Node adapter, waitUntil), the log comes a moment later.
    await until(() => app.output().includes(MESSAGE_ID));
    expect(app.output()).toContain(MESSAGE_ID);
  });

  it('refuses a forged signature with 401, before reading the body as JSON', async () => {
    const app = running();
    const response = await app.send({ method: 'POST', headers: { 'content-type': 'application/json', 'x-hub-signature-256': sign(body, 'not-the-app-secret') }, body });
    expect(response.status).toBe(401);
    expect(await response.text()).toMatch(/signature/i);
    // Not JSON at all: a parser running first would answer 400 (or 500); only the signature is looked at.
    const garbage = '{"entry": [';
    const unparsed = await app.send({ method: 'POST', headers: { 'content-type': 'application/json', 'x-hub-signature-256': sign(garbage, 'not-the-app-secret') }, body: garbage });
    expect(unparsed.status).toBe(401);
    await unparsed.arrayBuffer();
  });

  it('answers the GET handshake with the challenge', async () => {
    const app = running();
    const response = await app.send({ method: 'GET' }, `hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1158201444`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('1158201444');
    const wrong = await app.send({ method: 'GET' }, 'hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1158201444');
    expect(wrong.status).toBe(403);
    await wrong.arrayBuffer();
  });

  it('refuses a body over the cap with 413', async () => {
    const app = running();
    const large = new Uint8Array(DEFAULT_MAX_BODY_BYTES + 1).fill(0x20);
    const response = await app.send({ method: 'POST', headers: { 'content-type': 'application/json', 'x-hub-signature-256': sign(large) }, body: large });
    expect(response.status).toBe(413);
    await response.arrayBuffer();
  });
}

/** `send` for an app at `origin` whose webhook is at `webhookPath`, through `call` (default: fetch over the network). */
export const sendTo =
  (origin: string, webhookPath: string, call: (url: string, init: RequestInit) => Promise<Response> = fetch) =>
  (init: RequestInit, query?: string, path = webhookPath): Promise<Response> =>
    call(`${origin}${path}${query ? `?${query}` : ''}`, init);

/** The recipe as JavaScript: types stripped, nothing else changed (what Node runs after `tsc`). */
export async function recipeAsJavaScript(name: string): Promise<string> {
  return (await transform(recipe(name), { loader: 'ts', format: 'esm', target: 'es2022' })).code;
}

/** A port nothing listens on right now, for recipes that take theirs from `PORT`. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

export interface ServerProcess {
  command: string;
  args: string[];
  cwd: string;
  env?: Record<string, string>;
  /** The webhook's path on the server. */
  path: string;
  /** Either the port the process was told to use, or a pattern of its output whose first group is the port it chose. */
  port: number | RegExp;
  /** How long it may take to start listening (default 30 s). */
  startMs?: number;
}

/** Starts a server process and waits until it listens; its stdout and stderr make `output()`. */
export async function startServer(options: ServerProcess): Promise<RunningRecipe> {
  const child = spawn(options.command, options.args, { cwd: options.cwd, env: { ...process.env, ...RECIPE_ENV, NO_COLOR: '1', ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let exited: number | null | undefined;
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const ended = new Promise<void>((resolve) => child.once('exit', (code) => ((exited = code), resolve())));
  const close = async () => {
    if (exited === undefined) child.kill('SIGTERM');
    await ended;
  };
  let port: number | undefined;
  const deadline = Date.now() + (options.startMs ?? 30_000);
  while (port === undefined && exited === undefined && Date.now() < deadline) {
    if (typeof options.port === 'number') {
      if (await accepts(options.port)) port = options.port;
    } else {
      const match = options.port.exec(output);
      if (match) port = Number(match[1]);
    }
    if (port === undefined) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (port === undefined) {
    await close();
    throw new Error(`${path.basename(options.command)} ${options.args.join(' ')} did not start listening (exit ${String(exited)}):\n${output}`);
  }
  return { send: sendTo(`http://127.0.0.1:${port}`, options.path), output: () => output, close };
}

/**
 * Runs a recipe for the whole test file: `start` gets the app folder and returns the running
 * recipe; the four checks follow, then whatever `more` adds.
 */
export function testRecipe(name: string, start: (app: RecipeApp) => Promise<RunningRecipe>, more?: (running: () => RunningRecipe) => void) {
  let app: RecipeApp | undefined;
  let running: RunningRecipe | undefined;
  beforeAll(async () => {
    app = await recipeApp(name);
    running = await start(app);
  }, 180_000);
  afterAll(async () => {
    await running?.close();
    app?.remove();
  });
  const current = () => {
    if (!running) throw new Error(`the ${name} recipe did not start`);
    return running;
  };
  recipeChecks(current);
  more?.(current);
}

/** A Node recipe (Express, node:http, Fastify, Koa): its JavaScript run by `node` on a free port. */
export async function nodeRecipe(app: RecipeApp, name: string): Promise<RunningRecipe> {
  const file = app.write('server.mjs', await recipeAsJavaScript(name));
  const port = await freePort();
  return startServer({ command: process.execPath, args: [file], cwd: app.dir, env: { PORT: String(port) }, path: '/webhook', port });
}
