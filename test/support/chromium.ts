// Headless Chromium from Debian (`apt-get install chromium`), driven by playwright-core. The
// project never downloads browsers through Playwright. On a machine without /usr/bin/chromium the
// helper installs it when running as root. When Chromium cannot be had, the browser tests FAIL
// with the reason (a passing run must mean the browser checks ran), unless the environment says
// WA_SDK_SKIP_BROWSER_TESTS=1: then they are skipped, with the reason printed.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { installDebianPackage } from '../../scripts/lib/debian-package.mjs';

export const CHROMIUM = '/usr/bin/chromium';

/** Set to 1 to skip the browser tests where Chromium cannot be installed, instead of failing them. */
export const SKIP_BROWSER_TESTS = 'WA_SDK_SKIP_BROWSER_TESTS';

// Why Chromium is missing, as found by ensureChromium(); launchChromium() fails with it.
let unavailable: string | undefined;

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Makes sure Chromium is installed. Resolves to a reason to skip only when it cannot be AND
 * WA_SDK_SKIP_BROWSER_TESTS=1; otherwise to undefined, and a missing Chromium makes
 * launchChromium() fail the test with the reason.
 */
export async function ensureChromium(): Promise<string | undefined> {
  unavailable = await installChromium();
  if (!unavailable) return undefined;
  if (process.env[SKIP_BROWSER_TESTS] === '1') return `${unavailable} (skipped: ${SKIP_BROWSER_TESTS}=1)`;
  return undefined;
}

/** Installs Chromium when it is missing and can be installed; resolves to why it is still missing. */
function installChromium(): Promise<string | undefined> {
  return installDebianPackage(CHROMIUM, 'chromium');
}

/** A headless Chromium with a fresh profile; `close()` removes the profile again. */
export async function launchChromium(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is needed for the browser tests and is not available: ${unavailable ?? `${CHROMIUM} is missing`}. ` +
        `Install it (as root: apt-get install -y chromium), or set ${SKIP_BROWSER_TESTS}=1 to skip these tests.`,
    );
  }
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
