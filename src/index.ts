// whatsapp-cloud-sdk: a typed client for the WhatsApp Business Cloud API.
export { createWhatsApp, type WhatsApp } from './client.js';
export type { WhatsAppOptions, CallOptions, PhoneNumberCallOptions, FetchLike } from './core/options.js';
export {
  WhatsAppError,
  GraphApiError,
  GraphNetworkError,
  GraphTimeoutError,
  GraphAbortError,
  type RequestSummary,
} from './core/errors.js';
export { WhatsAppConfigError } from './core/config-error.js';
export { classifyGraphError } from './core/classify.js';
export { parseRetryAfter, parseBusinessUseCaseUsage } from './core/retry-delay.js';
export { GRAPH_VERSION } from '../generated/version.js';
export type { Recipient, Schemas } from './core/spec-types.js';
export type { MessageOptions, OutboundMessage, SendMessageResponse, MessagesResource } from './resources/messages.js';
export type { RawClient } from './core/raw-client.js';
export { errorCodes, errorCategories, retryActions, type ErrorCategory, type RetryAction, type ErrorCodeInfo } from '../generated/errors.js';
export type { paths, components, webhooks } from '../generated/schema.js';
export type { RetryOptions } from './core/retry-policy.js';
