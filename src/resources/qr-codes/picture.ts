// A QR code's picture is a field with an argument, `qr_image_url.format(PNG)`, and Graph returns
// it only for the fields asked for: asking for a picture therefore has to name the other fields
// too. This adds the picture to the caller's fields (or to Graph's default ones).
import { WhatsAppConfigError } from '../../core/config-error.js';
import type { QrImageFormat } from './types.js';

/** The fields Graph returns when none are named. */
const DEFAULT_FIELDS = ['code', 'prefilled_message', 'deep_link_url'] as const;
const FORMATS: readonly string[] = ['PNG', 'SVG'] satisfies QrImageFormat[];

/** The query to send: as given, plus the picture field when a format is wanted. */
export function withPicture<Q extends { fields?: string[] }>(label: string, query: Q | undefined, imageFormat: QrImageFormat | undefined): Q | undefined {
  if (imageFormat === undefined) return query;
  if (!FORMATS.includes(imageFormat)) {
    throw new WhatsAppConfigError(`${label}: imageFormat must be one of ${FORMATS.join(', ')}, got ${JSON.stringify(imageFormat)}`);
  }
  return { ...query, fields: [...(query?.fields ?? DEFAULT_FIELDS), `qr_image_url.format(${imageFormat})`] } as Q;
}
