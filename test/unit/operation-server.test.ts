// An operation the spec places on another of Meta's hosts goes there when the client talks to
// Graph itself, and to the client's own baseUrl (a mock, a proxy) when one is set.
import { describe, expect, it } from 'vitest';
import type { OperationRow } from '../../generated/operations.js';
import { createCore } from '../../src/core/client-core.js';
import { compileOperation } from '../../src/core/operation-call.js';
import { WhatsAppConfigError } from '../../src/index.js';
import { stubFetch } from '../support/fetch-stub.js';

const row = (server: string): OperationRow => ({
  id: 'listTemplates',
  method: 'POST',
  path: '/{waba-id}/message_templates/archive',
  params: [['waba-id', 'wabaId']],
  query: [],
  payload: 'json',
  paged: false,
  server,
});

describe('operations on another host', () => {
  it("go to the operation's Meta host, with the client's version", async () => {
    const { fetch, calls } = stubFetch({ json: { ok: true } });
    const core = createCore({ accessToken: 'token-of-the-server-test', wabaId: '1062', graphVersion: 'v25.0', fetch });
    await compileOperation(core, 'templates.archive', row('https://api.facebook.com/{version}')).call([], { hsm_ids: ['1'] }, undefined);
    expect(calls[0]!.url).toBe('https://api.facebook.com/v25.0/1062/message_templates/archive');
    expect(calls[0]!.headers.authorization).toBe('Bearer token-of-the-server-test');
  });

  it("go to the client's own baseUrl when it has one", async () => {
    const { fetch, calls } = stubFetch({ json: { ok: true } });
    const core = createCore({ accessToken: 'token-of-the-server-test', wabaId: '1062', baseUrl: 'http://127.0.0.1:4010', fetch });
    await compileOperation(core, 'templates.archive', row('https://api.facebook.com/{version}')).call([], { hsm_ids: ['1'] }, undefined);
    expect(calls[0]!.url).toBe('http://127.0.0.1:4010/1062/message_templates/archive');
  });

  it("refuse a server that is not one of Meta's https hosts", () => {
    const { fetch } = stubFetch({ json: {} });
    const core = createCore({ accessToken: 'token-of-the-server-test', wabaId: '1062', fetch });
    for (const server of ['https://attacker.example/{version}', 'http://api.facebook.com/{version}']) {
      expect(() => compileOperation(core, 'templates.archive', row(server))).toThrow(WhatsAppConfigError);
    }
  });
});
