// The mock Graph as msw handlers: a real msw server (msw/node) intercepts the client's own fetch.
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MOCK_ANSWERS } from '../../generated/mock-answers.js';
import { createWhatsApp, GraphApiError } from '../../src/index.js';
import { createGraphMock } from '../../src/testing/index.js';
import { graphHandlers } from '../../src/testing/msw.js';

const mock = createGraphMock();
const server = setupServer(...graphHandlers(mock));

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('graphHandlers with msw', () => {
  it('intercepts the client fetch (no fetch option): answers, records and refuses like the fetch mock', async () => {
    const wa = createWhatsApp({ accessToken: 'test-token', phoneNumberId: '106540352242922' });
    expect(await wa.messages.sendText('16505551234', 'via msw')).toEqual(MOCK_ANSWERS.sendMessage.body);
    expect(mock.calls.at(-1)).toMatchObject({ operationId: 'sendMessage', body: { text: { body: 'via msw' } } });

    const buttons = Array.from({ length: 4 }, (_, i) => ({ type: 'reply', reply: { id: `b${i}`, title: `Option ${i}` } }));
    const refused = await wa.messages.send({ to: '16505551234', type: 'interactive', interactive: { type: 'button', body: { text: 'Pick one' }, action: { buttons } } } as never).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(GraphApiError);
    expect((refused as GraphApiError).code).toBe(100);
    expect((refused as GraphApiError).details).toBe('Param interactive.action.buttons must NOT have more than 3 items');
  });

  it('builds its own mock from options when given none', async () => {
    const own = setupServer(...graphHandlers({ answers: { getBusinessProfile: { body: { data: [{ about: 'From msw' }] } } } }));
    server.close();
    own.listen({ onUnhandledRequest: 'error' });
    try {
      const wa = createWhatsApp({ accessToken: 'test-token', phoneNumberId: '106540352242922' });
      expect(await wa.businessProfile.get()).toMatchObject({ about: 'From msw' });
    } finally {
      own.close();
      server.listen({ onUnhandledRequest: 'error' });
    }
  });
});
