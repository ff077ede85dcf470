// The failure of the engine underneath: Redis could not be reached, or went away mid-run.
import { WhatsAppError } from '../core/whatsapp-error.js';

/**
 * Redis could not be reached (at start: nothing was enqueued or claimed) or was lost while
 * running (a worker stops claiming and reports what it could not record). The message names
 * the server without its password.
 */
export class RedisUnavailableError extends WhatsAppError {
  /** The server, as `host:port`, or the URL without credentials. */
  readonly server: string;
  constructor(message: string, server: string, cause?: unknown) {
    super(message, { category: 'network', action: 'retry', ...(cause === undefined ? {} : { cause }) });
    this.server = server;
  }
}
