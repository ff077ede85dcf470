// whatsapp-cloud-sdk/testing: test a bot without Graph, Prism or a network. Signed webhook
// deliveries as Graph sends them, typed builders of inbound deliveries, and a mock Graph that
// checks every request against the spec. (The msw handlers live in whatsapp-cloud-sdk/testing/msw.)
export { signWebhook, type SignedWebhook } from './sign-webhook.js';
export { graphJson } from './graph-json.js';
export { batchDeliveries, type DeliveryOptions, type WebhookDelivery, type MessagesDelivery, type CallsDelivery } from './envelope.js';
export { messageDelivery, textMessage, mediaMessage, buttonReply, listReply, flowReply, quickReply, locationMessage, reactionMessage, type InboundMessageInput, type MessageOptions, type MediaKind } from './messages.js';
export { statusDelivery, type StatusInput } from './statuses.js';
export { callDelivery, callConnect, callTerminate, type CallInput, type CallOptions } from './calls.js';
export { createGraphMock, graphError, type GraphMock, type GraphMockOptions, type GraphCall, type MockReply, type MockResponder, type OperationId } from './graph-mock.js';
