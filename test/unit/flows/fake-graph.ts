// A small in-memory Graph for flows, with the CDN that serves flow JSON assets, for deploy tests.
import { createWhatsApp, type WhatsAppOptions } from '../../../src/index.js';
import { stubFetch, type RecordedRequest } from '../../support/fetch-stub.js';

export const BASE = 'https://graph.facebook.com/v27.0';
export const WABA = '102290129340398';
export const issue = { error: 'INVALID_PROPERTY', error_type: 'JSON_SCHEMA_ERROR', message: 'The property "initial-text" cannot be specified', line_start: 4, column_start: 7 };

export interface FakeFlow {
  id: string;
  name: string;
  status: string;
  categories: string[];
  endpoint_uri?: string;
  json?: string;
  validation_errors: unknown[];
}

export interface FakeGraphOptions {
  /** Answers CDN downloads instead of serving the stored JSON (outages, missing files, hangs). */
  cdn?: (request: RecordedRequest, stored: string | undefined) => Response | Promise<Response>;
  /** Client options beyond the token, WABA id and fetch. */
  client?: Partial<WhatsAppOptions>;
}

/** Graph for flows, in memory. Flow JSON containing "BAD" gets a validation error, as Graph would. */
export function fakeGraph(initial: FakeFlow[] = [], options: FakeGraphOptions = {}) {
  const flows = new Map(initial.map((flow) => [flow.id, { ...flow }]));
  let nextId = 1000;
  const json = (value: unknown) => new Response(JSON.stringify(value), { headers: { 'content-type': 'application/json' } });
  const check = (text: string) => (text.includes('BAD') ? [issue, { ...issue, error: 'MISSING_SCREEN', message: 'Screen X is missing', line_start: 9 }] : []);
  const handler = async (request: RecordedRequest): Promise<Response> => {
    const url = new URL(request.url);
    const parts = url.pathname.replace(/^\/v\d+\.\d+\//, '').replace(/^\//, '').split('/');
    if (url.host === 'cdn.example') {
      const stored = flows.get(parts[0]!.replace('.json', ''))?.json;
      return options.cdn ? options.cdn(request, stored) : new Response(stored ?? '', { status: 200 });
    }
    const [id, edge] = parts as [string, string | undefined];
    const body = request.body as Record<string, unknown>;
    if (id === WABA && edge === 'flows' && request.method === 'GET') {
      return json({ data: [...flows.values()].map(({ json: _json, ...flow }) => flow), paging: { cursors: { after: 'END' } } });
    }
    if (id === WABA && edge === 'flows' && request.method === 'POST') {
      const flow: FakeFlow = { id: String(nextId++), name: body.name as string, status: 'DRAFT', categories: body.categories as string[], json: body.flow_json as string, validation_errors: check(body.flow_json as string) };
      if (body.endpoint_uri) flow.endpoint_uri = body.endpoint_uri as string;
      flows.set(flow.id, flow);
      return json({ id: flow.id, success: true, validation_errors: flow.validation_errors });
    }
    const flow = flows.get(id);
    if (!flow) return json({ error: { message: 'no such flow', code: 100 } });
    if (edge === 'assets' && request.method === 'GET') {
      return json({ data: flow.json === undefined ? [] : [{ name: 'flow.json', asset_type: 'FLOW_JSON', download_url: `https://cdn.example/${id}.json?sig=1` }] });
    }
    if (edge === 'assets' && request.method === 'POST') {
      const file = (request.rawBody as FormData).get('file') as File;
      flow.json = await file.text();
      flow.validation_errors = check(flow.json);
      return json({ success: true, validation_errors: flow.validation_errors });
    }
    if (edge === 'publish') {
      flow.status = 'PUBLISHED';
      return json({ success: true });
    }
    if (edge === undefined && request.method === 'POST') {
      Object.assign(flow, body);
      return json({ success: true });
    }
    return json({ error: { message: `unexpected ${request.method} ${request.url}`, code: 100 } });
  };
  const stub = stubFetch(handler);
  const wa = createWhatsApp({ ...options.client, accessToken: 'EAAG-token', wabaId: WABA, fetch: stub.fetch });
  const writes = () => stub.calls.filter((c) => c.method !== 'GET').map((c) => `${c.method} ${c.url.replace(BASE, '')}`);
  return { wa, flows, calls: stub.calls, writes };
}

export const flowJson = { version: '6.0', screens: [{ id: 'WELCOME', title: 'Olá', terminal: true, layout: { type: 'SingleColumnLayout', children: [] } }] };
