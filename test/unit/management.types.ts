// Compile-time checks of the management resources (run by test/spec/typecheck.test.ts).
import { createWhatsApp, type MediaBytes, type MediaStream, type Template } from '../../src/index.js';
import { createRawClient } from '../../src/raw/index.js';

const wa = createWhatsApp({ accessToken: 't' });

export async function typeChecks() {
  const bytes: MediaBytes = await wa.media.download('1', { verifySha256: true });
  const stream: MediaStream = await wa.media.download('1', { as: 'stream' });
  // @ts-expect-error Web Crypto cannot hash a stream incrementally: sha256 checks need bytes.
  await wa.media.download('1', { as: 'stream', verifySha256: true });
  // @ts-expect-error a stream download has no `data`
  void (await wa.media.download('1', { as: 'stream' })).data;

  await wa.templates.create({
    name: 'welcome',
    language: 'en_US',
    category: 'UTILITY',
    components: [{ type: 'BODY', text: 'Hi' }],
  });
  // @ts-expect-error category must be MARKETING, UTILITY or AUTHENTICATION
  await wa.templates.create({ name: 'welcome', language: 'en_US', category: 'PROMO', components: [{ type: 'BODY', text: 'Hi' }] });
  await wa.templates.create({
    name: 'welcome',
    language: 'en_US',
    category: 'UTILITY',
    // @ts-expect-error a phone-number button needs its phone_number
    components: [{ type: 'BUTTONS', buttons: [{ type: 'PHONE_NUMBER', text: 'Call' }] }],
  });
  // @ts-expect-error list filters are typed from the spec: no such status
  await wa.templates.list({ status: 'LIVE' });

  for await (const template of wa.templates.list()) {
    const t: Template = template;
    void t.id;
  }
  // Any async iterable of bytes is a file to upload (a Node Readable is one), for both upload APIs.
  async function* chunks() {
    yield new Uint8Array(1);
  }
  await wa.media.upload(chunks(), { mimeType: 'image/png' });
  await wa.uploads.upload(chunks(), { fileType: 'image/png' });
  // @ts-expect-error a file path is not a file: read it first
  await wa.media.upload('/tmp/photo.png', { mimeType: 'image/png' });
  // @ts-expect-error chunks must be bytes
  await wa.uploads.upload((async function* () { yield 'text'; })(), { fileType: 'application/pdf' });
  // @ts-expect-error code_method is SMS or VOICE
  await wa.phoneNumbers.requestCode({ code_method: 'EMAIL', language: 'en_US' });
  // @ts-expect-error websites is a list
  await wa.businessProfile.update({ websites: 'https://example.com' });
  return [bytes, stream];
}

/** The typed raw client reaches every bare-id path on its own schemas. */
export async function rawClientChecks() {
  const { data } = await createRawClient(wa).GET('/{media-id}', { params: { path: { 'media-id': '1' } } });
  const url: string | undefined = data?.url;
  const template = await createRawClient(wa).GET('/{template-id}', { params: { path: { 'template-id': '1' }, query: { fields: ['name'] } } });
  // @ts-expect-error a template has no `url`: each bare-id path keeps its own response type
  void template.data?.url;
  return url;
}
