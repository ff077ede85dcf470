// Helpers for webhook tests: the fixtures, bodies encoded the way Graph sends them, signatures.
import { createHmac } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';

export const SECRET = 'f0e1d2c3b4a5968778695a4b3c2d1e0f';
const dir = new URL('../fixtures/webhooks/', import.meta.url);

/** Every fixture by file name (without `.json`). */
export const fixtures: Record<string, { object: string; entry: { id: string; changes: { field: string; value: Record<string, unknown> }[] }[] }> =
  Object.fromEntries(
    readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => [name.slice(0, -5), JSON.parse(readFileSync(new URL(name, dir), 'utf8'))]),
  );

/** JSON as Graph writes it: every non-ASCII character escaped as \uXXXX and slashes as \/. */
export function metaJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/\//g, '\\/');
}

export const metaBytes = (value: unknown) => new TextEncoder().encode(metaJson(value));

/** The X-Hub-Signature-256 header for these bytes, computed independently with node:crypto. */
export function sign(bytes: Uint8Array | string, secret = SECRET): string {
  return `sha256=${createHmac('sha256', secret).update(bytes).digest('hex')}`;
}

export function envelope(...entries: { id: string; changes: { field: string; value: unknown }[] }[]) {
  return { object: 'whatsapp_business_account', entry: entries };
}
