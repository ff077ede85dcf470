// generated/media-limits.ts is the MediaUploadFile schema as a table; the upload check uses the
// table. Both come from the same schema, so they must agree at every edge.
import { describe, expect, it } from 'vitest';
import { mediaUploadLimits, mediaUploadStaticLimits } from '../../generated/media-limits.js';
import { validateMediaUploadFile } from '../../generated/validators.js';
import { checkMediaFile, MediaFileError, mediaSizeLimit } from '../../src/resources/media/limits.js';

const accepts = (mime_type: string, file_size: number, animated?: boolean) =>
  validateMediaUploadFile(animated === undefined ? { mime_type, file_size } : { mime_type, file_size, animated });
const checkPasses = (mime: string, size: number, animated?: boolean) => {
  try {
    checkMediaFile(mime, size, animated);
    return true;
  } catch (error) {
    expect(error).toBeInstanceOf(MediaFileError);
    return false;
  }
};

describe('media upload limits', () => {
  it('the table covers every MIME type the schema accepts', () => {
    const types = Object.keys(mediaUploadLimits);
    expect(types.length).toBeGreaterThanOrEqual(18);
    for (const type of types) expect(accepts(type, 1)).toBe(true);
  });

  it.each(Object.entries(mediaUploadLimits))('%s: table and validator agree at 0, 1, each limit and one byte over, animated or not', (mime, limit) => {
    expect(mediaSizeLimit(mime, true)).toBe(limit);
    const edges = [0, 1, limit, limit + 1];
    const staticLimit = mediaUploadStaticLimits[mime];
    if (staticLimit !== undefined) edges.push(staticLimit, staticLimit + 1);
    for (const size of edges) {
      for (const animated of [undefined, false, true]) expect([size, animated, checkPasses(mime, size, animated)]).toEqual([size, animated, accepts(mime, size, animated)]);
    }
  });

  it('stickers: 100 KB static, 500 KB animated, as Meta documents them; static when not known to be animated', () => {
    expect(mediaUploadStaticLimits).toEqual({ 'image/webp': 100 * 1024 });
    expect(mediaSizeLimit('image/webp')).toBe(100 * 1024);
    expect(mediaSizeLimit('image/webp', true)).toBe(500 * 1024);
    expect(mediaSizeLimit('image/png', false)).toBe(mediaSizeLimit('image/png', true));
    expect(() => checkMediaFile('image/webp', 100 * 1024 + 1)).toThrow(/the limit for a static image\/webp is 102400 bytes/);
    expect(() => checkMediaFile('image/webp', 500 * 1024 + 1, true)).toThrow(/the limit for an animated image\/webp is 512000 bytes/);
    expect(() => checkMediaFile('image/webp', 500 * 1024, true)).not.toThrow();
  });

  it('a type outside the schema is refused by both, naming the accepted ones', () => {
    for (const mime of ['image/gif', 'application/zip', '', 'constructor', 'IMAGE/JPEG']) {
      expect(accepts(mime, 10)).toBe(false);
      let thrown: unknown;
      try {
        checkMediaFile(mime, 10);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(MediaFileError);
      expect((thrown as MediaFileError).reason).toBe('mime_type');
      expect((thrown as MediaFileError).allowed).toContain('image/jpeg');
    }
  });

  it('an oversize file names its limit; an empty one says it is empty', () => {
    expect(() => checkMediaFile('image/png', 5 * 1024 * 1024 + 1)).toThrow(/limit for image\/png is 5242880 bytes/);
    expect(() => checkMediaFile('image/png', 0)).toThrow(/is empty/);
  });
});
