// The file inputs the uploads take, turned into a Blob: a Blob or File and bytes as they are; a
// web ReadableStream or any async iterable of byte chunks (a Node Readable is one) read into
// memory, because both upload APIs need the length before the first byte. A stream is read only up
// to a cap: one that runs past it is cancelled there, so it costs no more memory than the cap.
import { WhatsAppConfigError } from '../../core/config-error.js';
import { WhatsAppError } from '../../core/errors.js';

/** A file to upload: a Blob or File, bytes, a web ReadableStream, or an async iterable of bytes. */
export type UploadInput = Blob | Uint8Array | ArrayBuffer | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

/** How far a stream may be read, and the error for one that runs past it. */
export interface ReadLimit {
  cap: number;
  tooLarge: (bytesRead: number) => Error;
}

/**
 * The input as a Blob of type `type`. A stream is read until it ends or until it passes the cap:
 * then reading stops and `tooLarge(bytesRead)` is thrown. There is always a cap, so an endless
 * stream costs no more than it. Blobs and bytes are not checked here: their size is known, and
 * the caller checks it against the exact limit.
 */
export async function uploadBlob(input: UploadInput, type: string, limit: ReadLimit): Promise<Blob> {
  if (input instanceof Blob) return input.type === type ? input : input.slice(0, input.size, type);
  if (input instanceof Uint8Array || input instanceof ArrayBuffer) return new Blob([input as BlobPart], { type });
  if (!isReadableStream(input) && !isAsyncIterable(input)) unsupported(input);
  let chunks: Uint8Array[];
  try {
    chunks = isReadableStream(input) ? await readStream(input, limit) : await readIterable(input, limit);
  } catch (error) {
    // The caller's stream failed (a file that cannot be read, a broken source): still a WhatsAppError.
    if (error instanceof WhatsAppError) throw error;
    throw new WhatsAppConfigError(`Upload: the file stream failed while being read: ${(error as Error)?.message ?? String(error)}`, { cause: error });
  }
  return new Blob(chunks as BlobPart[], { type });
}

async function readStream(stream: ReadableStream<Uint8Array>, { cap, tooLarge }: ReadLimit): Promise<Uint8Array[]> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return chunks;
      size += bytesOf(value).byteLength;
      if (size > cap) throw tooLarge(size);
      chunks.push(value);
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    throw error;
  } finally {
    reader.releaseLock();
  }
}

async function readIterable(source: AsyncIterable<Uint8Array>, { cap, tooLarge }: ReadLimit): Promise<Uint8Array[]> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  // Leaving the loop early (a throw) calls the iterator's `return`, which ends a Node stream.
  for await (const chunk of source) {
    size += bytesOf(chunk).byteLength;
    if (size > cap) throw tooLarge(size);
    chunks.push(chunk);
  }
  return chunks;
}

/** A chunk must be bytes: a text chunk (a stream with an encoding set) would change the file. */
function bytesOf(chunk: unknown): Uint8Array {
  if (chunk instanceof Uint8Array) return chunk;
  throw new WhatsAppConfigError(`Upload: the stream yielded a ${typeof chunk === 'string' ? 'string' : typeof chunk} chunk; it must yield bytes (Uint8Array)`);
}

function isReadableStream(input: unknown): input is ReadableStream<Uint8Array> {
  return typeof ReadableStream !== 'undefined' && input instanceof ReadableStream;
}

function isAsyncIterable(input: unknown): input is AsyncIterable<Uint8Array> {
  return typeof input === 'object' && input !== null && typeof (input as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function';
}

function unsupported(input: unknown): never {
  const kind = input === null ? 'null' : typeof input === 'object' ? (input.constructor?.name ?? 'object') : typeof input;
  throw new WhatsAppConfigError(`Upload: cannot read a file from ${kind}; pass a Blob, a Uint8Array, an ArrayBuffer, a ReadableStream or an async iterable of Uint8Array`);
}
