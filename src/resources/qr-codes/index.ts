// qrCodes: QR codes and short links that open a chat with a prefilled message. `save` and
// `delete` are generated; `list` and `get` are the generated operations with a picture format
// (`imageFormat`) added to the fields, and `get` unwraps the one-item `data` list Graph answers.
import { qrCodesOperations, type QrCodesOperationTypes } from '../../../generated/operations.js';
import type { ClientCore } from '../../core/client-core.js';
import { compileOperation, pagePromise } from '../../core/operation-call.js';
import { PagePromise } from '../../core/pager.js';
import { withPicture } from './picture.js';
import type { QrCode, QrCodeGetOptions, QrCodeGetQuery, QrCodeList, QrCodeListOptions, QrCodeListQuery } from './types.js';

export function qrCodesHelpers(core: ClientCore) {
  const list = compileOperation(core, 'qrCodes.list', qrCodesOperations.list);
  const get = compileOperation(core, 'qrCodes.get', qrCodesOperations.get);

  return {
    /** The number's QR codes, newest first: one page when awaited, every code under `for await`. */
    list(query?: QrCodeListQuery, options?: QrCodeListOptions): PagePromise<QrCodeList, QrCodesOperationTypes['list']['item']> {
      let fullQuery: QrCodeListQuery | undefined;
      try {
        fullQuery = withPicture('qrCodes.list', query, options?.imageFormat);
      } catch (error) {
        // A bad format fails the list like any other failure, when it is awaited or walked.
        return new PagePromise(() => Promise.reject(error));
      }
      return pagePromise(list, [], fullQuery, options);
    },

    /** One QR code by its `code`; undefined when Graph answers with none. */
    async get(qrCodeId: string, query?: QrCodeGetQuery, options?: QrCodeGetOptions): Promise<QrCode | undefined> {
      const page = await get.call<QrCodeList>([qrCodeId], withPicture('qrCodes.get', query, options?.imageFormat), options);
      return page.data[0];
    },
  };
}
