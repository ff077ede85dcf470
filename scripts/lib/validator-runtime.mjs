// The few helpers the generated validators call, written as plain ESM so a bundler keeps only the
// ones an app's validators use. (ajv's own helpers are CommonJS: bundled, each one is a wrapper
// called at module top level, which no bundler can drop, so every app paid for all of them.)

/** String length in Unicode code points, as JSON Schema counts `maxLength` (a surrogate pair is one). */
export function ucs2length(text) {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is a single code point.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    length++;
  }
  return length;
}

/** Structural equality of JSON values, for `uniqueItems` and `const` on objects and arrays. */
export function deepEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a !== a && b !== b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && deepEqual(a[key], b[key]));
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** `format: date`: a full-date of RFC 3339 (YYYY-MM-DD) that exists in the calendar. */
export function isDate(text) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month !== 2 || day <= 28 || leap;
}

/**
 * `format: uri`: an absolute URI in the sense of RFC 3986 — a scheme, a colon, then only the
 * characters a URI may contain (unreserved, reserved, or percent-escaped). Spaces, quotes, angle
 * brackets and raw non-ASCII text fail; whether the host exists is not a schema question.
 */
export function isUri(text) {
  return /^[a-z][a-z\d+.-]*:(?:[\w\-.~!$&'()*+,;=:@/?#[\]]|%[\da-f]{2})*$/i.test(text);
}

/** ajv-formats defines `date` as `{ validate, compare }`, so the compiled code calls `.validate`. */
export const dateFormat = { validate: isDate };

/** One finding: where in the data, which keyword failed, and its params (the shape ajv reports). */
export function issue(instancePath, keyword, params = {}) {
  return { instancePath, keyword, params };
}

/** Stores a validator's one finding on it, as ajv does, and fails. */
export function fail(validate, finding) {
  validate.errors = [finding];
  return false;
}

/** Appends a finding to a validator's list of them (null while empty) and returns the list. */
export function record(findings, finding) {
  if (findings === null) return [finding];
  findings.push(finding);
  return findings;
}
