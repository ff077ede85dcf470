// Keeps the access token out of everything an error carries: its message, the response body,
// Graph's error object and the cause a failed fetch left behind. Graph echoes a malformed token
// in its error message, and a token with a stray newline makes fetch itself throw with the whole
// header value in the message, so every one of these can hold it.

/**
 * Secrets shorter than this are left alone. Real Graph tokens are well over 100 characters; a
 * very short string ('t', 'token') turns up in ordinary text ('refresh_token'), so replacing it
 * would mangle messages while hiding nothing worth hiding. At 8 characters an accidental match
 * is already unlikely, and erring towards redaction is the safe side.
 */
export const MIN_REDACTED_LENGTH = 8;

const MARK = '[redacted]';

export type Redact = (text: string) => string;

/** A function that replaces every occurrence of `secret` (also URL- and JSON-escaped) in a text. */
export function secretRedactor(secret: string): Redact {
  if (secret.length < MIN_REDACTED_LENGTH) return (text) => text;
  const forms = [...new Set([secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)])];
  return (text) => {
    let out = text;
    for (const form of forms) if (out.includes(form)) out = out.split(form).join(MARK);
    return out;
  };
}

/**
 * `value` with the secret taken out of every string in it: plain objects, arrays and errors
 * (message, stack, cause, and any other own field) are walked. What holds no secret comes back
 * as the same object, so a caller's abort reason keeps its identity. A redacted error stays an
 * instance of its class and keeps fields such as `code`.
 */
export function redactDeep<T>(value: T, redact: Redact, depth = 0): T {
  if (typeof value === 'string') return redact(value) as T;
  if (value === null || typeof value !== 'object' || depth > 8) return value;
  if (Array.isArray(value)) {
    const items = value.map((item) => redactDeep(item, redact, depth + 1));
    return (items.some((item, index) => item !== value[index]) ? items : value) as T;
  }
  if (!isPlainObject(value) && !(value instanceof Error)) return value;
  return redactFields(value, redact, depth) as T;
}

function redactFields(source: object, redact: Redact, depth: number): object {
  const descriptors = Object.getOwnPropertyDescriptors(source) as Record<string, PropertyDescriptor>;
  let changed = false;
  for (const key of Object.keys(descriptors)) {
    const descriptor = descriptors[key]!;
    // V8 may keep an error's stack behind an accessor; read it once as text.
    const current = 'value' in descriptor ? descriptor.value : key === 'stack' ? (source as { stack?: unknown }).stack : undefined;
    if (current === undefined) continue;
    const next = redactDeep(current, redact, depth + 1);
    if (next === current) continue;
    descriptors[key] = { value: next, writable: true, enumerable: descriptor.enumerable ?? false, configurable: true };
    changed = true;
  }
  return changed ? Object.create(Object.getPrototypeOf(source), descriptors) : source;
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
