// Whether a WebP image is animated, read from its first bytes without decoding it. WhatsApp
// allows animated stickers five times the size of static ones, so the upload check needs to know.
//
// The WebP container starts "RIFF" <length: 4 bytes> "WEBP" and then its first chunk. Only the
// extended format (first chunk "VP8X") can hold an animation; the first byte of that chunk's
// payload (byte 20 of the file) is a set of flags, and 0x02 is the animation flag. A simple WebP
// (first chunk "VP8 " or "VP8L") is always a single still image.

/** How many leading bytes of a file `isAnimatedWebp` looks at. */
export const WEBP_HEADER_BYTES = 21;

const ANIMATION_FLAG = 0x02;

/** True when the bytes start an animated WebP; false for a still WebP and for anything else. */
export function isAnimatedWebp(header: Uint8Array): boolean {
  if (header.byteLength < WEBP_HEADER_BYTES) return false;
  return (
    fourCC(header, 0) === 'RIFF' &&
    fourCC(header, 8) === 'WEBP' &&
    fourCC(header, 12) === 'VP8X' &&
    (header[20]! & ANIMATION_FLAG) !== 0
  );
}

/** `isAnimatedWebp` for a file, reading only its header. */
export async function isAnimatedWebpFile(file: Blob): Promise<boolean> {
  return isAnimatedWebp(new Uint8Array(await file.slice(0, WEBP_HEADER_BYTES).arrayBuffer()));
}

function fourCC(bytes: Uint8Array, at: number): string {
  return String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!);
}
