// whatsapp-cloud-sdk/flows: the server side of WhatsApp Flows data endpoints, on Web Crypto only.
export {
  createFlowEndpointHandler,
  type FlowEndpointOptions,
  type FlowInitRequest,
  type FlowDataExchangeRequest,
  type FlowBackRequest,
  type FlowErrorNotification,
  type FlowScreenAnswer,
} from './handler.js';
export {
  decryptFlowRequest,
  encryptFlowResponse,
  encryptFlowRequest,
  decryptFlowResponse,
  flipIv,
  type DecryptedFlowRequest,
  type FlowSession,
  type FlowEndpointEncryptedRequest,
  type FlowEndpointRequest,
  type FlowEndpointResponse,
} from './crypto.js';
export { importFlowPrivateKey, importFlowPublicKey, type FlowPrivateKey, type FlowPublicKey } from './keys.js';
export { verifyFlowSignature } from './signature.js';
export {
  FlowEndpointError,
  FlowSignatureError,
  FlowKeyMismatchError,
  FlowDecryptionError,
  FlowRequestError,
  FlowTokenError,
  FlowKeyFormatError,
  FlowHandlerError,
  type FlowEndpointErrorCode,
} from './errors.js';
