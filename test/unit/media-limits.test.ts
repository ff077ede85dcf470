// generated/media-limits.ts is the MediaUploadFile schema as a table; the upload check uses the
// table. Both come from the same schema, so they must agree at every edge.
import { describe, expect, it } from 'vitest';
import { mediaUploadLimits } from '../../generated/media-limits.js';
import { validateMediaUploadFile } from '../../generated/validators.js';
import { checkMediaFile, MediaFileError, mediaSizeLimit } from '../../src/resources/media-limits.js';

const accepts = (mime_type: string, file_size: number) => validateMediaUploadFile({ mime_type, file_size });
const checkPasses = (mime: string, size: number) => {
  try {
    checkMediaFile(mime, size);
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

  it.each(Object.entries(mediaUploadLimits))('%s: table and validator agree at 0, 1, the limit and one byte over', (mime, limit) => {
    expect(mediaSizeLimit(mime)).toBe(limit);
    for (const size of [0, 1, limit, limit + 1]) expect(checkPasses(mime, size)).toBe(accepts(mime, size));
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
