// Shared by the messages-*.test.ts files: a client over a fetch stub, and a check that what left
// the facade is both the exact JSON expected and a valid request by the generated validator.
import { expect } from 'vitest';
import { validateSendMessageRequest } from '../../generated/validators.js';
import { createWhatsApp } from '../../src/index.js';
import { stubFetch } from '../support/fetch-stub.js';

const accepted = { json: { messaging_product: 'whatsapp', contacts: [{ input: '16505551234', wa_id: '16505551234' }], messages: [{ id: 'wamid.A' }] } };

export function messagesClient() {
  const { fetch, calls } = stubFetch(accepted);
  const wa = createWhatsApp({ accessToken: 't', phoneNumberId: '106540352242922', fetch });
  /** The one request sent so far must be a POST to the messages path with exactly `expected`. */
  const sent = (expected: unknown) => {
    expect(calls).toHaveLength(1);
    expect(calls[0]?.method).toBe('POST');
    expect(calls[0]?.url).toBe('https://graph.facebook.com/v27.0/106540352242922/messages');
    expect(calls[0]?.body).toStrictEqual(expected);
    const valid = validateSendMessageRequest(calls[0]?.body);
    expect(validateSendMessageRequest.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  };
  return { wa, calls, sent };
}

export const envelope = { messaging_product: 'whatsapp', recipient_type: 'individual', to: '16505551234' } as const;
