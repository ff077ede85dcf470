// JSON as Graph writes it. Graph's serializer escapes every character outside ASCII as `\uXXXX`
// (UTF-16 code units, lower-case hex, so an emoji is two escapes) and writes `/` as `\/`. The
// signature covers these bytes, so a test that signs `JSON.stringify` output signs a body Graph
// never sends: a handler that re-serialises before verifying would pass the test and fail live.

const GRAPH_ESCAPED = /[\u0080-\uffff/]/g;

const escapeChar = (char: string) => (char === '/' ? '\\/' : `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** `value` serialised the way Graph serialises a webhook body. */
export function graphJson(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) throw new TypeError('graphJson: the value has no JSON form');
  // Outside strings JSON has neither `/` nor non-ASCII characters, so every match is inside one.
  return text.replace(GRAPH_ESCAPED, escapeChar);
}
