// Stickers: WhatsApp takes animated WebP stickers up to 500 KB and static ones up to 100 KB, and the
// upload check tells them apart by the WebP header. The headers here are tiny synthetic files.
import { describe, expect, it } from 'vitest';
import { createWhatsApp, MediaFileError } from '../../src/index.js';
import { isAnimatedWebp, WEBP_HEADER_BYTES } from '../../src/resources/media/webp.js';
import { stubFetch } from '../support/fetch-stub.js';

const KB = 1024;
const ANIMATION = 0x02;

/** A WebP file of `size` bytes: the RIFF header and a first chunk of the given kind, then zeros. */
function webp(size: number, firstChunk: 'VP8X' | 'VP8 ' | 'VP8L', flags = 0, form = 'WEBP'): Uint8Array {
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  const ascii = (text: string, at: number) => bytes.set(new TextEncoder().encode(text), at);
  ascii('RIFF', 0);
  view.setUint32(4, size - 8, true);
  ascii(form, 8);
  ascii(firstChunk, 12);
  view.setUint32(16, 10, true);
  if (size > 20) bytes[20] = flags;
  return bytes;
}

describe('isAnimatedWebp', () => {
  it('reads the animation flag of the VP8X chunk', () => {
    expect(WEBP_HEADER_BYTES).toBe(21);
    expect(isAnimatedWebp(webp(30, 'VP8X', ANIMATION))).toBe(true);
    // Alpha, ICC, EXIF and XMP together, animation off.
    expect(isAnimatedWebp(webp(30, 'VP8X', 0x10 | 0x20 | 0x08 | 0x04))).toBe(false);
    expect(isAnimatedWebp(webp(30, 'VP8X', 0x3e))).toBe(true);
  });

  it('a simple WebP (VP8 or VP8L) is still; anything but a WebP, or too short to tell, counts as still', () => {
    expect(isAnimatedWebp(webp(30, 'VP8 ', ANIMATION))).toBe(false);
    expect(isAnimatedWebp(webp(30, 'VP8L', ANIMATION))).toBe(false);
    expect(isAnimatedWebp(webp(30, 'VP8X', ANIMATION, 'WAVE'))).toBe(false);
    expect(isAnimatedWebp(webp(30, 'VP8X', ANIMATION).slice(0, 20))).toBe(false);
    expect(isAnimatedWebp(new Uint8Array(0))).toBe(false);
  });
});

describe('media.upload of stickers', () => {
  function client() {
    const stub = stubFetch({ json: { id: '1' } });
    return { wa: createWhatsApp({ accessToken: 't', phoneNumberId: '1', fetch: stub.fetch }), calls: stub.calls };
  }

  it('an animated sticker up to 500 KB is sent, as bytes or as a Blob', async () => {
    const { wa, calls } = client();
    const animated = webp(500 * KB, 'VP8X', ANIMATION);
    await expect(wa.media.upload(animated, { mimeType: 'image/webp' })).resolves.toEqual({ id: '1' });
    await expect(wa.media.upload(new Blob([animated as BlobPart], { type: 'image/webp' }))).resolves.toEqual({ id: '1' });
    expect(calls).toHaveLength(2);
    const part = (calls[0]?.rawBody as FormData).get('file') as File;
    expect(part.size).toBe(500 * KB);
    expect(new Uint8Array(await part.slice(0, WEBP_HEADER_BYTES).arrayBuffer())).toEqual(animated.slice(0, WEBP_HEADER_BYTES));
  });

  it('a static sticker over 100 KB is refused before any request, naming the static limit', async () => {
    const { wa, calls } = client();
    for (const file of [webp(100 * KB + 1, 'VP8X', 0x10), webp(100 * KB + 1, 'VP8L'), webp(300 * KB, 'VP8 ')]) {
      const error = await wa.media.upload(new Blob([file as BlobPart], { type: 'image/webp' })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MediaFileError);
      expect(error).toMatchObject({ reason: 'size', mimeType: 'image/webp', size: file.byteLength, limit: 100 * KB, animated: false });
      expect((error as Error).message).toBe(`Media upload refused: the image/webp file is ${file.byteLength} bytes; the limit for a static image/webp is 102400 bytes`);
    }
    expect(calls).toHaveLength(0);
  });

  it('a static sticker of exactly 100 KB is sent; an animated one over 500 KB is refused', async () => {
    const { wa, calls } = client();
    await expect(wa.media.upload(webp(100 * KB, 'VP8L'), { mimeType: 'image/webp' })).resolves.toEqual({ id: '1' });
    await expect(wa.media.upload(webp(500 * KB + 1, 'VP8X', ANIMATION), { mimeType: 'image/webp' })).rejects.toMatchObject({
      reason: 'size',
      limit: 500 * KB,
      animated: true,
      message: expect.stringContaining('the limit for an animated image/webp is 512000 bytes'),
    });
    expect(calls).toHaveLength(1);
  });

  it('a streamed sticker is read up to 500 KB and then judged by its header', async () => {
    const { wa, calls } = client();
    const chunks = (file: Uint8Array) =>
      (async function* () {
        for (let at = 0; at < file.byteLength; at += 64 * KB) yield file.subarray(at, at + 64 * KB);
      })();
    await expect(wa.media.upload(chunks(webp(200 * KB, 'VP8X', ANIMATION)), { mimeType: 'image/webp' })).resolves.toEqual({ id: '1' });
    await expect(wa.media.upload(chunks(webp(200 * KB, 'VP8X')), { mimeType: 'image/webp' })).rejects.toMatchObject({ reason: 'size', limit: 100 * KB, animated: false });
    expect(calls).toHaveLength(1);
  });
});
