// ajv standalone code attaches `validateN.evaluated = {…}` to validators at module top level.
// Those assignments are side effects, so a bundler keeps every validator of the file as soon as
// one is imported (hundreds of KB). This rewrites each one into a pure-annotated call bound to a
// const, and moves the exports to the end (a const is not hoisted like a function), so bundlers
// drop the validators an app does not use. The compiled `pattern` regexes get the same treatment:
// to a bundler `new RegExp(…)` is a call that may have effects. Behaviour is unchanged: the same
// function objects carry the same `evaluated` property before any validator runs.
export function treeShakeableValidators(source) {
  const evaluated = new Map();
  let code = source.replace(/validate(\d+)\.evaluated = (\{[^;]*\});/g, (_, n, value) => {
    evaluated.set(n, value);
    return `const validate${n} = /* @__PURE__ */ withEvaluated(validate${n}_, ${value});`;
  });
  for (const n of evaluated.keys()) code = code.replace(`function validate${n}(`, `function validate${n}_(`);
  code = code.replace(/const (pattern\d+) = new RegExp\(/g, 'const $1 = /* @__PURE__ */ new RegExp(');
  const exports = [];
  code = code.replace(/export const (\w+) = (validate\d+);/g, (_, name, target) => {
    exports.push(`export const ${name} = ${target};`);
    return '';
  });
  const helper = 'function withEvaluated(validate, evaluated) { validate.evaluated = evaluated; return validate; }';
  return `${helper}\n${code}\n${exports.join('\n')}\n`;
}
