// Downloading media: GET /{media-id} for the short-lived URL, then that URL with the token (the
// transport decides whether the host may have it). What the host sends is never trusted to be
// what Graph described: the body is cut off as soon as it passes the media's `file_size` (or,
// without one, the documented maximum for its type), whether it is read into memory or streamed.
import { WhatsAppError } from '../../core/errors.js';
import { fetchFailure } from '../../core/fetch-failure.js';
import type { CallOptions } from '../../core/options.js';
import { concatBytes } from '../../core/read-capped.js';
import type { Schemas } from '../../core/spec-types.js';
import { DEFAULT_TIMEOUT_MS, type Transport } from '../../core/transport.js';
import { absoluteResponseError, getAbsolute } from '../../core/absolute-get.js';
import { baseMimeType, mediaLimitOrLargest } from './limits.js';

type MediaUrl = Schemas['MediaUrl'];

export interface MediaDownloadOptions extends CallOptions {
  /** Only answer if the media belongs to this business phone number. */
  phoneNumberId?: string;
  /** `bytes` (default) or `stream`. */
  as?: 'bytes' | 'stream';
  /** Bytes only: compare the SHA-256 of the bytes with the metadata's `sha256`. */
  verifySha256?: boolean;
  /**
   * The most bytes to accept, when lower than what Graph reports. The download never accepts more
   * than the media's `file_size`, or without one the documented maximum for its MIME type (100 MB
   * for a type without its own).
   */
  maxBytes?: number;
}

export interface MediaBytes {
  media: MediaUrl;
  data: Uint8Array;
}

export interface MediaStream {
  media: MediaUrl;
  stream: ReadableStream<Uint8Array>;
}

/** The downloaded bytes do not match the SHA-256 Graph reported. */
export class MediaIntegrityError extends WhatsAppError {
  readonly expected: string;
  readonly actual: string;
  constructor(mediaId: string, expected: string, actual: string) {
    super(`Media ${mediaId}: downloaded bytes have SHA-256 ${actual}, Graph reported ${expected}`, { category: 'media', action: 'retry' });
    this.expected = expected;
    this.actual = actual;
  }
}

/** Where a download's byte limit came from. */
export type MediaLimitSource = 'file_size' | 'mime_type' | 'maxBytes';

/** The media host sent (or announced) more bytes than the download accepts; reading stopped there. */
export class MediaTooLargeError extends WhatsAppError {
  readonly mediaId: string;
  /** The most bytes the download accepted. */
  readonly limit: number;
  readonly limitSource: MediaLimitSource;
  /** Bytes received when reading stopped, or the length the host announced. */
  readonly received: number;
  constructor(init: { mediaId: string; limit: number; limitSource: MediaLimitSource; received: number; announced: boolean }) {
    const why = { file_size: "Graph's file_size", mime_type: 'the documented maximum for its type', maxBytes: 'maxBytes' }[init.limitSource];
    super(
      `Media ${init.mediaId}: the media host ${init.announced ? `announced ${init.received} bytes` : `sent more than ${init.limit} bytes`}, ` +
        `over the limit of ${init.limit} bytes (${why}); the download was stopped`,
      { category: 'media', action: 'do_not_retry' },
    );
    this.mediaId = init.mediaId;
    this.limit = init.limit;
    this.limitSource = init.limitSource;
    this.received = init.received;
  }
}

/** Statuses with which the media host says the short-lived URL expired. */
const EXPIRED_URL_STATUSES: ReadonlySet<number> = new Set([401, 403, 404]);

export interface MediaDownloadDefaults {
  /** The client's extra headers (e.g. a User-Agent, which some media hosts want). */
  headers?: Readonly<Record<string, string>> | undefined;
  /** The client's timeout; for a download it covers the wait for the response headers only. */
  timeoutMs?: number | undefined;
}

type Lookup = (mediaId: string, options: MediaDownloadOptions | undefined) => Promise<MediaUrl>;

/** The byte limit of one download and where it came from. */
export function mediaByteLimit(media: MediaUrl, maxBytes: number | undefined): { limit: number; source: MediaLimitSource } {
  const reported = Number(media.file_size);
  const fromGraph: { limit: number; source: MediaLimitSource } =
    media.file_size !== undefined && media.file_size !== '' && Number.isSafeInteger(reported) && reported >= 0
      ? { limit: reported, source: 'file_size' }
      : { limit: mediaLimitOrLargest(baseMimeType(media.mime_type ?? '')), source: 'mime_type' };
  if (maxBytes !== undefined && maxBytes < fromGraph.limit) return { limit: Math.max(0, Math.floor(maxBytes)), source: 'maxBytes' };
  return fromGraph;
}

export function mediaDownloader(transport: Transport, lookup: Lookup, defaults: MediaDownloadDefaults) {
  const headers = defaults.headers ? { ...defaults.headers } : undefined;

  /**
   * GETs the absolute media URL with the bearer token. The timeout covers the wait for the
   * response headers only: a large file may take longer to stream, and `signal` still cancels it.
   */
  function fetchUrl(media: MediaUrl, options: CallOptions | undefined): Promise<Response> {
    const timeoutMs = options?.timeoutMs ?? defaults.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    return getAbsolute(transport, media.url, { withToken: true, headers, signal: options?.signal, timeoutMs }, async (response) => response);
  }

  /** Fetches the media's bytes, asking Graph for a fresh URL once when the first one has expired. */
  async function open(mediaId: string, options: MediaDownloadOptions | undefined): Promise<{ media: MediaUrl; response: Response }> {
    let media = await lookup(mediaId, options);
    let response = await fetchUrl(media, options);
    if (EXPIRED_URL_STATUSES.has(response.status)) {
      await response.body?.cancel();
      media = await lookup(mediaId, options);
      response = await fetchUrl(media, options);
    }
    if (!response.ok) throw await absoluteResponseError(transport, media.url, response);
    return { media, response };
  }

  function download(mediaId: string, options: MediaDownloadOptions & { as: 'stream'; verifySha256?: false }): Promise<MediaStream>;
  function download(mediaId: string, options?: MediaDownloadOptions & { as?: 'bytes' }): Promise<MediaBytes>;
  async function download(mediaId: string, options?: MediaDownloadOptions): Promise<MediaBytes | MediaStream> {
    const { media, response } = await open(mediaId, options);
    const { limit, source } = mediaByteLimit(media, options?.maxBytes);
    const tooLarge = (received: number, announced = false) => new MediaTooLargeError({ mediaId, limit, limitSource: source, received, announced });
    const announced = Number(response.headers.get('content-length') ?? Number.NaN);
    if (announced > limit) {
      await response.body?.cancel().catch(() => undefined);
      throw tooLarge(announced, true);
    }
    const body = response.body ?? new ReadableStream<Uint8Array>({ start: (c) => c.close() });
    // A failure while the body streams in is typed like any other: aborted, or a network error.
    const failed = (error: unknown) =>
      fetchFailure(error, { request: { method: 'GET', url: transport.redact(media.url) }, callerSignal: options?.signal, deadline: undefined, timeoutMs: 0, redact: transport.redact });
    const limits: BodyLimits = { limit, tooLarge, failed };
    if (options?.as === 'stream') return { media, stream: limitedStream(body, limits) };
    const data = await readLimited(body, limits);
    if (options?.verifySha256) {
      const actual = await sha256Hex(data);
      const expected = (media.sha256 ?? '').toLowerCase();
      if (actual !== expected) throw new MediaIntegrityError(mediaId, expected, actual);
    }
    return { media, data };
  }

  return download;
}

interface BodyLimits {
  limit: number;
  tooLarge: (received: number) => Error;
  /** The typed error for a body that fails on its own. */
  failed: (error: unknown) => Error;
}

/** Reads the whole body, holding at most `limit` bytes: a chunk that passes it cancels the body. */
async function readLimited(body: ReadableStream<Uint8Array>, { limit, tooLarge, failed }: BodyLimits): Promise<Uint8Array> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch (error) {
      throw failed(error);
    }
    if (chunk.done) return concatBytes(chunks, size);
    size += chunk.value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(size);
    }
    chunks.push(chunk.value);
  }
}

/**
 * The body as a stream that errors with `tooLarge` (and cancels the body) before handing on the
 * chunk that passes `limit`. It pulls one chunk per read, so nothing is buffered ahead of the reader.
 */
function limitedStream(body: ReadableStream<Uint8Array>, { limit, tooLarge, failed }: BodyLimits): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  let size = 0;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        let chunk: ReadableStreamReadResult<Uint8Array>;
        try {
          chunk = await reader.read();
        } catch (error) {
          return controller.error(failed(error));
        }
        if (chunk.done) return controller.close();
        size += chunk.value.byteLength;
        if (size > limit) {
          await reader.cancel().catch(() => undefined);
          return controller.error(tooLarge(size));
        }
        controller.enqueue(chunk.value);
      },
      cancel(reason) {
        return reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
}

async function sha256Hex(data: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data as BufferSource));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
