// Makes ajv's standalone code for the validators the package ships smaller and cheaper to call,
// without changing what they accept or what they report.
//
// 1. Signatures. Each validator takes `(data, {instancePath, parentData, parentDataProperty,
//    rootData})` and passes a fresh object of those four to every nested validator. Only
//    keywords this spec never uses ($data references, dynamic defaults) read the last three, so
//    the validators take the pointer alone: `(data, instancePath = "")`. One allocation less per
//    nested check (objects inside messages, calls, statuses…).
// 2. Findings. With ajv's messages off, each finding is `{instancePath, keyword, params}` spelled
//    out at every check (hundreds of sites), then stored on the function before `return false`.
//    Both become calls of two helpers of validator-runtime.mjs, `issue(…)` and `fail(…)`, which
//    build the same objects. Inside `anyOf`/`oneOf` members, where findings are collected
//    instead, the four-line append to the list becomes a call of a third, `record(…)`.
// 3. Bookkeeping. ajv snapshots its error count before each check (`const _errs1 = errors`) and
//    compares after it (`_errs1 === errors`) to decide whether to go on. Where nothing in between
//    can change the count (the check returns on failure instead), the comparison is always true:
//    it is written as `true`, and the snapshot goes. A quarter of the webhook validators' size.

const SIGNATURE = /\(data,\s*\{\s*instancePath\s*=\s*""\s*,\s*parentData\s*,\s*parentDataProperty\s*,\s*rootData\s*=\s*data\s*\}\s*=\s*\{\s*\}\)/g;
const PASS_THROUGH = /,\s*\{\s*instancePath\s*,\s*parentData\s*,\s*parentDataProperty\s*,\s*rootData\s*\}\)/g;
const NESTED = /,\s*\{\s*instancePath\s*:\s*([^{}]+?)\s*,\s*parentData\s*:\s*[\w$]+\s*,\s*parentDataProperty\s*:\s*(?:"[^"]*"|[\w$]+)\s*,\s*rootData\s*\}\)/g;
// Strings may hold braces and commas (a pattern, a property name), so they are matched whole,
// and so is the escaping ajv applies to a property name that becomes part of a pointer.
const STRING = String.raw`"(?:[^"\\]|\\.)*"`;
const ESCAPED_KEY = String.raw`\.replace\(/~/g,\s*"~0"\)\.replace\(/\\//g,\s*"~1"\)`;
const FINDING = new RegExp(
  String.raw`\{\s*instancePath(?:\s*:\s*((?:${ESCAPED_KEY}|[^,{}"]|${STRING})+?))?\s*,\s*keyword\s*:\s*(${STRING})\s*,\s*params\s*:\s*(\{(?:[^{}"]|${STRING})*\})\s*\}`,
  'g',
);
const STORE_AND_FAIL = /(validate\d+)\.errors\s*=\s*\[(issue\([^;]*?\))\];\s*return false;/g;
const COLLECT = /const (err\d+)\s*=\s*(issue\([^;]*?\));\s*if\s*\(vErrors === null\)\s*\{\s*vErrors = \[\1\];\s*\}\s*else\s*\{\s*vErrors\.push\(\1\);\s*\}/g;

/** The shipped validators' code, compacted; throws if a form it relies on is left behind. */
export function compactValidators(code) {
  let out = code.replace(SIGNATURE, '(data, instancePath = "")').replace(PASS_THROUGH, ', instancePath)').replace(NESTED, ', $1)');
  const left = /\b(parentData|parentDataProperty|rootData)\b/.exec(out);
  if (left) throw new Error(`generated validators still use ${left[1]} near: ${out.slice(Math.max(0, left.index - 120), left.index + 60)}`);
  out = out.replace(FINDING, (_, pointer, keyword, params) => `issue(${pointer ?? 'instancePath'}, ${keyword}${/^\{\s*\}$/.test(params) ? '' : `, ${params}`})`);
  const spelled = /keyword\s*:/.exec(out);
  if (spelled) throw new Error(`generated validators still spell out a finding (compiled with messages?) near: ${out.slice(Math.max(0, spelled.index - 120), spelled.index + 120)}`);
  out = out.replace(STORE_AND_FAIL, 'return fail($1, $2);').replace(COLLECT, 'vErrors = record(vErrors, $2);');
  out = out
    .split(/(?=function validate\d+\()/)
    .map(withoutDeadSnapshots)
    .join('');
  return `import { issue, fail, record } from './scripts/lib/validator-runtime.mjs';\n${out}`;
}

/** One validator's code (and what follows it) without the error-count snapshots that cannot differ. */
function withoutDeadSnapshots(code) {
  let out = code;
  for (const [, name] of code.matchAll(/const (_errs\d+)\s*=\s*errors;/g)) {
    const declaration = new RegExp(String.raw`const ${name}\s*=\s*errors;`);
    const start = out.search(declaration);
    const span = out.slice(start, out.lastIndexOf(name));
    // `errors++` or `errors = …` between the snapshot and its last comparison: the count can move.
    if (/\berrors\s*(?:\+\+|=(?!=))/.test(span)) continue;
    out = out.replace(declaration, '').replace(new RegExp(String.raw`\b${name}\s*===\s*errors\b|\berrors\s*===\s*${name}\b`, 'g'), 'true');
  }
  return out;
}
