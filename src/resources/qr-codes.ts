// qrCodes: GET|POST /{phone-number-id}/message_qrdls and GET|DELETE …/message_qrdls/{qr-code-id}
// — QR codes and short links that open a chat with a prefilled message.
import type { PhoneNumberCallOptions } from '../core/options.js';
import type { Schemas } from '../core/spec-types.js';
import type { Transport } from '../core/transport.js';
import { cursorList } from './cursor-list.js';
import { phoneNumberEdge } from './phone-number-path.js';
import { callInput, segment, type FieldsOptions, type QueryOf } from './request-options.js';

export type QrCode = Schemas['QrCode'];
export type QrCodeList = Schemas['QrCodeList'];
export type QrImageFormat = Schemas['QrImageFormat'];
export type QrCodeListQuery = QueryOf<'listQrCodes'>;
/** What a QR code says and, optionally, the picture format to get back. */
export type QrCodeContent = Omit<Schemas['QrCodeRequest'], 'code'>;

/** Options of reads that can add a picture of each code. */
export interface QrCodeListOptions extends PhoneNumberCallOptions {
  /** Add a temporary picture URL (`qr_image_url`) in this format to the fields asked for (or to the default ones). */
  imageFormat?: QrImageFormat;
}

/** Options of reading one QR code: its fields, and a picture. */
export interface QrCodeGetOptions extends QrCodeListOptions, FieldsOptions {}

/** The fields Graph returns when none are named; asking for a picture has to name them. */
const DEFAULT_FIELDS = ['code', 'prefilled_message', 'deep_link_url'] as const;

export function qrCodesResource(transport: Transport, defaultPhoneNumberId: string | undefined) {
  const collection = phoneNumberEdge('message_qrdls', defaultPhoneNumberId);

  const codes = cursorList((query: QrCodeListQuery | undefined, options: QrCodeListOptions | undefined) => {
    const fields = withPicture(query?.fields, options?.imageFormat);
    const fullQuery = fields ? { ...query, fields } : query;
    return transport.request<QrCodeList>('GET', collection(options), fullQuery ? { ...callInput(options), query: fullQuery } : callInput(options));
  });

  async function save(body: Schemas['QrCodeRequest'], options: PhoneNumberCallOptions | undefined): Promise<QrCode> {
    return transport.request<QrCode>('POST', collection(options), { ...callInput(options), body });
  }

  return {
    /** One page of the number's QR codes, newest first. */
    list: codes.list,
    listPages: codes.listPages,
    /** Every QR code of every page. */
    listAll: codes.listAll,

    /** One QR code by its `code` (Graph wraps it in a one-item `data` list; this unwraps it). */
    async get(code: string, options?: QrCodeGetOptions): Promise<QrCode | undefined> {
      const input = callInput(options);
      const fields = withPicture(options?.fields, options?.imageFormat);
      if (fields) input.query = { fields };
      const response = await transport.request<QrCodeList>('GET', `${collection(options)}${segment(code)}`, input);
      return response.data[0];
    },

    /** Creates a QR code and short link; with `generate_qr_image` the answer has a picture URL. */
    async create(content: QrCodeContent, options?: PhoneNumberCallOptions): Promise<QrCode> {
      return save(content, options);
    },

    /** Changes a QR code's prefilled message; its code and short link stay the same. */
    async update(code: string, content: QrCodeContent, options?: PhoneNumberCallOptions): Promise<QrCode> {
      return save({ ...content, code }, options);
    },

    /** Deletes a QR code; its short link and printed copies stop working. */
    async delete(code: string, options?: PhoneNumberCallOptions): Promise<Schemas['QrCodeDeleteResponse']> {
      return transport.request('DELETE', `${collection(options)}${segment(code)}`, callInput(options));
    },
  };
}

/** The fields to ask for: as given, plus the picture field when a format is wanted. */
function withPicture(fields: readonly string[] | undefined, imageFormat: QrImageFormat | undefined): string[] | undefined {
  if (!imageFormat) return fields && [...fields];
  return [...(fields ?? DEFAULT_FIELDS), `qr_image_url.format(${imageFormat})`];
}

export type QrCodesResource = ReturnType<typeof qrCodesResource>;
