// Names of the QR code shapes the package exports, from the spec's schemas.
import type { operations } from '../../../generated/schema.js';
import type { OperationOptions, ResourceOperations } from '../../core/operation-types.js';
import type { Schemas } from '../../core/spec-types.js';
import type { QrCodesOperationTypes } from '../../../generated/operations.js';
import type { qrCodesHelpers } from './index.js';

export type QrCode = Schemas['QrCode'];
export type QrCodeList = Schemas['QrCodeList'];
export type QrImageFormat = Schemas['QrImageFormat'];
/** What `save` sends: a new code's message, or with `code` a new message for an existing one. */
export type QrCodeRequest = Schemas['QrCodeRequest'];
export type QrCodeListQuery = NonNullable<operations['listQrCodes']['parameters']['query']>;
export type QrCodeGetQuery = NonNullable<operations['getQrCode']['parameters']['query']>;

/** Options of reads that can add a picture of each code. */
export interface QrCodePictureOptions {
  /** Add a temporary picture URL (`qr_image_url`) in this format to the fields asked for (or to the default ones). */
  imageFormat?: QrImageFormat;
}

/** Options of `list`: the call's options and a picture format. */
export type QrCodeListOptions = OperationOptions<QrCodesOperationTypes['list']> & QrCodePictureOptions;
/** Options of `get`: the call's options and a picture format. */
export type QrCodeGetOptions = OperationOptions<QrCodesOperationTypes['get']> & QrCodePictureOptions;

/**
 * `wa.qrCodes`: the generated `save` and `delete`, and `list` and `get` that can add a picture.
 * @interface
 */
export type QrCodesResource = Omit<ResourceOperations<'qrCodes'>, keyof ReturnType<typeof qrCodesHelpers>> & ReturnType<typeof qrCodesHelpers>;
