// whatsapp-cloud-sdk/testing/msw: the mock Graph as msw request handlers, for tests that already
// intercept fetch with msw. msw is an optional peer dependency, imported only here, and only its
// HTTP handlers (`msw/core/http`): the whole of `msw` loads in twice the time, and the app's own
// `setupServer` brings the rest.
import { http } from 'msw/core/http';
import type { HttpHandler } from 'msw';
import { createGraphMock, type GraphMock, type GraphMockOptions } from './graph-mock.js';

/** Graph's hosts: graph.facebook.com, and api.facebook.com for the few operations served there. */
const GRAPH_URL = /^https:\/\/(graph|api)\.facebook\.com\/v\d+\.\d+\//;

/**
 * Request handlers that answer Graph's requests with `mock` (a new one from `options` when not
 * given): `setupServer(...graphHandlers(mock))`. Media downloads the mock handed out are served too.
 */
export function graphHandlers(mock: GraphMock | GraphMockOptions = {}): HttpHandler[] {
  const graph = typeof mock === 'function' ? mock : createGraphMock(mock);
  return [http.all(GRAPH_URL, ({ request }) => graph.handle(request)), http.get(/^https:\/\/lookaside\.fbsbx\.com\//, ({ request }) => graph.handle(request))];
}
