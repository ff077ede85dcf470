// The sentence for one validation finding, worded the way ajv words it. The validators the
// package ships are compiled without ajv's messages (repeated at every check, they were a tenth
// of the validators' code): a finding keeps its pointer, keyword and params, and the sentence is
// made here, only for the findings someone reads.

/** A finding as the generated validators report it. */
export interface IssueLike {
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** ajv's sentence per keyword; `{name}` stands for the finding's param of that name. */
const SENTENCES: Record<string, string> = {
  type: 'must be {type}',
  required: "must have required property '{missingProperty}'",
  const: 'must be equal to constant',
  enum: 'must be equal to one of the allowed values',
  additionalProperties: 'must NOT have additional properties',
  unevaluatedProperties: 'must NOT have unevaluated properties',
  anyOf: 'must match a schema in anyOf',
  oneOf: 'must match exactly one schema in oneOf',
  not: 'must NOT be valid',
  propertyNames: 'property name must be valid',
  'false schema': 'boolean schema is false',
  minLength: 'must NOT have fewer than {limit} characters',
  maxLength: 'must NOT have more than {limit} characters',
  minItems: 'must NOT have fewer than {limit} items',
  maxItems: 'must NOT have more than {limit} items',
  minProperties: 'must NOT have fewer than {limit} properties',
  maxProperties: 'must NOT have more than {limit} properties',
  minimum: 'must be {comparison} {limit}',
  maximum: 'must be {comparison} {limit}',
  exclusiveMinimum: 'must be {comparison} {limit}',
  exclusiveMaximum: 'must be {comparison} {limit}',
  multipleOf: 'must be multiple of {multipleOf}',
  pattern: 'must match pattern "{pattern}"',
  format: 'must match format "{format}"',
  uniqueItems: 'must NOT have duplicate items (items ## {j} and {i} are identical)',
};

/** The finding's own message when it has one, else ajv's sentence for its keyword and params. */
export function issueMessage({ keyword, params, message }: IssueLike): string {
  if (message) return message;
  const sentence =
    keyword === 'discriminator'
      ? params.error === 'tag'
        ? 'tag "{tag}" must be string'
        : 'value of tag "{tag}" must be in oneOf'
      : (SENTENCES[keyword] ?? `must pass "${keyword}" keyword validation`);
  return sentence.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name]));
}
