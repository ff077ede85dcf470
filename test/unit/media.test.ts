import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createWhatsApp, GraphApiError, MediaFileError, MediaIntegrityError } from '../../src/index.js';
import { stubFetch } from '../support/fetch-stub.js';

const PHONE = '106540352242922';
const GRAPH = 'https://graph.facebook.com/v27.0';
const MEDIA_URL = 'https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1037&ext=1&hash=A';
const FRESH_URL = 'https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1037&ext=2&hash=B';
const bytes = new TextEncoder().encode('JPEG bytes ✓');
const sha = createHash('sha256').update(bytes).digest('hex');
const metadata = (url: string) => ({ json: { messaging_product: 'whatsapp', url, mime_type: 'image/jpeg', sha256: sha, file_size: bytes.length, id: '1037' } });

async function multipartText(body: unknown): Promise<string> {
  return new Response(body as FormData).text();
}

describe('media.upload', () => {
  it('posts the multipart form Graph expects: messaging_product, type, and the file with its filename and content type', async () => {
    const { fetch, calls } = stubFetch({ json: { id: '1037' } });
    const wa = createWhatsApp({ accessToken: 'tok', phoneNumberId: PHONE, fetch });
    const file = new File([bytes], 'cross-trainers.jpg', { type: 'image/jpeg' });
    await expect(wa.media.upload(file)).resolves.toEqual({ id: '1037' });

    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call?.method).toBe('POST');
    expect(call?.url).toBe(`${GRAPH}/${PHONE}/media`);
    expect(call?.headers.authorization).toBe('Bearer tok');
    // fetch sets the multipart content type (with its boundary) itself.
    expect(call?.headers['content-type']).toBeUndefined();
    const form = call?.rawBody as FormData;
    expect([...form.keys()]).toEqual(['messaging_product', 'type', 'file']);
    expect(form.get('messaging_product')).toBe('whatsapp');
    expect(form.get('type')).toBe('image/jpeg');
    const part = form.get('file') as File;
    expect(part.name).toBe('cross-trainers.jpg');
    expect(part.type).toBe('image/jpeg');
    expect(new Uint8Array(await part.arrayBuffer())).toEqual(bytes);

    const text = await multipartText(form);
    expect(text).toContain('Content-Disposition: form-data; name="messaging_product"\r\n\r\nwhatsapp\r\n');
    expect(text).toContain('Content-Disposition: form-data; name="type"\r\n\r\nimage/jpeg\r\n');
    expect(text).toContain('Content-Disposition: form-data; name="file"; filename="cross-trainers.jpg"\r\nContent-Type: image/jpeg\r\n\r\nJPEG bytes ✓\r\n');
  });

  it('uploads bytes and streams with the given MIME type (parameters dropped) and filename', async () => {
    const { fetch, calls } = stubFetch({ json: { id: '1' } });
    const wa = createWhatsApp({ accessToken: 't', fetch });
    await wa.media.upload(bytes, { mimeType: 'audio/ogg; codecs=opus', filename: 'voice.ogg', phoneNumberId: '42' });
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('%PDF-1.7 '));
        controller.enqueue(new TextEncoder().encode('rest'));
        controller.close();
      },
    });
    await wa.media.upload(stream, { mimeType: 'application/pdf', phoneNumberId: '42' });

    expect(calls.map((c) => c.url)).toEqual([`${GRAPH}/42/media`, `${GRAPH}/42/media`]);
    const voice = calls[0]?.rawBody as FormData;
    expect(voice.get('type')).toBe('audio/ogg');
    expect((voice.get('file') as File).name).toBe('voice.ogg');
    expect((voice.get('file') as File).type).toBe('audio/ogg');
    const pdf = calls[1]?.rawBody as FormData;
    expect(await (pdf.get('file') as File).text()).toBe('%PDF-1.7 rest');
    expect((pdf.get('file') as File).name).toBe('file');
    expect(await multipartText(pdf)).toContain('name="file"; filename="file"\r\nContent-Type: application/pdf\r\n');
  });

  it('refuses an image over 5 MB before any request, with the limit in the error', async () => {
    const { fetch, calls } = stubFetch({ json: { id: '1' } });
    const wa = createWhatsApp({ accessToken: 't', phoneNumberId: PHONE, fetch });
    const big = new Blob([new Uint8Array(5 * 1024 * 1024 + 1)], { type: 'image/png' });
    const error = await wa.media.upload(big).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MediaFileError);
    expect(error).toMatchObject({ reason: 'size', mimeType: 'image/png', size: 5 * 1024 * 1024 + 1, limit: 5 * 1024 * 1024, category: 'parameter' });
    expect((error as Error).message).toBe('Media upload refused: the image/png file is 5242881 bytes; the limit for image/png is 5242880 bytes');
    expect(calls).toHaveLength(0);
  });

  it('refuses a static sticker over 100 KB, an empty file and an unsupported MIME type before any request', async () => {
    const { fetch, calls } = stubFetch({ json: { id: '1' } });
    const wa = createWhatsApp({ accessToken: 't', phoneNumberId: PHONE, fetch });
    await expect(wa.media.upload(new Uint8Array(102_401), { mimeType: 'image/webp' })).rejects.toMatchObject({ reason: 'size', limit: 102_400, animated: false });
    await expect(wa.media.upload(new Uint8Array(0), { mimeType: 'video/mp4' })).rejects.toMatchObject({ reason: 'size', size: 0 });
    const gif = await wa.media.upload(new Blob(['GIF89a'], { type: 'image/gif' })).catch((e: unknown) => e);
    expect(gif).toBeInstanceOf(MediaFileError);
    expect(gif).toMatchObject({ reason: 'mime_type', mimeType: 'image/gif' });
    expect((gif as MediaFileError).allowed).toContain('image/jpeg');
    expect((gif as Error).message).toMatch(/^Media upload refused: "image\/gif" is not a MIME type WhatsApp accepts \(accepted: audio\/aac, /);
    const untyped = await wa.media.upload(bytes).catch((e: unknown) => e);
    expect(untyped).toMatchObject({ reason: 'mime_type', mimeType: '' });
    expect((untyped as Error).message).toBe('Media upload refused: the file has no MIME type; pass mimeType (e.g. image/jpeg)');
    expect(calls).toHaveLength(0);
  });

  it('stops reading an oversize stream at the limit and sends nothing', async () => {
    const { fetch, calls } = stubFetch({ json: { id: '1' } });
    const wa = createWhatsApp({ accessToken: 't', phoneNumberId: PHONE, fetch });
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(1024 * 1024));
      },
    });
    await expect(wa.media.upload(endless, { mimeType: 'audio/mpeg' })).rejects.toMatchObject({ reason: 'size', limit: 16 * 1024 * 1024 });
    expect(pulled).toBeLessThanOrEqual(18);
    expect(calls).toHaveLength(0);
  });
});

describe('media.get and media.delete', () => {
  it('GETs /{media-id}, optionally scoped to a phone number', async () => {
    const { fetch, calls } = stubFetch(metadata(MEDIA_URL));
    const wa = createWhatsApp({ accessToken: 't', fetch });
    await expect(wa.media.get('1037')).resolves.toMatchObject({ url: MEDIA_URL, sha256: sha });
    await wa.media.get('1037', { phone_number_id: PHONE });
    expect(calls.map((c) => [c.method, c.url])).toEqual([
      ['GET', `${GRAPH}/1037`],
      ['GET', `${GRAPH}/1037?phone_number_id=${PHONE}`],
    ]);
  });

  it('DELETEs /{media-id}; a deleted media id rejects with GraphApiError', async () => {
    const gone = { status: 400, json: { error: { message: '(#100) Invalid parameter', type: 'OAuthException', code: 100, fbtrace_id: 'Ax' } } };
    const { fetch, calls } = stubFetch({ json: { success: true } }, gone);
    const wa = createWhatsApp({ accessToken: 't', fetch });
    await expect(wa.media.delete('1037')).resolves.toEqual({ success: true });
    const error = await wa.media.delete('1037').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphApiError);
    expect(error).toMatchObject({ status: 400, code: 100, category: 'parameter' });
    expect(calls.map((c) => [c.method, c.url, c.body])).toEqual([
      ['DELETE', `${GRAPH}/1037`, undefined],
      ['DELETE', `${GRAPH}/1037`, undefined],
    ]);
  });
});

describe('media.download', () => {
  it('fetches the absolute URL with the bearer token and returns the bytes, checked against sha256', async () => {
    const { fetch, calls } = stubFetch(metadata(MEDIA_URL), new Response(bytes, { headers: { 'content-type': 'image/jpeg' } }));
    const wa = createWhatsApp({ accessToken: 'tok', fetch });
    const { media, data } = await wa.media.download('1037', { verifySha256: true });
    expect(data).toEqual(bytes);
    expect(media.mime_type).toBe('image/jpeg');
    expect(calls.map((c) => [c.method, c.url, c.headers.authorization])).toEqual([
      ['GET', `${GRAPH}/1037`, 'Bearer tok'],
      ['GET', MEDIA_URL, 'Bearer tok'],
    ]);
  });

  it('fetches a fresh URL exactly once when the first has expired', async () => {
    const { fetch, calls } = stubFetch(metadata(MEDIA_URL), { status: 404, text: 'expired' }, metadata(FRESH_URL), new Response(bytes));
    const wa = createWhatsApp({ accessToken: 't', fetch });
    const { data } = await wa.media.download('1037');
    expect(data).toEqual(bytes);
    expect(calls.map((c) => c.url)).toEqual([`${GRAPH}/1037`, MEDIA_URL, `${GRAPH}/1037`, FRESH_URL]);
  });

  it('gives up with GraphApiError when the fresh URL fails too (no third attempt)', async () => {
    const { fetch, calls } = stubFetch(metadata(MEDIA_URL), { status: 401, text: '' }, metadata(FRESH_URL), { status: 403, text: 'Forbidden' });
    const wa = createWhatsApp({ accessToken: 'EAAG-token', fetch });
    const error = await wa.media.download('1037').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphApiError);
    expect(error).toMatchObject({ status: 403, body: 'Forbidden', request: { method: 'GET', url: FRESH_URL } });
    expect(calls).toHaveLength(4);
  });

  it('does not refresh on other failures', async () => {
    const { fetch, calls } = stubFetch(metadata(MEDIA_URL), { status: 500, text: 'oops' });
    const wa = createWhatsApp({ accessToken: 't', fetch });
    await expect(wa.media.download('1037')).rejects.toMatchObject({ name: 'GraphApiError', status: 500 });
    expect(calls).toHaveLength(2);
  });

  it('rejects bytes whose sha256 differs from the metadata', async () => {
    const { fetch } = stubFetch(metadata(MEDIA_URL), new Response(new TextEncoder().encode('tampered')));
    const wa = createWhatsApp({ accessToken: 't', fetch });
    const error = await wa.media.download('1037', { verifySha256: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MediaIntegrityError);
    expect(error).toMatchObject({ expected: sha, category: 'media' });
  });

  it('sends the client’s extra headers (e.g. User-Agent) to the media host', async () => {
    const { fetch, calls } = stubFetch(metadata(MEDIA_URL), new Response(bytes));
    const wa = createWhatsApp({ accessToken: 'tok', fetch, headers: { 'user-agent': 'shop-bot/2.0' } });
    await wa.media.download('1037');
    expect(calls[1]?.headers).toEqual({ authorization: 'Bearer tok', 'user-agent': 'shop-bot/2.0' });
  });

  it('times out waiting for the media host with GraphTimeoutError; the caller signal cancels with GraphAbortError', async () => {
    const hang = (request: { signal: AbortSignal | null | undefined }) =>
      new Promise<Response>((_, reject) => request.signal?.addEventListener('abort', () => reject(request.signal?.reason)));
    const { fetch } = stubFetch(metadata(MEDIA_URL), hang, metadata(MEDIA_URL), hang);
    const wa = createWhatsApp({ accessToken: 'tok', fetch });
    await expect(wa.media.download('1037', { timeoutMs: 5 })).rejects.toMatchObject({ name: 'GraphTimeoutError', timeoutMs: 5 });
    const controller = new AbortController();
    const pending = wa.media.download('1037', { signal: controller.signal, timeoutMs: 0 });
    setTimeout(() => controller.abort(), 5);
    await expect(pending).rejects.toMatchObject({ name: 'GraphAbortError' });
  });

  it('keeps the token out of a failed download: message, cause and JSON', async () => {
    const token = 'EAAG-media-host-token-123456';
    // What undici throws for a header value it refuses: the value quoted in the message.
    const refuse = () => Promise.reject(new TypeError(`Headers.append: "Bearer ${token}\n" is an invalid header value.`));
    const { fetch } = stubFetch(metadata(MEDIA_URL), refuse);
    const wa = createWhatsApp({ accessToken: token, fetch });
    const error = await wa.media.download('1037').catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'GraphNetworkError' });
    const cause = (error as { cause?: Error }).cause;
    expect(cause).toBeInstanceOf(TypeError);
    for (const text of [String(error), JSON.stringify(error), cause?.message ?? '', String(cause?.stack)]) {
      expect(text).not.toContain(token);
    }
  });

  it('returns a stream when asked', async () => {
    const { fetch } = stubFetch(metadata(MEDIA_URL), new Response(bytes));
    const wa = createWhatsApp({ accessToken: 't', fetch });
    const { stream } = await wa.media.download('1037', { as: 'stream' });
    expect(new Uint8Array(await new Response(stream).arrayBuffer())).toEqual(bytes);
  });

  it('a deleted media id rejects with GraphApiError before any download', async () => {
    const { fetch, calls } = stubFetch({ status: 404, json: { error: { message: 'Unsupported get request', type: 'GraphMethodException', code: 100, error_subcode: 33 } } });
    const wa = createWhatsApp({ accessToken: 't', fetch });
    await expect(wa.media.download('999')).rejects.toMatchObject({ name: 'GraphApiError', code: 100, subcode: 33 });
    expect(calls).toHaveLength(1);
  });
});
