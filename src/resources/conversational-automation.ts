// conversationalAutomation: POST /{phone-number-id}/conversational_automation, read back through
// GET /{phone-number-id}?fields=conversational_automation — ice breakers, commands and the
// welcome-message webhook.
import type { PhoneNumberCallOptions } from '../core/options.js';
import type { Schemas } from '../core/spec-types.js';
import type { Transport } from '../core/transport.js';
import { requirePhoneNumberId } from './ids.js';
import { phoneNumberEdge } from './phone-number-path.js';
import { callInput, segment } from './request-options.js';

export type ConversationalAutomation = Schemas['ConversationalAutomation'];
export type ConversationalAutomationRequest = Schemas['ConversationalAutomationRequest'];
export type ConversationalCommand = Schemas['ConversationalCommand'];

export function conversationalAutomationResource(transport: Transport, defaultPhoneNumberId: string | undefined) {
  const path = phoneNumberEdge('conversational_automation', defaultPhoneNumberId);

  return {
    /** The number's ice breakers, commands and welcome-message switch; undefined when Graph sends none. */
    async get(options?: PhoneNumberCallOptions): Promise<ConversationalAutomation | undefined> {
      const number = segment(requirePhoneNumberId(options?.phoneNumberId ?? defaultPhoneNumberId));
      const input = { ...callInput(options), query: { fields: ['conversational_automation'] } };
      const response = await transport.request<Schemas['PhoneNumber']>('GET', number, input);
      return response.conversational_automation;
    },

    /** Sets the fields given (up to 4 ice breakers, up to 30 commands); an empty list removes them all. */
    async update(settings: ConversationalAutomationRequest, options?: PhoneNumberCallOptions): Promise<Schemas['ConversationalAutomationUpdateResponse']> {
      return transport.request('POST', path(options), { ...callInput(options), body: settings });
    },
  };
}

export type ConversationalAutomationResource = ReturnType<typeof conversationalAutomationResource>;
