// Ids that travel in a request body rather than in the path (a call id, a group id as `to`). An
// empty or dot id can never name an object, so it is refused before the request, with a
// WhatsAppConfigError naming the parameter and the method. A `/` is allowed here: call ids are
// base64 and may hold one, and in a body it addresses nothing.
import { WhatsAppConfigError } from '../core/config-error.js';

/** The problem with `id` as a body id, or undefined when it is usable. */
export function bodyIdProblem(method: string, parameter: string, id: unknown): WhatsAppConfigError | undefined {
  if (typeof id !== 'string') return new WhatsAppConfigError(`${method}: ${parameter} must be a string id, got ${id === null ? 'null' : typeof id}`);
  if (id.trim() === '') return new WhatsAppConfigError(`${method}: ${parameter} is empty`);
  if (id === '.' || id === '..') return new WhatsAppConfigError(`${method}: ${parameter} is "${id}", which names no object`);
  return undefined;
}
