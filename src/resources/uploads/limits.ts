// The size limits of the Resumable Upload API. Its files are template header samples (images,
// videos, PDFs) and profile pictures (JPEG), held to the same limits as media for messages; a
// type without a documented limit is held to the largest one (100 MB), so no upload is ever
// unbounded: not a stream being read, not a session being opened, not bytes being sent.
import { readMediaFile } from '../media/file.js';
import { hasSizeLimit, LARGEST_MEDIA_LIMIT, MediaFileError, mediaLimitOrLargest } from '../media/limits.js';
import { uploadBlob, type UploadInput } from '../media/upload-input.js';

/** The type whose limit applies: `image/jpg` is Graph's other name for `image/jpeg`. */
function limitType(fileType: string): string {
  return fileType === 'image/jpg' ? 'image/jpeg' : fileType;
}

/** The largest file (bytes) a session for `fileType` may carry. */
export function uploadLimit(fileType: string): number {
  return mediaLimitOrLargest(limitType(fileType));
}

/** Throws MediaFileError when `size` bytes are over the limit for `fileType`. */
export function checkUploadSize(size: number, fileType: string): void {
  const limit = uploadLimit(fileType);
  if (size > limit) throw new MediaFileError({ reason: 'size', mimeType: fileType, size, limit });
}

/**
 * The file as a Blob, checked against the limit of its type (with the exact rules of media
 * uploads, stickers by their WebP header, where the type has one). A stream is read only up to
 * the limit.
 */
export async function readUploadFile(file: UploadInput, fileType: string): Promise<Blob> {
  const type = limitType(fileType);
  if (hasSizeLimit(type)) return readMediaFile(file, type, fileType);
  const tooLarge = (size: number) => new MediaFileError({ reason: 'size', mimeType: fileType, size, limit: LARGEST_MEDIA_LIMIT });
  const blob = await uploadBlob(file, fileType, { cap: LARGEST_MEDIA_LIMIT, tooLarge });
  if (blob.size > LARGEST_MEDIA_LIMIT) throw tooLarge(blob.size);
  return blob;
}
