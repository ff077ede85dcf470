// conversationalAutomation: ice breakers, commands and the welcome-message webhook. Graph sets
// them on their own edge (the generated `update`) but has no GET there: they are read back as the
// phone number's `conversational_automation` field, through the phone number operation.
import { phoneNumbersOperations, type PhoneNumbersOperationTypes } from '../../../generated/operations.js';
import type { ClientCore } from '../../core/client-core.js';
import { compileOperation } from '../../core/operation-call.js';
import type { OperationOptions } from '../../core/operation-types.js';
import type { Schemas } from '../../core/spec-types.js';
import type { ConversationalAutomation } from './types.js';

const QUERY = { fields: ['conversational_automation'] };

export function conversationalAutomationHelpers(core: ClientCore) {
  const getNumber = compileOperation(core, 'conversationalAutomation.get', phoneNumbersOperations.get);

  return {
    /** The number's ice breakers, commands and welcome-message switch; undefined when Graph sends none. */
    async get(options?: OperationOptions<PhoneNumbersOperationTypes['get']>): Promise<ConversationalAutomation | undefined> {
      const number = await getNumber.call<Schemas['PhoneNumber']>([], QUERY, options);
      return number.conversational_automation;
    },
  };
}
