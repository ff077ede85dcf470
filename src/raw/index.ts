// whatsapp-cloud-sdk/raw: every operation of the spec through openapi-fetch, for calls the
// client's methods do not cover, on the same credentials and with the same typed failures.
export { createRawClient, type RawClient } from './client.js';
