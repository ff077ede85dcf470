// clientBusinesses: GET /{app-id}/connected_client_businesses — the client business portfolios
// connected to the app, such as customers onboarded through its Embedded Signup.
import type { Schemas } from '../core/spec-types.js';
import type { Transport } from '../core/transport.js';
import { appEdge, type AppCallOptions } from './app-path.js';
import { cursorList } from './cursor-list.js';
import { callInput, type QueryOf } from './request-options.js';

export type ConnectedClientBusiness = Schemas['ConnectedClientBusiness'];
export type ConnectedClientBusinessList = Schemas['ConnectedClientBusinessList'];
export type ConnectedClientBusinessQuery = QueryOf<'listConnectedClientBusinesses'>;

export function clientBusinessesResource(transport: Transport, defaultAppId: string | undefined) {
  const path = appEdge('connected_client_businesses', defaultAppId);
  const businesses = cursorList((query: ConnectedClientBusinessQuery | undefined, options: AppCallOptions | undefined) =>
    transport.request<ConnectedClientBusinessList>('GET', path(options), query ? { ...callInput(options), query } : callInput(options)),
  );

  return {
    /** One page of the client businesses connected to the app. */
    list: businesses.list,
    listPages: businesses.listPages,
    /** Every connected client business, every page. */
    listAll: businesses.listAll,
  };
}

export type ClientBusinessesResource = ReturnType<typeof clientBusinessesResource>;
