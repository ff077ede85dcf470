// The multipart form that sets a group's picture. WhatsApp takes a JPEG of at most the image
// media limit (5 MB, from the spec's media limits), so a wrong type or size is refused here with
// MediaFileError, before anything is sent; a stream is read only up to that limit.
import { readMediaFile } from '../media/file.js';
import { baseMimeType, MediaFileError } from '../media/limits.js';
import type { UploadInput } from '../media/upload-input.js';

const PICTURE_TYPE = 'image/jpeg';

/** A picture as `setPicture` takes it: a Blob or File, bytes, or a stream of bytes. */
export type GroupPictureInput = UploadInput;

/** The form `POST /{group-id}` takes for a new picture (schema `UpdateGroupPictureRequest`). */
export async function groupPictureForm(picture: GroupPictureInput, mimeType?: string): Promise<FormData> {
  // Bytes and streams, and a Blob without a type, are taken to be the JPEG WhatsApp wants.
  const declared = baseMimeType(mimeType ?? ((picture instanceof Blob && picture.type) || PICTURE_TYPE));
  if (declared !== PICTURE_TYPE) throw new MediaFileError({ reason: 'mime_type', mimeType: declared, allowed: [PICTURE_TYPE] });
  const blob = await readMediaFile(picture, PICTURE_TYPE);
  const form = new FormData();
  form.append('messaging_product', 'whatsapp');
  form.append('file', blob, picture instanceof File && picture.name ? picture.name : 'picture.jpg');
  return form;
}
