// Checks a file against WhatsApp's per-kind upload limits before anything is sent. The limits are
// data in the spec (schema `MediaUploadFile`); generated/media-limits.ts is that schema as a table,
// so nothing is repeated here and the check does not load the validators.
import { WhatsAppConfigError } from '../../core/config-error.js';
import { mediaUploadLimits, mediaUploadMinimumBytes, mediaUploadStaticLimits, mediaUploadLargestBytes } from '../../../generated/media-limits.js';

/** A file the upload limits refuse. Thrown before any request is made. */
export class MediaFileError extends WhatsAppConfigError {
  /** `mime_type`: not a type WhatsApp accepts; `size`: over the limit for its type, or empty. */
  readonly reason: 'mime_type' | 'size';
  readonly mimeType: string;
  /** The file's size in bytes, when known. */
  readonly size: number | undefined;
  /** The largest size (bytes) allowed for this MIME type, for `size` errors. */
  readonly limit: number | undefined;
  /** The MIME types WhatsApp accepts, for `mime_type` errors. */
  readonly allowed: readonly string[] | undefined;
  /** For types whose limit depends on it (stickers): whether the file was found to be animated. */
  readonly animated: boolean | undefined;

  constructor(init: { reason: 'mime_type' | 'size'; mimeType: string; size?: number; limit?: number; allowed?: readonly string[]; animated?: boolean }) {
    super(
      init.reason === 'mime_type' && init.mimeType === ''
        ? 'Media upload refused: the file has no MIME type; pass mimeType (e.g. image/jpeg)'
        : init.reason === 'mime_type'
        ? `Media upload refused: "${init.mimeType}" is not a MIME type WhatsApp accepts (accepted: ${(init.allowed ?? []).join(', ')})`
        : init.limit === undefined
          ? `Media upload refused: the ${init.mimeType} file is empty`
          : `Media upload refused: the ${init.mimeType} file is ${init.size ?? 'over'} bytes; the limit for ${describeKind(init.mimeType, init.animated)} is ${init.limit} bytes`,
    );
    this.reason = init.reason;
    this.mimeType = init.mimeType;
    this.size = init.size;
    this.limit = init.limit;
    this.allowed = init.allowed;
    this.animated = init.animated;
  }
}

function describeKind(mimeType: string, animated: boolean | undefined): string {
  if (animated === undefined) return mimeType;
  return `${animated ? 'an animated' : 'a static'} ${mimeType}`;
}

/** `audio/ogg; codecs=opus` → `audio/ogg`: WhatsApp's limits are per base type. */
export function baseMimeType(mimeType: string): string {
  return mimeType.split(';')[0]!.trim().toLowerCase();
}

/**
 * Throws MediaFileError when the file breaks the limits for its type. `animated` matters only for
 * types with a lower limit for static files (stickers); left out, the file counts as static.
 */
export function checkMediaFile(mimeType: string, size: number, animated = false): void {
  const limit = mediaSizeLimit(mimeType, animated);
  if (size < mediaUploadMinimumBytes || size > limit) {
    const variant = hasStaticLimit(mimeType) ? { animated } : {};
    throw new MediaFileError({ reason: 'size', mimeType, size, ...variant, ...(size < mediaUploadMinimumBytes ? {} : { limit }) });
  }
}

/**
 * The largest file (bytes) allowed for a MIME type; throws MediaFileError for an unknown type.
 * A static file gets the lower limit where its type has one; `animated: true` gives the largest
 * size any file of the type may have.
 */
export function mediaSizeLimit(mimeType: string, animated = false): number {
  const limit = Object.hasOwn(mediaUploadLimits, mimeType) ? mediaUploadLimits[mimeType] : undefined;
  if (limit === undefined) throw new MediaFileError({ reason: 'mime_type', mimeType, allowed: Object.keys(mediaUploadLimits) });
  if (animated || !hasStaticLimit(mimeType)) return limit;
  return mediaUploadStaticLimits[mimeType]!;
}

/** True for the MIME types WhatsApp has a size limit for (every type it accepts as media). */
export function hasSizeLimit(mimeType: string): boolean {
  return Object.hasOwn(mediaUploadLimits, mimeType);
}

/** True for the types (stickers) whose limit depends on whether the file is animated. */
export function hasStaticLimit(mimeType: string): boolean {
  return Object.hasOwn(mediaUploadStaticLimits, mimeType);
}

/**
 * The largest limit of any type (100 MB, documents): the cap for a file whose type has no
 * documented limit of its own, so that no read is ever unbounded.
 */
export const LARGEST_MEDIA_LIMIT: number = mediaUploadLargestBytes;

/** The documented limit of a type, or the largest one for a type without its own. */
export function mediaLimitOrLargest(mimeType: string): number {
  return hasSizeLimit(mimeType) ? mediaSizeLimit(mimeType, true) : LARGEST_MEDIA_LIMIT;
}
