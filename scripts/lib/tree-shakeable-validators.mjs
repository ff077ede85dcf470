// ajv standalone code runs code at module top level: it attaches `validateN.evaluated = {…}` to
// validators (the bookkeeping of `unevaluatedProperties`) and compiles each `pattern` with
// `new RegExp(…)`. A bundler must keep both, and with them every validator of the file, as soon
// as one is imported (hundreds of KB), and minifiers drop the pure annotations that could say
// otherwise. So both become literals: each `evaluated` object is its own const (`evaluatedN`,
// read and written where `validateN.evaluated` was), each pattern a regex literal. The exports
// move to the end. Behaviour is unchanged: the same objects and regexes, made once, at load.
export function treeShakeableValidators(source) {
  const evaluated = new Set();
  let code = source.replace(/validate(\d+)\.evaluated = (\{[^;]*\});/g, (_, n, value) => {
    evaluated.add(n);
    return `const evaluated${n} = ${value};`;
  });
  code = code.replace(/\bvalidate(\d+)\.evaluated\b/g, (whole, n) => (evaluated.has(n) ? `evaluated${n}` : whole));
  code = code.replace(/const (pattern\d+) = new RegExp\(("(?:[^"\\]|\\.)*"), "(\w*)"\);/g, (_, name, pattern, flags) => `const ${name} = ${regexLiteral(JSON.parse(pattern), flags)};`);
  if (/new RegExp\(/.test(code)) throw new Error('generated validators: a pattern is still compiled with new RegExp at load time');
  const exports = [];
  code = code.replace(/export const (\w+) = (validate\d+);/g, (_, name, target) => {
    exports.push(`export const ${name} = ${target};`);
    return '';
  });
  return `${code}\n${exports.join('\n')}\n`;
}

/** `/pattern/flags` for a pattern string: every `/` escaped (`\/` means `/` in every mode), escapes kept. */
function regexLiteral(pattern, flags) {
  let body = '';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '\\') body += char + (pattern[++i] ?? '');
    else if (char === '/') body += '\\/';
    else if (char === '\n' || char === '\r' || char === '\u2028' || char === '\u2029') body += `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
    else body += char;
  }
  // The literal must mean what the string did: the same source, up to how `/` is escaped.
  const unslashed = (text) => new RegExp(text, flags).source.replace(/\\\//g, '/');
  if (unslashed(body) !== unslashed(pattern)) {
    throw new Error(`generated validators: the pattern ${JSON.stringify(pattern)} has no equal regex literal`);
  }
  return `/${body}/${flags}`;
}
