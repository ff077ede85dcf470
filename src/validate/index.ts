// whatsapp-cloud-sdk/validate: the run-time check of outbound messages against the spec, for the
// `validate` option. An entry point of its own, passed in by the app, so that an app that does
// not ask for it never loads or bundles the validators (the send path holds only the hook).
import { validateSendMessageBody } from '../../generated/request-validators.js';
import { MessageValidationError } from '../resources/messages/errors.js';
import { firstFinding } from './finding.js';

export { MessageValidationError };

/**
 * Checks a message against the spec's outbound message schema: undefined when it is valid, else
 * a MessageValidationError naming the first field at fault. Pass it as `validate` to
 * `createWhatsApp`, `createMessagesClient` or one send call.
 */
export function validateMessage(message: unknown): MessageValidationError | undefined {
  if (validateSendMessageBody(message)) return undefined;
  return new MessageValidationError(firstFinding(validateSendMessageBody.errors ?? []));
}
