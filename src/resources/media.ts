// media: POST /{phone-number-id}/media (multipart upload), GET and DELETE /{media-id}, and the
// download of the absolute, short-lived URL that GET /{media-id} returns.
import { WhatsAppError } from '../core/errors.js';
import type { CallOptions, PhoneNumberCallOptions } from '../core/options.js';
import type { Schemas } from '../core/spec-types.js';
import { DEFAULT_TIMEOUT_MS, type Transport } from '../core/transport.js';
import { absoluteResponseError, getAbsolute } from './absolute-get.js';
import { requirePhoneNumberId } from './ids.js';
import { readMediaFile } from './media-file.js';
import { baseMimeType } from './media-limits.js';
import { callInput, segment } from './request-options.js';
import type { UploadInput } from './upload-input.js';

export type MediaUrl = Schemas['MediaUrl'];
export type MediaUploadResponse = Schemas['MediaUploadResponse'];

/** What `upload` takes: a Blob or File, bytes, a web ReadableStream, or an async iterable of bytes (e.g. a Node Readable). */
export type MediaUploadInput = UploadInput;

export interface MediaUploadOptions extends PhoneNumberCallOptions {
  /** The file's MIME type. Required for bytes and streams; a Blob's own `type` is used otherwise. */
  mimeType?: string;
  /** The filename in the multipart form. Defaults to a File's name, else `file`. */
  filename?: string;
}

export interface MediaLookupOptions extends CallOptions {
  /** Only answer if the media belongs to this business phone number. */
  phoneNumberId?: string;
}

export interface MediaDownloadOptions extends MediaLookupOptions {
  /** `bytes` (default) or `stream`. */
  as?: 'bytes' | 'stream';
  /** Bytes only: compare the SHA-256 of the bytes with the metadata's `sha256`. */
  verifySha256?: boolean;
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

/** Statuses with which the media host says the short-lived URL expired. */
const EXPIRED_URL_STATUSES: ReadonlySet<number> = new Set([401, 403, 404]);

export interface MediaDefaults {
  phoneNumberId?: string | undefined;
  /** The client's extra headers (e.g. a User-Agent, which some media hosts want). */
  headers?: Record<string, string> | undefined;
  /** The client's timeout; for a download it covers the wait for the response headers only. */
  timeoutMs?: number | undefined;
}

export function mediaResource(transport: Transport, defaults: MediaDefaults) {
  const defaultPhoneNumberId = defaults.phoneNumberId;
  const downloadHeaders: Record<string, string> = { ...defaults.headers, authorization: transport.authorization };
  async function get(mediaId: string, options?: MediaLookupOptions): Promise<MediaUrl> {
    const input = callInput(options);
    if (options?.phoneNumberId) input.query = { phone_number_id: options.phoneNumberId };
    return transport.request<MediaUrl>('GET', segment(mediaId), input);
  }

  /**
   * GETs the absolute media URL with the bearer token. The timeout covers the wait for the
   * response headers only: a large file may take longer to stream, and `signal` still cancels it.
   */
  function fetchUrl(media: MediaUrl, options: CallOptions | undefined): Promise<Response> {
    const timeoutMs = options?.timeoutMs ?? defaults.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    return getAbsolute(transport, media.url, { headers: downloadHeaders, signal: options?.signal, timeoutMs }, async (response) => response);
  }

  /** Fetches the media's bytes, asking Graph for a fresh URL once when the first one has expired. */
  async function open(mediaId: string, options: MediaDownloadOptions | undefined): Promise<{ media: MediaUrl; response: Response }> {
    let media = await get(mediaId, options);
    let response = await fetchUrl(media, options);
    if (EXPIRED_URL_STATUSES.has(response.status)) {
      await response.body?.cancel();
      media = await get(mediaId, options);
      response = await fetchUrl(media, options);
    }
    if (!response.ok) throw await absoluteResponseError(transport, media.url, response);
    return { media, response };
  }

  function download(mediaId: string, options: MediaDownloadOptions & { as: 'stream'; verifySha256?: false }): Promise<MediaStream>;
  function download(mediaId: string, options?: MediaDownloadOptions & { as?: 'bytes' }): Promise<MediaBytes>;
  async function download(mediaId: string, options?: MediaDownloadOptions): Promise<MediaBytes | MediaStream> {
    const { media, response } = await open(mediaId, options);
    if (options?.as === 'stream') {
      return { media, stream: response.body ?? new ReadableStream<Uint8Array>({ start: (c) => c.close() }) };
    }
    const data = new Uint8Array(await response.arrayBuffer());
    if (options?.verifySha256) {
      const actual = await sha256Hex(data);
      const expected = (media.sha256 ?? '').toLowerCase();
      if (actual !== expected) throw new MediaIntegrityError(mediaId, expected, actual);
    }
    return { media, data };
  }

  return {
    /**
     * Uploads a file and returns its media id. The MIME type and size are checked against
     * WhatsApp's limits first (a WebP sticker's limit depends on whether its header says it is
     * animated): a file that breaks them rejects with MediaFileError, and nothing is sent. A stream
     * is read into memory, up to the limit, because the form needs its length.
     */
    async upload(file: MediaUploadInput, options?: MediaUploadOptions): Promise<MediaUploadResponse> {
      const phoneNumberId = requirePhoneNumberId(options?.phoneNumberId ?? defaultPhoneNumberId);
      const given = options?.mimeType ?? (file instanceof Blob ? file.type : '');
      const mimeType = baseMimeType(given);
      const blob = await readMediaFile(file, mimeType);

      const form = new FormData();
      form.append('messaging_product', 'whatsapp');
      form.append('type', mimeType);
      form.append('file', blob, options?.filename ?? (file instanceof File && file.name ? file.name : 'file'));
      return transport.request<MediaUploadResponse>('POST', `${segment(phoneNumberId)}/media`, { ...callInput(options), body: form });
    },

    /** The media's short-lived download URL, MIME type, size and SHA-256. */
    get,

    /**
     * Downloads the media: bytes (default, optionally checked against its SHA-256) or a stream.
     * When the short-lived URL has expired (401, 403 or 404) a fresh one is fetched once.
     */
    download,

    /** Deletes uploaded media. A media id that no longer exists rejects with GraphApiError. */
    async delete(mediaId: string, options?: MediaLookupOptions): Promise<Schemas['MediaDeleteResponse']> {
      const input = callInput(options);
      if (options?.phoneNumberId) input.query = { phone_number_id: options.phoneNumberId };
      return transport.request('DELETE', segment(mediaId), input);
    },
  };
}

export type MediaResource = ReturnType<typeof mediaResource>;

async function sha256Hex(data: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data as BufferSource));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

