// A message the client refuses before sending it: a documented limit the schema cannot state, so
// neither the types nor the validators catch it.
import { WhatsAppConfigError } from '../../core/config-error.js';

export class MessageLimitError extends WhatsAppConfigError {
  /** JSON Pointer to the field over its limit, as the validators report fields (`/interactive/action/sections`). */
  readonly field: string;
  /** The largest count Graph allows. */
  readonly limit: number;
  /** The count the message has. */
  readonly actual: number;

  constructor(init: { field: string; limit: number; actual: number; rule: string }) {
    super(`Message refused before sending: ${init.field}: ${init.rule}; this message has ${init.actual}`);
    this.field = init.field;
    this.limit = init.limit;
    this.actual = init.actual;
  }
}

/**
 * A message that does not match the spec's outbound message schema, found by the `validate`
 * option before anything is sent: a text without `to`, a fourth reply button, a body over 4,096
 * characters… The message says which field and why.
 */
export class MessageValidationError extends WhatsAppConfigError {
  /** JSON Pointer to the field at fault (`/to`, `/interactive/action/buttons`, `/text/body`). */
  readonly field: string;
  /** What is wrong with it, e.g. `must NOT have more than 3 items`. */
  readonly problem: string;

  constructor(init: { field: string; problem: string }) {
    super(`Message refused before sending: ${init.field || '(the message)'}: ${init.problem}`);
    this.field = init.field;
    this.problem = init.problem;
  }
}
