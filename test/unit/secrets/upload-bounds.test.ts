// Every upload path reads a stream only up to the documented limit for the file's type, and stops
// there: media uploads, resumable uploads (a profile picture is one), resuming a session, and a
// group's picture. A type without a documented limit is held to the largest one (100 MB).
import { describe, expect, it } from 'vitest';
import { createWhatsApp, MediaFileError, WhatsAppConfigError, type WhatsApp } from '../../../src/index.js';
import { stubFetch } from '../../support/fetch-stub.js';
import { rejectionOf } from '../../support/rejection.js';

const MB = 1024 * 1024;
const CHUNK = 256 * 1024;

/** An endless stream of one reused chunk (so memory stays small), counting what was pulled. */
function endlessStream() {
  const chunk = new Uint8Array(CHUNK).fill(0xff);
  const counter = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        counter.pulled += CHUNK;
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

/** The same as an async iterable (a Node Readable is one). */
function endlessIterable() {
  const chunk = new Uint8Array(CHUNK);
  const counter = { pulled: 0, returned: false };
  const iterable = {
    [Symbol.asyncIterator]: () => ({
      next: async () => {
        counter.pulled += CHUNK;
        return { done: false as const, value: chunk };
      },
      return: async () => {
        counter.returned = true;
        return { done: true as const, value: undefined };
      },
    }),
  };
  return { iterable, counter };
}

function client() {
  const stub = stubFetch({ json: { id: 'upload:1' } });
  const wa = createWhatsApp({ accessToken: 'EAAGm0PX4ZCpsBAKZCZCuploads', phoneNumberId: '1', appId: '2', fetch: stub.fetch });
  return { wa, calls: stub.calls };
}

type Path = (wa: WhatsApp, input: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>) => Promise<unknown>;

const paths: [name: string, limit: number, upload: Path][] = [
  ['media.upload, image/jpeg', 5 * MB, (wa, input) => wa.media.upload(input, { mimeType: 'image/jpeg' })],
  ['media.upload, video/mp4', 16 * MB, (wa, input) => wa.media.upload(input, { mimeType: 'video/mp4' })],
  ['uploads.upload, a profile picture (image/jpeg)', 5 * MB, (wa, input) => wa.uploads.upload(input, { fileType: 'image/jpeg' })],
  ['uploads.upload, a header sample (video/mp4)', 16 * MB, (wa, input) => wa.uploads.upload(input, { fileType: 'video/mp4' })],
  ['uploads.upload, a type with no documented limit', 100 * MB, (wa, input) => wa.uploads.upload(input, { fileType: 'image/gif' as never })],
  ['uploads.resume with a file type', 100 * MB, (wa, input) => wa.uploads.resume('upload:1', input, { fileType: 'application/pdf' })],
  ['uploads.resume without one', 100 * MB, (wa, input) => wa.uploads.resume('upload:1', input)],
  ['groups.setPicture', 5 * MB, (wa, input) => wa.groups.setPicture('g1', input)],
];

describe.each(paths)('%s', (_name, limit, upload) => {
  it(`stops a stream at ${limit / MB} MB and sends nothing`, async () => {
    const { wa, calls } = client();
    const { stream, counter } = endlessStream();
    const error = await rejectionOf(upload(wa, stream));
    expect(error).toBeInstanceOf(MediaFileError);
    expect(error).toMatchObject({ reason: 'size', limit });
    expect(counter.pulled).toBe(limit + CHUNK);
    expect(counter.cancelled).toBe(true);
    expect(calls).toHaveLength(0);
  });

  it(`stops an async iterable at ${limit / MB} MB and ends it`, async () => {
    const { wa, calls } = client();
    const { iterable, counter } = endlessIterable();
    await expect(upload(wa, iterable)).rejects.toBeInstanceOf(MediaFileError);
    expect(counter.pulled).toBe(limit + CHUNK);
    expect(counter.returned).toBe(true);
    expect(calls).toHaveLength(0);
  });
});

describe('a Blob of a type with no documented limit', () => {
  it('is refused over 100 MB before a session opens', async () => {
    class HugeBlob extends Blob {
      override get size() {
        return 100 * MB + 1;
      }
    }
    const { wa, calls } = client();
    const error = await rejectionOf(wa.uploads.upload(new HugeBlob(['x'], { type: 'image/gif' })));
    expect(error).toMatchObject({ name: 'MediaFileError', reason: 'size', limit: 100 * MB, size: 100 * MB + 1 });
    expect(calls).toHaveLength(0);
  });
});

describe('the low-level session calls', () => {
  class SizedBlob extends Blob {
    constructor(private readonly claimed: number, type: string) {
      super(['x'], { type });
    }
    override get size() {
      return this.claimed;
    }
  }

  it('createSession refuses a file_length over the limit for its type', async () => {
    const { wa, calls } = client();
    await expect(wa.uploads.createSession({ file_length: 5 * MB + 1, file_type: 'image/jpeg' })).rejects.toMatchObject({ name: 'MediaFileError', limit: 5 * MB });
    await expect(wa.uploads.createSession({ file_length: 100 * MB + 1, file_type: 'application/pdf' })).rejects.toMatchObject({ name: 'MediaFileError', limit: 100 * MB });
    expect(calls).toHaveLength(0);
    await wa.uploads.createSession({ file_length: 5 * MB, file_type: 'image/jpeg' });
    expect(calls).toHaveLength(1);
  });

  it('send refuses a Blob over the limit for its type, or over 100 MB without one', async () => {
    const { wa, calls } = client();
    await expect(wa.uploads.send('upload:1', new SizedBlob(16 * MB + 1, 'video/mp4'), 0)).rejects.toMatchObject({ name: 'MediaFileError', limit: 16 * MB });
    await expect(wa.uploads.send('upload:1', new SizedBlob(100 * MB + 1, ''), 0)).rejects.toMatchObject({ name: 'MediaFileError', limit: 100 * MB });
    expect(calls).toHaveLength(0);
  });
});

describe('a file stream that fails while read', () => {
  it('rejects with a WhatsAppConfigError carrying the stream’s own error, and sends nothing', async () => {
    const { wa, calls } = client();
    const unreadable = Object.assign(new Error("ENOENT: no such file or directory, open 'header.mp4'"), { code: 'ENOENT' });
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.error(unreadable);
      },
    });
    const error = await rejectionOf(wa.uploads.upload(stream, { fileType: 'video/mp4' }));
    expect(error).toBeInstanceOf(WhatsAppConfigError);
    expect((error as Error).message).toContain('ENOENT');
    expect((error as Error).cause).toBe(unreadable);
    expect(calls).toHaveLength(0);
  });
});
