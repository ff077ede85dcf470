// The README that sits in generated/ and says where its files come from.
export function generatedReadme() {
  return `# generated/

Everything in this folder is made by \`npm run generate\` from \`openapi/\`. Do not edit these
files: change the spec (or \`openapi/errors.yaml\`) and regenerate. (The README's method table is
made from \`operations.ts\`'s source in the same run.) \`npm test\` fails when a
committed file differs from what the generator would write.

| file | made from | by |
| --- | --- | --- |
| \`openapi.json\` | \`openapi/openapi.yaml\` and the files it references, plus the error table as the "Error codes" section | \`redocly lint\` (zero problems allowed), then \`redocly bundle\` |
| \`schema.d.ts\` | \`openapi.json\` | openapi-typescript |
| \`validators.js\`, \`validators.d.ts\` | every schema in \`openapi.json\`, for the test suite (not shipped in the package) | ajv standalone code, compiled at build time and bundled with esbuild together with the helpers of \`scripts/lib/validator-runtime.mjs\` (no run-time compilation, no dependencies) |
| \`webhook-validators.*\`, \`flow-validators.*\` | the \`Webhook*\` and \`Inbound*\` schemas, and the \`FlowEndpoint*\` ones, plus a validator per item list of each webhook value and one for the value without its lists | the same, leaner: what the package runs (\`scripts/lib/emit-validators.mjs\` says what each file holds and why) |
| \`request-validators.*\` | the request body (JSON or multipart form) of every operation, by operationId | the same, compiled without ajv's sentences and with short local names: what \`whatsapp-cloud-sdk/testing\`'s mock Graph checks requests with |
| \`validation.ts\` | nothing: the types of a validator and of its findings, which every validator file shares | \`scripts/lib/emit-validators.mjs\` |
| \`mock-answers.ts\` | the success response of every operation: its example, else the smallest value its schema accepts (each checked against the schema); and each query parameter's kind and whether it is required | \`scripts/lib/emit-mock-answers.mjs\` |
| \`errors.ts\` | \`openapi/errors.yaml\` | \`scripts/lib/emit-errors.mjs\` |
| \`media-limits.ts\` | the \`MediaUploadFile\` schema (upload size limits per MIME type) | \`scripts/lib/emit-media-limits.mjs\` |
| \`operations.ts\` | every operation of \`openapi.json\`: the client method it becomes (\`x-sdk-resource\` on its tag, \`x-sdk-method\`), its path ids and the client options that fill them (\`x-sdk-default\`), what follows the ids, whether it is a cursor list, and the types of its arguments and result | \`scripts/lib/emit-operations.mjs\` (its header states the naming and signature rule) |
| \`version.ts\` | \`info.version\` of the spec (the default Graph version) and the versions its server covers | \`scripts/generate.mjs\` |
`;
}
