// A mistake in how the client or a call is set up, found before anything is sent.
import { WhatsAppError } from './whatsapp-error.js';

export class WhatsAppConfigError extends WhatsAppError {
  /** `cause`: what went wrong underneath, e.g. the error of a file stream that could not be read. */
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, { category: 'parameter', action: 'fix_and_retry', ...(options?.cause === undefined ? {} : { cause: options.cause }) });
  }
}
