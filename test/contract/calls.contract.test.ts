// The calls and settings facade against Prism serving generated/openapi.json: Prism checks every
// request against the spec and answers with its documented examples.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWhatsApp, GraphApiError, type WhatsApp } from '../../src/index.js';
import { startPrism, type PrismServer } from '../support/prism.js';

const CALL_ID = 'wacid.HBgLMTY1MDU1NTEyMzQVAgARGCA5RDk3QjE2QjRCRDM5QTQ1NjBCN0E2RDk3QkQ0NTIwRAA=';
const OFFER = 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=setup:actpass\r\n';
const ANSWER = 'v=0\r\no=- 3 4 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=setup:active\r\n';

let prism: PrismServer;
let wa: WhatsApp;

beforeAll(async () => {
  prism = await startPrism();
  wa = createWhatsApp({ accessToken: 'test-token', phoneNumberId: '106540352242922', baseUrl: prism.baseUrl });
});
afterAll(() => prism?.stop());

/** The error a call fails with, asserting it is a GraphApiError of category parameter. */
async function parameterError(pending: Promise<unknown>): Promise<GraphApiError> {
  const error = await pending.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(GraphApiError);
  expect(error).toMatchObject({ category: 'parameter', action: 'fix_and_retry' });
  return error as GraphApiError;
}

describe('contract: call actions', () => {
  it('connect (by phone number and by business-scoped user id)', async () => {
    const response = await wa.calls.connect('16505551234', OFFER, { bizOpaqueCallbackData: 'ticket-7' });
    expect(response.calls[0]?.id).toMatch(/^wacid\./);
    await expect(wa.calls.connect({ recipient: 'US.13491208655302741918' }, OFFER)).resolves.toBeTruthy();
  });

  /** A client that asks Prism for the documented answer of each action: `connected` or `applied`. */
  const withActionAnswers = () =>
    createWhatsApp({
      accessToken: 'test-token',
      phoneNumberId: '106540352242922',
      baseUrl: prism.baseUrl,
      fetch: (url, init) => {
        const action = (JSON.parse(String(init.body)) as { action: string }).action;
        const prefer = `example=${action === 'connect' ? 'connected' : 'applied'}`;
        return fetch(url, { ...init, headers: { ...(init.headers as Record<string, string>), prefer } });
      },
    });

  it('pre_accept, accept, reject and terminate answer { success: true }', async () => {
    const calls = withActionAnswers().calls;
    await expect(calls.preAccept(CALL_ID, ANSWER)).resolves.toEqual({ success: true });
    await expect(calls.accept(CALL_ID, ANSWER, { bizOpaqueCallbackData: 'agent-3' })).resolves.toEqual({ success: true });
    await expect(calls.reject(CALL_ID)).resolves.toEqual({ success: true });
    await expect(calls.terminate(CALL_ID)).resolves.toEqual({ success: true });
    const started = await calls.connect('16505551234', OFFER);
    expect(started.calls[0]?.id).toMatch(/^wacid\./);
  });

  it('answerCall runs pre_accept then accept through the spec', async () => {
    await expect(withActionAnswers().calls.answerCall({ callId: CALL_ID, sdpAnswer: ANSWER })).resolves.toEqual({ success: true });
  });
});

describe('contract: bad call requests are GraphApiError, category parameter', () => {
  it('accept without call_id', async () => {
    const malformed = { messaging_product: 'whatsapp', action: 'accept', session: { sdp_type: 'answer', sdp: ANSWER } };
    // @ts-expect-error deliberately malformed: no call_id
    await parameterError(wa.calls.manage(malformed));
    expect(await prism.logged(/call_id/)).toMatch(/call_id/);
  });

  it('accept without SDP', async () => {
    await parameterError(wa.calls.accept(CALL_ID, undefined as unknown as string));
    // @ts-expect-error deliberately malformed: no session
    await parameterError(wa.calls.manage({ messaging_product: 'whatsapp', call_id: CALL_ID, action: 'accept' }));
  });

  it('reject without call_id: manage reaches Graph, the reject helper refuses before sending', async () => {
    // @ts-expect-error deliberately malformed: no call_id
    await parameterError(wa.calls.manage({ messaging_product: 'whatsapp', action: 'reject' }));
    await expect(wa.calls.reject(undefined as unknown as string)).rejects.toMatchObject({ name: 'WhatsAppConfigError', category: 'parameter' });
  });

  it('connect without recipient', async () => {
    const malformed = { messaging_product: 'whatsapp', action: 'connect', session: { sdp_type: 'offer', sdp: OFFER } };
    // @ts-expect-error deliberately malformed: no `to` or `recipient`
    await parameterError(wa.calls.manage(malformed));
  });

  it('callback data over 512 characters', async () => {
    await parameterError(wa.calls.connect('16505551234', OFFER, { bizOpaqueCallbackData: 'x'.repeat(513) }));
  });
});

describe('contract: permissions and settings', () => {
  it('permissions by user_wa_id and by recipient', async () => {
    const byNumber = await wa.calls.permissions({ user_wa_id: '16505551234' });
    expect(byNumber.permission.status).toBeTruthy();
    await expect(wa.calls.permissions({ recipient: 'US.13491208655302741918' })).resolves.toMatchObject({ permission: { status: expect.any(String) } });
  });

  /** A client whose permission checks get Prism's named example `example`; other calls are untouched. */
  const withPermissionExample = (example: string) =>
    createWhatsApp({
      accessToken: 'test-token',
      phoneNumberId: '106540352242922',
      baseUrl: prism.baseUrl,
      fetch: (url, init) =>
        fetch(url, url.includes('/call_permissions') ? { ...init, headers: { ...(init.headers as Record<string, string>), prefer: `example=${example}` } } : init),
    });

  it('startCall checks permission, then connects', async () => {
    const response = await withPermissionExample('mayCall').calls.startCall('16505551234', OFFER, { bizOpaqueCallbackData: 'ticket-7' });
    expect(response.calls[0]?.id).toMatch(/^wacid\./);
  });

  it('startCall refuses without connecting when the user gave no permission', async () => {
    const error = await withPermissionExample('noPermission').calls.startCall('16505551234', OFFER).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'CallPermissionError', reason: 'no_permission', category: 'calling' });
  });

  it('settings get (with SIP credentials) and update', async () => {
    const settings = await wa.settings.get({ include_sip_credentials: true });
    expect(settings.calling?.status).toBeTruthy();
    await expect(
      wa.settings.update({
        calling: {
          status: 'ENABLED',
          call_icon_visibility: 'DEFAULT',
          call_icons: { restrict_to_user_countries: ['US', 'BR'] },
          callback_permission_status: 'ENABLED',
          call_hours: {
            status: 'ENABLED',
            timezone_id: 'America/Sao_Paulo',
            weekly_operating_hours: [{ day_of_week: 'MONDAY', open_time: '0800', close_time: '1800' }],
            holiday_schedule: [{ date: '2026-01-01', start_time: '0000', end_time: '2359' }],
          },
          sip: { status: 'DISABLED' },
          audio: { additional_codecs: ['PCMA'] },
        },
      }),
    ).resolves.toEqual({ success: true });
    await expect(
      wa.settings.update({ storage_configuration: { status: 'IN_COUNTRY_STORAGE_ENABLED', data_localization_region: 'DE' } }),
    ).resolves.toEqual({ success: true });
  });

  it('Prism rejects call hours with a malformed time', async () => {
    await parameterError(
      wa.settings.update({ calling: { call_hours: { weekly_operating_hours: [{ day_of_week: 'MONDAY', open_time: '9:00', close_time: '1800' }] } } }),
    );
  });

  it('Prism rejects read-only fields in a settings update', async () => {
    const restrictions = { restrictions_list: [{ type: 'RESTRICTED_BIZ_INITIATED_CALLING', expiration: 1767225600 }] };
    // @ts-expect-error restrictions are set by Graph and only read
    await parameterError(wa.settings.update({ calling: { status: 'ENABLED', restrictions } }));
    expect(await prism.logged(/restrictions/)).toMatch(/restrictions/);
    await parameterError(
      // @ts-expect-error a SIP password is generated by Meta and never sent
      wa.settings.update({ calling: { sip: { status: 'ENABLED', servers: [{ hostname: 'sip.example.com', sip_user_password: 'W9q#k2-example' }] } } }),
    );
  });

  it('Prism rejects a misspelt key inside call_hours', async () => {
    // @ts-expect-error `timezone` is not a key of call_hours (`timezone_id` is)
    await parameterError(wa.settings.update({ calling: { call_hours: { status: 'ENABLED', timezone: 'Europe/Lisbon' } } }));
  });

  it('Prism rejects an empty settings update', async () => {
    await parameterError(wa.settings.update({}));
  });
});
