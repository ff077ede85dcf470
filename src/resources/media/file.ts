// A file to upload as a checked Blob: read up to the most any file of its type may be (so an
// endless stream costs no more than that), then held to the exact limit for its type. A sticker's
// limit depends on whether its WebP header says it is animated, so that header is read first.
import { checkMediaFile, hasStaticLimit, MediaFileError, mediaSizeLimit } from './limits.js';
import { uploadBlob, type UploadInput } from './upload-input.js';
import { isAnimatedWebpFile } from './webp.js';

/**
 * The input as a Blob of type `blobType`, checked against WhatsApp's limits for `mimeType` (the
 * same type unless the caller names it otherwise, e.g. `image/jpg` held to the `image/jpeg`
 * limits). Throws MediaFileError for a type WhatsApp does not accept and for a size out of bounds.
 */
export async function readMediaFile(input: UploadInput, mimeType: string, blobType: string = mimeType): Promise<Blob> {
  const cap = mediaSizeLimit(mimeType, true);
  const blob = await uploadBlob(input, blobType, { cap, tooLarge: (size) => new MediaFileError({ reason: 'size', mimeType: blobType, size, limit: cap }) });
  const animated = hasStaticLimit(mimeType) && (await isAnimatedWebpFile(blob));
  checkMediaFile(mimeType, blob.size, animated);
  return blob;
}
