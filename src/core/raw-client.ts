// The typed openapi-fetch client over every operation of the spec, for calls the facade does not
// wrap. It shares the facade's base URL, token, headers, fetch and appsecret_proof.
import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '../../generated/schema.js';
import type { Transport } from './transport.js';

export type RawClient = Client<paths>;

export function createRawClient(transport: Transport, headers: Record<string, string> | undefined): RawClient {
  const client = createClient<paths>({
    baseUrl: transport.baseUrl,
    headers: { ...headers, authorization: transport.authorization },
    fetch: (request: Request) => transport.fetch(request.url, request),
  });
  client.use({
    async onRequest({ request }) {
      const proof = await transport.proofQuery();
      if (!proof) return undefined;
      const url = new URL(request.url);
      url.search = url.search ? `${url.search}&${proof}` : proof;
      return new Request(url, request);
    },
  });
  return client;
}
