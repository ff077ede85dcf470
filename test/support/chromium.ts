// Headless Chromium from Debian (`apt-get install chromium`), driven by playwright-core. The
// project never downloads browsers through Playwright. On a machine without /usr/bin/chromium the
// helper installs it when running as root, and otherwise tells the caller to skip with a reason.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Makes sure Chromium is installed; resolves to a reason to skip when it cannot be. */
export async function ensureChromium(): Promise<string | undefined> {
  if (existsSync(CHROMIUM)) return undefined;
  if (process.platform !== 'linux' || !existsSync('/usr/bin/apt-get')) return `${CHROMIUM} is missing and this is not a Debian-like system`;
  if (process.getuid?.() !== 0) return `${CHROMIUM} is missing; install it with: sudo apt-get install -y chromium`;
  // Two suites may need it at once: one installs, the other waits.
  const lock = path.join(os.tmpdir(), 'whatsapp-cloud-sdk-chromium-install.lock');
  try {
    mkdirSync(lock);
  } catch {
    for (let waited = 0; waited < 600_000 && existsSync(lock); waited += 500) await new Promise((resolve) => setTimeout(resolve, 500));
    return existsSync(CHROMIUM) ? undefined : `${CHROMIUM} is still missing after another test tried to install it`;
  }
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    for (const args of [['update'], ['install', '-y', 'chromium']]) {
      const run = spawnSync('apt-get', args, { env, encoding: 'utf8' });
      if (run.status !== 0) return `apt-get ${args.join(' ')} failed:\n${run.stdout}${run.stderr}`;
    }
    return existsSync(CHROMIUM) ? undefined : `apt-get installed chromium but ${CHROMIUM} is missing`;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** A headless Chromium with a fresh profile; `close()` removes the profile again. */
export async function launchChromium(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'wa-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    timeout: 60_000,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
