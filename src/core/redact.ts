// Keeps the client's secrets (the access token, the appsecret_proof) out of everything an error
// carries: its message, the response body, Graph's error object and the cause a failed fetch left
// behind. Graph echoes a malformed token in its error message, and a token with a stray newline
// makes fetch itself throw with the whole header value in the message, so every one of these can
// hold it.

/**
 * Secrets shorter than this are left alone. Real Graph tokens are well over 100 characters; a
 * very short string ('t', 'token') turns up in ordinary text ('refresh_token'), so replacing it
 * would mangle messages while hiding nothing worth hiding. At 8 characters an accidental match
 * is already unlikely, and erring towards redaction is the safe side.
 */
export const MIN_REDACTED_LENGTH = 8;

const MARK = '[redacted]';

export type Redact = (text: string) => string;

/**
 * A function that replaces every occurrence of each secret (also URL- and JSON-escaped) in a text.
 */
export function secretRedactor(secrets: string | readonly string[]): Redact {
  const forms = new Set<string>();
  for (const secret of typeof secrets === 'string' ? [secrets] : secrets) {
    if (secret.length < MIN_REDACTED_LENGTH) continue;
    forms.add(secret).add(encodeURIComponent(secret)).add(JSON.stringify(secret).slice(1, -1));
  }
  if (forms.size === 0) return (text) => text;
  // Longest first, so a form that contains another is replaced whole.
  const ordered = [...forms].sort((a, b) => b.length - a.length);
  return (text) => {
    let out = text;
    for (const form of ordered) if (out.includes(form)) out = out.split(form).join(MARK);
    return out;
  };
}

/**
 * `value` with the secrets taken out of every string in it, however deep: plain objects, arrays,
 * Maps (keys and values), Sets, errors (message, stack, cause, and any other own field) and class
 * instances (their own fields) are walked, cycles included, without recursion (so nesting depth
 * is no limit). What holds no secret comes back as the same object, so a caller's abort reason
 * keeps its identity; what does is copied, with its prototype, so a redacted error stays an
 * instance of its class and keeps fields such as `code`. The original is never changed.
 */
export function redactDeep<T>(value: T, redact: Redact): T {
  if (typeof value === 'string') return redact(value) as T;
  if (!isWalkable(value)) return value;
  const dirty = objectsHoldingSecrets(value, redact);
  if (!dirty.has(value)) return value;
  return copyRedacted(value, dirty, redact) as T;
}

/** Objects a secret can hide in and that can be rebuilt field by field. */
function isWalkable(value: unknown): value is object {
  if (value === null || typeof value !== 'object') return false;
  // Bytes hold no text worth scanning, and walking their indexes would cost one step per byte.
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return false;
  return !(value instanceof Date || value instanceof RegExp || value instanceof Promise || value instanceof WeakMap || value instanceof WeakSet);
}

/** Every value an object holds: own data fields (and an error's stack), a Map's keys and values, a Set's members. */
function* slotsOf(source: object): Generator<unknown> {
  for (const key of Reflect.ownKeys(source)) {
    if (Array.isArray(source) && key === 'length') continue;
    const descriptor = Reflect.getOwnPropertyDescriptor(source, key)!;
    if ('value' in descriptor) yield descriptor.value;
    else if (key === 'stack' && source instanceof Error) yield readStack(source);
  }
  if (source instanceof Map) {
    for (const [key, item] of source) {
      yield key;
      yield item;
    }
  } else if (source instanceof Set) {
    for (const item of source) yield item;
  }
}

/**
 * The set of objects reachable from `root` that hold a secret themselves or reach one that does.
 * A graph walk with an explicit stack, then the "holds a secret" mark spread back to every parent,
 * so an object in a cycle is copied whenever any object of the cycle is.
 */
function objectsHoldingSecrets(root: object, redact: Redact): Set<object> {
  const parents = new Map<object, object[]>([[root, []]]);
  const dirty = new Set<object>();
  const pending: object[] = [root];
  while (pending.length > 0) {
    const current = pending.pop()!;
    for (const slot of slotsOf(current)) {
      if (typeof slot === 'string') {
        if (redact(slot) !== slot) dirty.add(current);
      } else if (isWalkable(slot)) {
        const known = parents.get(slot);
        if (known) known.push(current);
        else {
          parents.set(slot, [current]);
          pending.push(slot);
        }
      }
    }
  }
  const spread = [...dirty];
  while (spread.length > 0) {
    for (const parent of parents.get(spread.pop()!)!) {
      if (dirty.has(parent)) continue;
      dirty.add(parent);
      spread.push(parent);
    }
  }
  return dirty;
}

/** Copies every object in `dirty` (reached from `root`), with strings redacted and links to dirty objects pointed at their copies. */
function copyRedacted(root: object, dirty: Set<object>, redact: Redact): object {
  const copies = new Map<object, object>();
  for (const source of dirty) copies.set(source, emptyLike(source));
  const map = (value: unknown): unknown => {
    if (typeof value === 'string') return redact(value);
    return (isWalkable(value) && copies.get(value)) || value;
  };
  for (const [source, copy] of copies) {
    for (const key of Reflect.ownKeys(source)) {
      if (Array.isArray(source) && key === 'length') continue;
      const descriptor = Reflect.getOwnPropertyDescriptor(source, key)!;
      if ('value' in descriptor) descriptor.value = map(descriptor.value);
      else if (key === 'stack' && source instanceof Error) {
        // V8 may keep an error's stack behind an accessor; it becomes a plain redacted field.
        Object.defineProperty(copy, key, { value: map(readStack(source)), writable: true, enumerable: false, configurable: true });
        continue;
      }
      Object.defineProperty(copy, key, { ...descriptor, configurable: true, ...('value' in descriptor ? { writable: true } : {}) });
    }
    if (source instanceof Map) for (const [key, item] of source) (copy as Map<unknown, unknown>).set(map(key), map(item));
    else if (source instanceof Set) for (const item of source) (copy as Set<unknown>).add(map(item));
  }
  return copies.get(root)!;
}

/** A new, empty object of the same kind and prototype as `source`. */
function emptyLike(source: object): object {
  const prototype = Object.getPrototypeOf(source) as object | null;
  if (Array.isArray(source)) return Object.setPrototypeOf(new Array(source.length), prototype) as object;
  if (source instanceof Map) return Object.setPrototypeOf(new Map(), prototype) as object;
  if (source instanceof Set) return Object.setPrototypeOf(new Set(), prototype) as object;
  return Object.create(prototype) as object;
}

function readStack(error: Error): unknown {
  try {
    return error.stack;
  } catch {
    return undefined;
  }
}
