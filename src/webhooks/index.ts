// whatsapp-cloud-sdk/webhooks: verify, parse and dispatch WhatsApp webhook deliveries.
export { verifySignature, checkSignature, DEFAULT_MAX_BODY_BYTES, type RawBody, type SignatureOptions, type SignatureCheck, type HmacVerifier } from './verify-signature.js';
export { verifyHandshake, handshakeResponse, type HandshakeResult } from './handshake.js';
export { parseWebhook } from './parse.js';
export { verifyAndParseWebhook } from './read.js';
export { webhookEventKey, memorySeen, DEFAULT_SEEN_CAPACITY, type SeenCheck } from './dedup.js';
export { DEFAULT_BODY_TIMEOUT_MS } from './read-body.js';
export { dispatchWebhookEvents, type WebhookHandlers, type DispatchOptions, type DispatchOutcome, type HandlerFailure } from './dispatch.js';
export { createWebhookHandler, type WebhookHandlerOptions, type WebhookRequestContext, type WebhookRequestHandler } from './handler.js';
export { createNodeWebhookHandler, nodeHmacVerifier, type NodeWebhookHandler, type NodeWebhookHandlerOptions, type NodeRequestLike, type NodeResponseLike } from './node.js';
export { WebhookError, WebhookSignatureError, WebhookPayloadError, WebhookBodyTooLargeError, WebhookBodyTimeoutError, WebhookHandlerTimeoutError } from './errors.js';
export type * from './events.js';
