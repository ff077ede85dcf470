// Compile-time checks, verified by test/spec/typecheck.test.ts: each @ts-expect-error must fail.
import { createWhatsApp } from '../../../src/index.js';
import { createFlowEndpointHandler } from '../../../src/flows/index.js';

const wa = createWhatsApp({ accessToken: 't', wabaId: '1' });

// @ts-expect-error a flow needs categories
void wa.flows.create({ name: 'booking' });

// @ts-expect-error categories come from Graph's list
void wa.flows.create({ name: 'booking', categories: ['GAMES'] });

// @ts-expect-error create takes no unknown properties
void wa.flows.create({ name: 'booking', categories: ['OTHER'], flowJson: '{}' });

// @ts-expect-error deploy categories are Graph's too
void wa.flows.deploy('booking', {}, { categories: ['GAMES'] });

void wa.flows.deploy('booking', { version: '6.0', screens: [] }, { categories: ['SURVEY'], publish: true });

// The list query is the spec's listFlows query: fields as a list, limit, cursors.
void wa.flows.list({ fields: ['id', 'name'], limit: 10, after: 'QVFI' }, { retry: false });

// @ts-expect-error call options are not query parameters
void wa.flows.list({ limit: 10, retry: false });

// @ts-expect-error listFlows has no status filter
void wa.flows.list({ status: 'DRAFT' });

// @ts-expect-error limit is a number
void wa.flows.list({ limit: '10' });

// @ts-expect-error uploadJson takes a flow JSON (object or text), not a number
void wa.flows.uploadJson('1', 42);

// @ts-expect-error migrate takes the spec's body, not a bare account id
void wa.flows.migrate('104996122399160');

createFlowEndpointHandler({
  privateKey: 'pem',
  appSecret: 's',
  // The request is typed: data_exchange requests have a screen and a flow token.
  onDataExchange: (request) => ({ screen: request.screen, data: { token: request.flow_token } }),
  // @ts-expect-error an answer needs a screen
  onInit: () => ({ data: {} }),
  // @ts-expect-error BACK requests carry only the protocol's properties
  onBack: (request) => ({ screen: request.nonexistent, data: {} }),
});
