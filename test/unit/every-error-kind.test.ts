// Every failure of the SDK is a WhatsAppError, on every entry point: an app can catch one class and
// read a category and a retry action from any of them.
import { describe, expect, it } from 'vitest';
import * as flows from '../../src/flows/index.js';
import * as client from '../../src/index.js';
import * as webhooks from '../../src/webhooks/index.js';

const { WhatsAppError, WhatsAppConfigError, errorCategories, retryActions } = client;

const errors: [string, Error][] = [
  ['WhatsAppConfigError', new WhatsAppConfigError('x')],
  ['MessageLimitError', new client.MessageLimitError({ field: '/interactive/action/sections', limit: 10, actual: 11, rule: 'at most 10 rows in all' })],
  ['WebhookSignatureError', new webhooks.WebhookSignatureError('mismatch')],
  ['WebhookPayloadError', new webhooks.WebhookPayloadError('not an envelope', '')],
  ['WebhookBodyTooLargeError', new webhooks.WebhookBodyTooLargeError(3_000_000)],
  ['WebhookBodyTimeoutError', new webhooks.WebhookBodyTimeoutError(5_000)],
  ['WebhookHandlerTimeoutError', new webhooks.WebhookHandlerTimeoutError('message', 100)],
  ['FlowSignatureError', new flows.FlowSignatureError()],
  ['FlowKeyMismatchError', new flows.FlowKeyMismatchError()],
  ['FlowDecryptionError', new flows.FlowDecryptionError(undefined, 'a wrong IV length')],
  ['FlowRequestError', new flows.FlowRequestError('no body')],
  ['FlowTokenError', new flows.FlowTokenError()],
  ['FlowKeyFormatError', new flows.FlowKeyFormatError('not PEM')],
  ['FlowHandlerError', new flows.FlowHandlerError('handler threw')],
];

describe('every error kind', () => {
  it.each(errors)('%s is a WhatsAppError with a category and an action from the table', (name, error) => {
    expect(error).toBeInstanceOf(WhatsAppError);
    expect(error.name).toBe(name);
    expect(errorCategories).toContain((error as InstanceType<typeof WhatsAppError>).category);
    expect(retryActions).toContain((error as InstanceType<typeof WhatsAppError>).action);
  });

  it('the flow endpoint errors keep the HTTP status WhatsApp acts on', () => {
    expect(new flows.FlowDecryptionError().status).toBe(421);
    expect(new flows.FlowSignatureError('x').status).toBe(432);
    expect(new flows.FlowTokenError('x').status).toBe(427);
  });
});
