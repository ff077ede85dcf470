// Runs test/support/fault-sender.mjs in a child process against the built package and reads
// back what it saw. The stand-in stays in the calling process, so the child's peak RSS is the
// SDK's own (plus Node and the child's small logs).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RetryOptions } from '../../src/index.js';
import { builtDist, root } from './dist.js';

export interface SenderConfig {
  baseUrl: string;
  /** A loopback origin where nothing listens. */
  deadUrl: string;
  /** Share of attempts (0..1) the sender's fetch routes to `deadUrl`. */
  refuseShare: number;
  seed: number;
  count: number;
  concurrency: number;
  timeoutMs: number;
  retry: RetryOptions;
  phoneNumberId: string;
}

/** One attempt as the sender's fetch saw it; times are the child's performance.now() (ms). */
export interface SentAttempt {
  /** Routed to the port where nothing listens. */
  deadPort: boolean;
  start: number;
  end: number;
  /** The error code the fetch failed with (ECONNREFUSED, ECONNRESET …), null when it answered. */
  failure: string | null;
}

export interface SendError {
  name: string;
  /** An instance of the SDK's WhatsAppError. */
  typed: boolean;
  status?: number;
  code?: number;
  retryAfterMs?: number;
  causeCode?: string;
  message: string;
}

export type SendOutcome = { id: string; error?: undefined } | { id?: undefined; error: SendError };

export interface SenderResult {
  elapsedMs: number;
  rssBeforeSendsBytes: number;
  peakRssBytes: number;
  /** By send index; null where a send left no outcome. */
  outcomes: (SendOutcome | null)[];
  /** Marker → attempts in order. */
  attempts: Record<string, SentAttempt[]>;
}

export async function runSender(config: SenderConfig): Promise<SenderResult> {
  const sdk = path.join(await builtDist(), 'esm', 'src', 'index.js');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wa-faults-'));
  const resultFile = path.join(dir, 'result.json');
  try {
    const script = path.join(root, 'test', 'support', 'fault-sender.mjs');
    const child = spawn(process.execPath, [script, JSON.stringify({ ...config, sdk }), resultFile], {
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const exitCode = await new Promise<number | null>((resolve, reject) => {
      child.once('error', reject);
      child.once('close', resolve);
    });
    if (exitCode !== 0) throw new Error(`the sender exited with ${exitCode}:\n${stderr}`);
    return JSON.parse(readFileSync(resultFile, 'utf8')) as SenderResult;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
