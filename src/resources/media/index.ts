// media: POST /{phone-number-id}/media (multipart upload), GET and DELETE /{media-id}, and the
// download of the absolute, short-lived URL that GET /{media-id} returns.
import type { CallOptions, PhoneNumberCallOptions } from '../core/options.js';
import type { Schemas } from '../core/spec-types.js';
import type { Transport } from '../core/transport.js';
import { requirePhoneNumberId } from './ids.js';
import { mediaDownloader, type MediaDownloadDefaults } from './media-download.js';
import { readMediaFile } from './media-file.js';
import { baseMimeType } from './media-limits.js';
import { callInput, segment } from './request-options.js';
import type { UploadInput } from './upload-input.js';

export type MediaUrl = Schemas['MediaUrl'];
export type MediaUploadResponse = Schemas['MediaUploadResponse'];
export {
  MediaIntegrityError,
  MediaTooLargeError,
  type MediaLimitSource,
  type MediaDownloadOptions,
  type MediaBytes,
  type MediaStream,
} from './media-download.js';

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

export interface MediaDefaults extends MediaDownloadDefaults {
  phoneNumberId?: string | undefined;
}

export function mediaResource(transport: Transport, defaults: MediaDefaults) {
  const defaultPhoneNumberId = defaults.phoneNumberId;
  async function get(mediaId: string, options?: MediaLookupOptions): Promise<MediaUrl> {
    const input = callInput(options);
    if (options?.phoneNumberId) input.query = { phone_number_id: options.phoneNumberId };
    return transport.request<MediaUrl>('GET', segment(mediaId), input);
  }
  const download = mediaDownloader(transport, get, defaults);

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
     * When the short-lived URL has expired (401, 403 or 404) a fresh one is fetched once. The
     * host may send no more than the media's `file_size` (else MediaTooLargeError, checked while
     * reading), and the token goes only to Meta's hosts over https or hosts the client trusts.
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
