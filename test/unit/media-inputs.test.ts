// The file inputs media.upload takes beyond Blob and bytes: a web ReadableStream, and any async
// iterable of byte chunks — a Node Readable among them — each read only up to the type's limit.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createWhatsApp, MediaFileError, WhatsAppConfigError } from '../../src/index.js';
import { stubFetch } from '../support/fetch-stub.js';

const MB = 1024 * 1024;
const text = (value: string) => new TextEncoder().encode(value);

function client() {
  const stub = stubFetch({ json: { id: '1037' } });
  return { wa: createWhatsApp({ accessToken: 't', phoneNumberId: '42', fetch: stub.fetch }), calls: stub.calls };
}

async function sentFile(body: unknown): Promise<File> {
  return (body as FormData).get('file') as File;
}

describe('media.upload: streams and async iterables', () => {
  it('takes a Node Readable: the bytes in order, with the MIME type and filename given', async () => {
    const { wa, calls } = client();
    const readable = Readable.from([Buffer.from('%PDF-1.7 '), Buffer.from('body ✓'), Buffer.from(' %%EOF')]);
    await expect(wa.media.upload(readable, { mimeType: 'application/pdf', filename: 'invoice.pdf' })).resolves.toEqual({ id: '1037' });
    const file = await sentFile(calls[0]?.rawBody);
    expect(file.name).toBe('invoice.pdf');
    expect(file.type).toBe('application/pdf');
    expect(await file.text()).toBe('%PDF-1.7 body ✓ %%EOF');
    expect(calls[0]).toMatchObject({ method: 'POST', url: 'https://graph.facebook.com/v27.0/42/media' });
  });

  it('takes any async iterable of Uint8Array, e.g. an async generator', async () => {
    const { wa, calls } = client();
    async function* chunks() {
      yield text('ID3');
      yield text(' audio');
    }
    await wa.media.upload(chunks(), { mimeType: 'audio/mpeg' });
    expect(await (await sentFile(calls[0]?.rawBody)).text()).toBe('ID3 audio');
  });

  it('stops reading an oversize Node Readable at the limit, destroys it, and sends nothing', async () => {
    const { wa, calls } = client();
    let pulled = 0;
    const endless = new Readable({
      read() {
        pulled++;
        this.push(Buffer.alloc(MB));
      },
    });
    const error = await wa.media.upload(endless, { mimeType: 'image/png' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MediaFileError);
    expect(error).toMatchObject({ reason: 'size', mimeType: 'image/png', limit: 5 * MB });
    expect((error as MediaFileError).size).toBeGreaterThan(5 * MB);
    expect(endless.destroyed).toBe(true);
    // Node reads a little ahead of the consumer (its buffer), never the whole endless stream.
    expect(pulled).toBeLessThanOrEqual(8);
    expect(calls).toHaveLength(0);
  });

  it('ends an oversize async generator at the limit (its finally block runs)', async () => {
    const { wa, calls } = client();
    let yielded = 0;
    let closed = false;
    async function* endless() {
      try {
        for (;;) {
          yielded++;
          yield new Uint8Array(MB);
        }
      } finally {
        closed = true;
      }
    }
    await expect(wa.media.upload(endless(), { mimeType: 'video/mp4' })).rejects.toMatchObject({ name: 'MediaFileError', limit: 16 * MB });
    expect(yielded).toBe(17);
    expect(closed).toBe(true);
    expect(calls).toHaveLength(0);
  });

  it('a stream of text chunks is refused with a WhatsAppConfigError, not sent altered', async () => {
    const { wa, calls } = client();
    const error = await wa.media.upload(Readable.from(['plain text'], { objectMode: true }), { mimeType: 'text/plain' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WhatsAppConfigError);
    expect((error as Error).message).toBe('Upload: the stream yielded a string chunk; it must yield bytes (Uint8Array)');

    let cancelled = false;
    const stream = new ReadableStream({
      pull: (controller) => controller.enqueue('text'),
      cancel: () => {
        cancelled = true;
      },
    });
    await expect(wa.media.upload(stream as ReadableStream<Uint8Array>, { mimeType: 'text/plain' })).rejects.toBeInstanceOf(WhatsAppConfigError);
    expect(cancelled).toBe(true);
    expect(calls).toHaveLength(0);
  });

  it('an input that is no file at all is refused with a WhatsAppConfigError naming what upload takes', async () => {
    const { wa, calls } = client();
    const error = await wa.media.upload({ path: '/tmp/a.png' } as unknown as Blob, { mimeType: 'image/png' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WhatsAppConfigError);
    expect((error as Error).message).toBe(
      'Upload: cannot read a file from Object; pass a Blob, a Uint8Array, an ArrayBuffer, a ReadableStream or an async iterable of Uint8Array',
    );
    expect(calls).toHaveLength(0);
  });
});
