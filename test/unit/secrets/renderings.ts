// Every common way a value ends up as text: util.inspect at any depth (hidden fields and getters
// included), console.log, JSON.stringify, String(), an error's stack, and the walk structured
// loggers (pino, winston) make over own enumerable keys, an error's message, stack and cause.
import { Console } from 'node:console';
import { Writable } from 'node:stream';
import { inspect } from 'node:util';
import { expect } from 'vitest';

export function renderings(value: unknown): Record<string, string> {
  return {
    inspect: inspect(value, { depth: Infinity, showHidden: true, getters: true }),
    consoleLog: consoleLog(value),
    json: safeJson(value),
    string: safeString(value),
    stack: value instanceof Error ? String(value.stack) : '',
    logger: loggerWalk(value).join('\n'),
  };
}

/** Fails naming the rendering and the secret when any rendering of `value` shows one of `secrets`. */
export function expectNoSecrets(value: unknown, secrets: Record<string, string>): void {
  for (const [how, text] of Object.entries(renderings(value))) {
    for (const [name, secret] of Object.entries(secrets)) expect(text.includes(secret), `${name} shows in ${how}:\n${text.slice(0, 2000)}`).toBe(false);
  }
}

function consoleLog(value: unknown): string {
  let out = '';
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      out += chunk.toString();
      done();
    },
  });
  new Console({ stdout: sink, stderr: sink }).log(value);
  return out;
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? '';
  } catch (error) {
    return `unserialisable: ${(error as Error).message}`;
  }
}

function safeString(value: unknown): string {
  try {
    return String(value);
  } catch {
    return '';
  }
}

/**
 * What a structured logger collects: every string under own enumerable keys (getters read, as a
 * logger reads them), plus an error's message, stack and cause, which those loggers copy by name.
 */
function loggerWalk(root: unknown): string[] {
  const texts: string[] = [];
  const seen = new Set<unknown>();
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value === 'string') {
      texts.push(value);
      continue;
    }
    if (value === null || typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    if (value instanceof Error) pending.push(value.message, value.stack, (value as { cause?: unknown }).cause);
    for (const key of Object.keys(value)) pending.push((value as Record<string, unknown>)[key]);
  }
  return texts;
}
