// A media download reads no more than the media's file_size (or, without one, the documented
// maximum for its type), checked while the body streams in, for bytes and for streams alike.
import { describe, expect, it } from 'vitest';
import { createWhatsApp, GraphNetworkError } from '../../../src/index.js';
import { MediaTooLargeError, mediaByteLimit } from '../../../src/resources/media/download.js';
import { stubFetch } from '../../support/fetch-stub.js';
import { rejectionOf } from '../../support/rejection.js';

const MEDIA_URL = 'https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1037&ext=1&hash=A';
const CHUNK = 64 * 1024;
const MB = 1024 * 1024;

const metadata = (fields: Record<string, unknown>) => ({ json: { messaging_product: 'whatsapp', url: MEDIA_URL, mime_type: 'image/jpeg', id: '1037', ...fields } });

/** A body of `total` bytes made on demand, one reused chunk per pull, that counts what was pulled. */
function endlessBody(total: number) {
  const chunk = new Uint8Array(CHUNK).fill(0x61);
  const counter = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (counter.pulled >= total) return controller.close();
        counter.pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
      cancel() {
        counter.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, counter };
}

function client(...replies: Parameters<typeof stubFetch>) {
  return createWhatsApp({ accessToken: 'EAAGm0PX4ZCpsBAKZCZCbounds', fetch: stubFetch(...replies).fetch });
}

describe('a body larger than file_size', () => {
  it('stops reading bytes at the first chunk past a 10-byte file_size, of a 100 MB body', async () => {
    const { stream, counter } = endlessBody(100 * MB);
    const wa = client(metadata({ file_size: 10 }), () => new Response(stream));
    const error = await rejectionOf(wa.media.download('1037'));
    expect(error).toBeInstanceOf(MediaTooLargeError);
    expect(error).toMatchObject({ mediaId: '1037', limit: 10, limitSource: 'file_size', received: CHUNK, category: 'media', action: 'do_not_retry' });
    expect(counter.pulled).toBe(CHUNK);
    expect(counter.cancelled).toBe(true);
  });

  it('errors the stream before handing on the chunk that passes file_size', async () => {
    const { stream, counter } = endlessBody(100 * MB);
    const wa = client(metadata({ file_size: 3 * CHUNK + 1 }), () => new Response(stream));
    const { stream: media } = await wa.media.download('1037', { as: 'stream' });
    let delivered = 0;
    const error = await rejectionOf(
      (async () => {
        const reader = media.getReader();
        for (let next = await reader.read(); !next.done; next = await reader.read()) delivered += next.value.byteLength;
      })(),
    );
    expect(error).toBeInstanceOf(MediaTooLargeError);
    expect(delivered).toBe(3 * CHUNK);
    expect(counter.pulled).toBe(4 * CHUNK);
    expect(counter.cancelled).toBe(true);
  });

  it('refuses a Content-Length over the limit before reading a byte', async () => {
    const { stream, counter } = endlessBody(100 * MB);
    const wa = client(metadata({ file_size: 10 }), () => new Response(stream, { headers: { 'content-length': String(100 * MB) } }));
    const error = await rejectionOf(wa.media.download('1037', { as: 'stream' }));
    expect(error).toMatchObject({ name: 'MediaTooLargeError', received: 100 * MB, limit: 10 });
    expect((error as Error).message).toContain('announced 104857600 bytes');
    expect(counter.pulled).toBe(0);
  });

  it('takes file_size given as a string, as Graph sometimes sends it', async () => {
    const wa = client(metadata({ file_size: '4' }), { text: 'five!' });
    await expect(wa.media.download('1037')).rejects.toMatchObject({ name: 'MediaTooLargeError', limit: 4 });
  });

  it('accepts a body of exactly file_size bytes', async () => {
    const wa = client(metadata({ file_size: 5 }), { text: 'five!' });
    const { data } = await wa.media.download('1037');
    expect(new TextDecoder().decode(data)).toBe('five!');
  });
});

describe('the limit without a file_size', () => {
  it("is the documented maximum for the media's type", () => {
    const media = (mime_type: string) => ({ messaging_product: 'whatsapp' as const, url: MEDIA_URL, mime_type, id: '1', sha256: '' });
    expect(mediaByteLimit(media('image/jpeg'), undefined)).toEqual({ limit: 5 * MB, source: 'mime_type' });
    expect(mediaByteLimit(media('audio/ogg; codecs=opus'), undefined)).toEqual({ limit: 16 * MB, source: 'mime_type' });
    expect(mediaByteLimit(media('image/webp'), undefined)).toEqual({ limit: 500 * 1024, source: 'mime_type' });
    // A type with no documented limit gets the largest one, never none.
    expect(mediaByteLimit(media('application/x-unknown'), undefined)).toEqual({ limit: 100 * MB, source: 'mime_type' });
  });

  it('stops a 6 MB JPEG body at the 5 MB image limit', async () => {
    const { stream, counter } = endlessBody(6 * MB);
    const wa = client(metadata({}), () => new Response(stream));
    await expect(wa.media.download('1037')).rejects.toMatchObject({ name: 'MediaTooLargeError', limit: 5 * MB, limitSource: 'mime_type' });
    expect(counter.pulled).toBe(5 * MB + CHUNK);
  });

  it('is lowered, never raised, by maxBytes', async () => {
    const wa = client(metadata({ file_size: 10 }), { text: 'eleven byte' }, metadata({ file_size: 10 }), { text: 'six b!' });
    await expect(wa.media.download('1037', { maxBytes: 1_000 })).rejects.toMatchObject({ limit: 10, limitSource: 'file_size' });
    await expect(wa.media.download('1037', { maxBytes: 5 })).rejects.toMatchObject({ limit: 5, limitSource: 'maxBytes' });
  });
});

describe('a body that fails while streaming', () => {
  it('is a GraphNetworkError, not a bare stream error', async () => {
    const broken = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.error(new TypeError('terminated'));
      },
    });
    const wa = client(metadata({ file_size: 10 }), () => new Response(broken));
    await expect(wa.media.download('1037')).rejects.toBeInstanceOf(GraphNetworkError);
  });
});
