// A mistake in how the client or a call is set up, found before anything is sent.
import { WhatsAppError } from './errors.js';

export class WhatsAppConfigError extends WhatsAppError {
  constructor(message: string) {
    super(message, { category: 'parameter', action: 'fix_and_retry' });
  }
}
