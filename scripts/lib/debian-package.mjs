// Installs a Debian package that a test or benchmark needs (Chromium, redis-server) when its
// binary is missing and this process may: Linux with apt-get, running as root. One lock for
// every package: apt-get runs one at a time (dpkg holds its own lock), so a second suite waits
// for the first instead of failing on dpkg's.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Resolves to undefined once `binary` exists, else to why it cannot be had. */
export async function installDebianPackage(binary, name, extraArgs = []) {
  if (existsSync(binary)) return undefined;
  if (process.platform !== 'linux' || !existsSync('/usr/bin/apt-get')) return `${binary} is missing and this is not a Debian-like system`;
  if (process.getuid?.() !== 0) return `${binary} is missing; install it with: sudo apt-get install -y ${name}`;
  const lock = path.join(os.tmpdir(), 'whatsapp-cloud-sdk-apt.lock');
  for (let waited = 0; ; waited += 500) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (waited >= 600_000) return `another process has held ${lock} for 10 minutes (remove it if no install is running)`;
      await new Promise((resolve) => setTimeout(resolve, 500));
      if (existsSync(binary)) return undefined;
    }
  }
  try {
    if (existsSync(binary)) return undefined;
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    for (const args of [['update'], ['install', '-y', ...extraArgs, name]]) {
      const run = spawnSync('apt-get', args, { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      if (run.status !== 0) return `apt-get ${args.join(' ')} failed:\n${run.stdout}${run.stderr}`;
    }
    return existsSync(binary) ? undefined : `apt-get installed ${name} but ${binary} is missing`;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
