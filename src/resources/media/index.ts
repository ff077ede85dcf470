// media: the generated `get` and `delete` of /{media-id}; helpers for what the table cannot do:
// `upload` (a checked file as the multipart form of POST /{phone-number-id}/media) and `download`
// (the absolute, short-lived URL that `get` returns, read within the media's size).
import { mediaOperations } from '../../../generated/operations.js';
import type { ClientCore } from '../../core/client-core.js';
import type { ResourceOperations } from '../../core/operation-types.js';
import { compileOperation } from '../../core/operation-call.js';
import type { PhoneNumberCallOptions } from '../../core/options.js';
import type { Schemas } from '../../core/spec-types.js';
import { mediaDownloader } from './download.js';
import { readMediaFile } from './file.js';
import { baseMimeType } from './limits.js';
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
} from './download.js';

/** What `upload` takes: a Blob or File, bytes, a web ReadableStream, or an async iterable of bytes (e.g. a Node Readable). */
export type MediaUploadInput = UploadInput;

export interface MediaUploadOptions extends PhoneNumberCallOptions {
  /** The file's MIME type. Required for bytes and streams; a Blob's own `type` is used otherwise. */
  mimeType?: string;
  /** The filename in the multipart form. Defaults to a File's name, else `file`. */
  filename?: string;
}

export function mediaHelpers(core: ClientCore) {
  const upload = compileOperation(core, 'media.upload', mediaOperations.upload);
  const lookup = compileOperation(core, 'media.download', mediaOperations.get);
  const download = mediaDownloader(
    core.transport,
    (mediaId, options) => lookup.call<MediaUrl>([mediaId], options?.phoneNumberId ? { phone_number_id: options.phoneNumberId } : undefined, options && { signal: options.signal, timeoutMs: options.timeoutMs, retry: options.retry }),
    { headers: core.headers, timeoutMs: core.timeoutMs },
  );

  return {
    /**
     * Uploads a file and returns its media id. The MIME type and size are checked against
     * WhatsApp's limits first (a WebP sticker's limit depends on whether its header says it is
     * animated): a file that breaks them rejects with MediaFileError, and nothing is sent. A stream
     * is read into memory, up to the limit, because the form needs its length.
     */
    async upload(file: MediaUploadInput, options?: MediaUploadOptions): Promise<MediaUploadResponse> {
      const given = options?.mimeType ?? (file instanceof Blob ? file.type : '');
      const mimeType = baseMimeType(given);
      const blob = await readMediaFile(file, mimeType);
      const form = new FormData();
      form.append('messaging_product', 'whatsapp');
      form.append('type', mimeType);
      form.append('file', blob, options?.filename ?? (file instanceof File && file.name ? file.name : 'file'));
      return upload.call<MediaUploadResponse>([], form, options);
    },

    /**
     * Downloads the media: bytes (default, optionally checked against its SHA-256) or a stream.
     * When the short-lived URL has expired (401, 403 or 404) a fresh one is fetched once. The
     * host may send no more than the media's `file_size` (else MediaTooLargeError, checked while
     * reading), and the token goes only to Meta's hosts over https or hosts the client trusts.
     */
    download,
  };
}

/**
 * `wa.media`: the generated `get` and `delete`, with `upload` and `download`.
 * @interface
 */
export type MediaResource = Omit<ResourceOperations<'media'>, 'upload'> & ReturnType<typeof mediaHelpers>;
