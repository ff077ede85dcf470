// A real redis-server for the scale-out tests and the broadcast benchmark: Debian's package,
// installed with apt-get when missing and running as root (as the browser tests do for Chromium),
// started on a free loopback port with its own temporary directory, and stopped with it.
// When redis-server cannot be had, ensureRedisServer() throws the reason: the tests fail, they
// never skip, so a passing run means the Redis checks ran.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { installDebianPackage } from './debian-package.mjs';
import { freePort } from './prism.mjs';

export const REDIS_SERVER = '/usr/bin/redis-server';

/** Installs redis-server when it is missing; throws why when it cannot be installed. */
export async function ensureRedisServer() {
  if (existsSync(REDIS_SERVER)) return REDIS_SERVER;
  const why = await installRedisServer();
  if (why) throw new Error(`redis-server is needed and is not available: ${why}`);
  return REDIS_SERVER;
}

function installRedisServer() {
  return installDebianPackage(REDIS_SERVER, 'redis-server', ['--no-install-recommends']);
}

/**
 * Starts a redis-server on a free loopback port, persisting nothing, in a fresh temporary
 * directory. `stop()` ends it and removes the directory; `kill()` ends it at once (SIGKILL), to
 * test what happens when Redis goes away.
 */
export async function startRedisServer() {
  const binary = await ensureRedisServer();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wa-redis-'));
  const port = await freePort();
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no', '--daemonize', 'no', '--protected-mode', 'yes', '--loglevel', 'warning'];
  const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    await waitForPort(port, child, () => output, 20_000);
  } catch (error) {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  let stopped = false;
  const end = async (signal) => {
    if (!stopped) {
      stopped = true;
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    log: () => output,
    cpuMs: () => cpuMsOf(child.pid),
    stop: () => end('SIGTERM'),
    kill: () => end('SIGKILL'),
  };
}

function waitForPort(port, child, output, timeoutMs) {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (child.exitCode !== null) return reject(new Error(`redis-server exited with ${child.exitCode}:\n${output()}`));
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.end();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() - started > timeoutMs) reject(new Error(`redis-server did not listen on ${port} within ${timeoutMs} ms:\n${output()}`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

/** CPU time (user + system) a process has used so far, from /proc, in ms; undefined off Linux. */
function cpuMsOf(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime are fields 14 and 15 of stat, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}
