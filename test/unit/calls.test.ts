// The calls facade with a fetch stub: the exact request of every call action, the permission
// check, calling settings (wa.settings), the answer/start helpers, and how calling errors are classified.
import { describe, expect, it } from 'vitest';
import { CallPermissionError, createWhatsApp, errorCodes, GraphApiError, WhatsAppConfigError } from '../../src/index.js';
import { stubFetch } from '../support/fetch-stub.js';

const BASE = 'https://graph.facebook.com/v27.0/106540352242922';
const CALL_ID = 'wacid.HBgLMTY1MDU1NTEyMzQVAgARGCA5RDk3QjE2QjRCRDM5QTQ1NjBCN0E2RDk3QkQ0NTIwRAA=';
const OFFER = 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=setup:actpass\r\n';
const ANSWER = 'v=0\r\no=- 3 4 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=setup:active\r\n';
const success = { json: { success: true } };
const started = { json: { messaging_product: 'whatsapp', calls: [{ id: CALL_ID }] } };

function client(...replies: Parameters<typeof stubFetch>) {
  const stub = stubFetch(...replies);
  return { ...stub, wa: createWhatsApp({ accessToken: 'EAAG-token', phoneNumberId: '106540352242922', fetch: stub.fetch }) };
}

const graphError = (code: number, status = 400) => ({
  status,
  json: { error: { message: `error ${code}`, type: 'OAuthException', code, fbtrace_id: 'AbC' } },
});

describe('calls: one exact request per action', () => {
  it('connect sends to, the SDP offer and the callback data', async () => {
    const { wa, calls } = client(started);
    const response = await wa.calls.connect('16505551234', OFFER, { bizOpaqueCallbackData: 'ticket-7' });
    expect(response.calls[0]?.id).toBe(CALL_ID);
    expect(calls[0]?.method).toBe('POST');
    expect(calls[0]?.url).toBe(`${BASE}/calls`);
    expect(calls[0]?.headers.authorization).toBe('Bearer EAAG-token');
    expect(calls[0]?.headers['content-type']).toBe('application/json');
    expect(calls[0]?.body).toEqual({
      messaging_product: 'whatsapp',
      to: '16505551234',
      action: 'connect',
      session: { sdp_type: 'offer', sdp: OFFER },
      biz_opaque_callback_data: 'ticket-7',
    });
  });

  it('connect addresses a business-scoped user id as recipient', async () => {
    const { wa, calls } = client(started);
    await wa.calls.connect({ recipient: 'US.13491208655302741918' }, OFFER);
    expect(calls[0]?.body).toEqual({
      messaging_product: 'whatsapp',
      recipient: 'US.13491208655302741918',
      action: 'connect',
      session: { sdp_type: 'offer', sdp: OFFER },
    });
  });

  it('pre_accept and accept send call_id and the SDP answer', async () => {
    const { wa, calls } = client(success);
    await expect(wa.calls.preAccept(CALL_ID, ANSWER)).resolves.toEqual({ success: true });
    await wa.calls.accept(CALL_ID, ANSWER, { bizOpaqueCallbackData: 'agent-3' });
    expect(calls.map((call) => [call.method, call.url])).toEqual([
      ['POST', `${BASE}/calls`],
      ['POST', `${BASE}/calls`],
    ]);
    expect(calls[0]?.body).toEqual({ messaging_product: 'whatsapp', call_id: CALL_ID, action: 'pre_accept', session: { sdp_type: 'answer', sdp: ANSWER } });
    expect(calls[1]?.body).toEqual({
      messaging_product: 'whatsapp',
      call_id: CALL_ID,
      action: 'accept',
      session: { sdp_type: 'answer', sdp: ANSWER },
      biz_opaque_callback_data: 'agent-3',
    });
  });

  it('reject and terminate send only call_id and the action', async () => {
    const { wa, calls } = client(success);
    await wa.calls.reject(CALL_ID);
    await wa.calls.terminate(CALL_ID, { phoneNumberId: '42' });
    expect(calls[0]?.body).toEqual({ messaging_product: 'whatsapp', call_id: CALL_ID, action: 'reject' });
    expect(calls[1]?.url).toBe('https://graph.facebook.com/v27.0/42/calls');
    expect(calls[1]?.body).toEqual({ messaging_product: 'whatsapp', call_id: CALL_ID, action: 'terminate' });
  });

  it('manage sends any call request exactly as given, with the caller signal', async () => {
    const { wa, calls } = client(success);
    const controller = new AbortController();
    await wa.calls.manage({ messaging_product: 'whatsapp', call_id: CALL_ID, action: 'terminate' }, { signal: controller.signal, timeoutMs: 0 });
    expect(calls[0]?.body).toEqual({ messaging_product: 'whatsapp', call_id: CALL_ID, action: 'terminate' });
    expect(calls[0]?.signal).toBe(controller.signal);
  });

  it('rejects (does not throw synchronously) without a phone number id', async () => {
    const wa = createWhatsApp({ accessToken: 't', fetch: stubFetch().fetch });
    const pending = wa.calls.terminate(CALL_ID);
    await expect(pending).rejects.toMatchObject({ name: 'WhatsAppConfigError', category: 'parameter' });
  });
});

describe('calls.permissions', () => {
  const permissions = { messaging_product: 'whatsapp', permission: { status: 'temporary', expiration_time: 1745343479 }, actions: [] };

  it('asks by user_wa_id for a phone number', async () => {
    const { wa, calls } = client({ json: permissions });
    await expect(wa.calls.permissions({ user_wa_id: '16505551234' })).resolves.toEqual(permissions);
    expect(calls[0]?.method).toBe('GET');
    expect(calls[0]?.url).toBe(`${BASE}/call_permissions?user_wa_id=16505551234`);
    expect(calls[0]?.body).toBeUndefined();
    expect(calls[0]?.headers['content-type']).toBeUndefined();
  });

  it('asks by recipient for a business-scoped user id', async () => {
    const { wa, calls } = client({ json: permissions });
    await wa.calls.permissions({ recipient: 'US.1349' }, { phoneNumberId: '42' });
    expect(calls[0]?.url).toBe('https://graph.facebook.com/v27.0/42/call_permissions?recipient=US.1349');
  });
});

describe('calling settings through wa.settings', () => {
  it('settings.get reads the calling part, with SIP credentials on request', async () => {
    const calling = { status: 'ENABLED', call_icon_visibility: 'DEFAULT', sip: { status: 'ENABLED', servers: [{ hostname: 'sip.example.com', sip_user_password: 'p' }] } };
    const { wa, calls } = client({ json: { calling, storage_configuration: { status: 'DEFAULT' } } });
    expect((await wa.settings.get({ include_sip_credentials: true })).calling).toEqual(calling);
    expect(calls[0]?.method).toBe('GET');
    expect(calls[0]?.url).toBe(`${BASE}/settings?include_sip_credentials=true`);
  });

  it('settings.update posts { calling }', async () => {
    const { wa, calls } = client(success);
    const calling = {
      status: 'ENABLED',
      call_hours: {
        status: 'ENABLED',
        timezone_id: 'Europe/Lisbon',
        weekly_operating_hours: [{ day_of_week: 'MONDAY', open_time: '0900', close_time: '1800' }],
        holiday_schedule: [{ date: '2026-12-25', start_time: '0000', end_time: '2359' }],
      },
    };
    await expect(wa.settings.update({ calling })).resolves.toEqual({ success: true });
    expect(calls[0]?.method).toBe('POST');
    expect(calls[0]?.url).toBe(`${BASE}/settings`);
    expect(calls[0]?.body).toEqual({ calling });
  });

  it('wa.settings reads and writes every area', async () => {
    const { wa, calls } = client({ json: { storage_configuration: { status: 'DEFAULT' }, future_area: { x: 1 } } }, success);
    await expect(wa.settings.get()).resolves.toEqual({ storage_configuration: { status: 'DEFAULT' }, future_area: { x: 1 } });
    expect(calls[0]?.url).toBe(`${BASE}/settings`);
    await wa.settings.update({ storage_configuration: { status: 'IN_COUNTRY_STORAGE_ENABLED', data_localization_region: 'DE' } }, { phoneNumberId: '7' });
    expect(calls[1]?.url).toBe('https://graph.facebook.com/v27.0/7/settings');
    expect(calls[1]?.body).toEqual({ storage_configuration: { status: 'IN_COUNTRY_STORAGE_ENABLED', data_localization_region: 'DE' } });
  });
});

describe('calls.answerCall', () => {
  it('pre-accepts then accepts with the same SDP answer', async () => {
    const { wa, calls } = client(success);
    await expect(wa.calls.answerCall({ callId: CALL_ID, sdpAnswer: ANSWER, bizOpaqueCallbackData: 'agent-3' })).resolves.toEqual({ success: true });
    expect(calls.map((call) => (call.body as { action: string }).action)).toEqual(['pre_accept', 'accept']);
    expect(calls[0]?.body).toEqual({ messaging_product: 'whatsapp', call_id: CALL_ID, action: 'pre_accept', session: { sdp_type: 'answer', sdp: ANSWER } });
    expect(calls[1]?.body).toEqual({
      messaging_product: 'whatsapp',
      call_id: CALL_ID,
      action: 'accept',
      session: { sdp_type: 'answer', sdp: ANSWER },
      biz_opaque_callback_data: 'agent-3',
    });
  });

  it('stops after a failed pre_accept and rethrows its error', async () => {
    const { wa, calls } = client(graphError(138007));
    const error = await wa.calls.answerCall({ callId: CALL_ID, sdpAnswer: ANSWER }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphApiError);
    expect(error).toMatchObject({ code: 138007, category: 'calling', action: 'do_not_retry' });
    expect(calls).toHaveLength(1);
  });
});

describe('calls.startCall: a permission check, then connect', () => {
  const allowed = {
    messaging_product: 'whatsapp',
    permission: { status: 'temporary', expiration_time: 1745343479 },
    actions: [
      { action_name: 'send_call_permission_request', can_perform_action: false },
      { action_name: 'start_call', can_perform_action: true, limits: [{ time_period: 'PT24H', max_allowed: 5, current_usage: 1 }] },
    ],
  };

  it('connects when the check allows a call', async () => {
    const { wa, calls } = client({ json: allowed }, started);
    const response = await wa.calls.startCall('16505551234', OFFER, { bizOpaqueCallbackData: 'ticket-7' });
    expect(response.calls[0]?.id).toBe(CALL_ID);
    expect(calls.map((call) => `${call.method} ${call.url}`)).toEqual([
      `GET ${BASE}/call_permissions?user_wa_id=16505551234`,
      `POST ${BASE}/calls`,
    ]);
    expect(calls[1]?.body).toEqual({
      messaging_product: 'whatsapp',
      to: '16505551234',
      action: 'connect',
      session: { sdp_type: 'offer', sdp: OFFER },
      biz_opaque_callback_data: 'ticket-7',
    });
  });

  it('throws CallPermissionError (calling) without connecting when there is no permission', async () => {
    const denied = {
      messaging_product: 'whatsapp',
      permission: { status: 'no_permission' },
      actions: [
        { action_name: 'send_call_permission_request', can_perform_action: true },
        { action_name: 'start_call', can_perform_action: false },
      ],
    };
    const { wa, calls } = client({ json: denied }, started);
    const error = await wa.calls.startCall('16505551234', OFFER).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CallPermissionError);
    expect(error).toMatchObject({ reason: 'no_permission', code: 138006, category: 'calling', action: 'fix_and_retry', permissions: denied });
    expect(calls).toHaveLength(1);
  });

  it('throws a retry-later CallPermissionError when permission exists but start_call is used up', async () => {
    const usedUp = {
      messaging_product: 'whatsapp',
      permission: { status: 'permanent' },
      actions: [{ action_name: 'start_call', can_perform_action: false, limits: [{ time_period: 'PT24H', max_allowed: 5, current_usage: 5, limit_expiration_time: 4102444800 }] }],
    };
    const { wa, calls } = client({ json: usedUp });
    const error = await wa.calls.startCall({ recipient: 'US.1349' }, OFFER).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'CallPermissionError', reason: 'limit_reached', category: 'calling', action: 'retry_later', retryable: true });
    expect((error as CallPermissionError).retryAfterMs).toBeGreaterThan(0);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe(`${BASE}/call_permissions?recipient=US.1349`);
  });

  it('passes a failed permission check through without connecting', async () => {
    const { wa, calls } = client(graphError(138013));
    const error = await wa.calls.startCall('16505551234', OFFER).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'GraphApiError', code: 138013, category: 'calling', action: 'retry_later' });
    expect(calls).toHaveLength(1);
  });
});

describe('malformed call requests at run time: Graph answers code 100, a parameter error', () => {
  /** Graph's answer to a request missing a parameter: code 100, the field named in details. */
  const invalidParameter = (details: string) => ({
    status: 400,
    json: {
      error: {
        message: '(#100) Invalid parameter',
        type: 'OAuthException',
        code: 100,
        error_data: { messaging_product: 'whatsapp', details },
        fbtrace_id: 'A1b2C3d4',
      },
    },
  });

  it('accept without an SDP answer', async () => {
    const { wa, calls } = client(invalidParameter('Missing required parameter: session.sdp'));
    const error = await wa.calls.accept(CALL_ID, undefined as unknown as string).catch((e: unknown) => e);
    expect(calls[0]?.body).toEqual({ messaging_product: 'whatsapp', call_id: CALL_ID, action: 'accept', session: { sdp_type: 'answer' } });
    expect(error).toBeInstanceOf(GraphApiError);
    expect(error).toMatchObject({ code: 100, category: 'parameter', action: 'fix_and_retry', retryable: false, status: 400, fbtraceId: 'A1b2C3d4' });
    expect((error as GraphApiError).details).toContain('session.sdp');
    expect((error as GraphApiError).message).toContain('session.sdp');
  });

  it('connect without a recipient', async () => {
    const { wa } = client(invalidParameter('Missing required parameter: to'));
    const malformed = { messaging_product: 'whatsapp', action: 'connect', session: { sdp_type: 'offer', sdp: OFFER } };
    // @ts-expect-error deliberately malformed: no `to` or `recipient`
    const error = await wa.calls.manage(malformed).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'GraphApiError', code: 100, category: 'parameter', details: 'Missing required parameter: to' });
  });
});

describe('call ids are checked before any request', () => {
  const bad: [string, unknown][] = [
    ['empty', ''],
    ['blank', '  '],
    ['dot', '.'],
    ['dot-dot', '..'],
    ['missing', undefined],
  ];
  it.each(bad)('a %s call id rejects with WhatsAppConfigError naming callId and the method', async (_, callId) => {
    const { wa, calls } = client(success);
    const id = callId as string;
    for (const [method, call] of [
      ['calls.preAccept', () => wa.calls.preAccept(id, ANSWER)],
      ['calls.accept', () => wa.calls.accept(id, ANSWER)],
      ['calls.reject', () => wa.calls.reject(id)],
      ['calls.terminate', () => wa.calls.terminate(id)],
      ['calls.preAccept', () => wa.calls.answerCall({ callId: id, sdpAnswer: ANSWER })],
    ] as const) {
      const error = await call().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WhatsAppConfigError);
      expect((error as Error).message).toContain(`${method}: callId`);
    }
    expect(calls).toHaveLength(0);
  });

  it('a call id with "/" (base64) is sent as is, in the body', async () => {
    const { wa, calls } = client(success);
    await wa.calls.terminate('wacid.ab/cd+ef==');
    expect(calls[0]?.body).toEqual({ messaging_product: 'whatsapp', call_id: 'wacid.ab/cd+ef==', action: 'terminate' });
  });
});

describe('calling errors carry their category and retry action', () => {
  const table: [number, string][] = [
    [138000, 'fix_and_retry'],
    [138001, 'do_not_retry'],
    [138002, 'retry_later'],
    [138003, 'do_not_retry'],
    [138004, 'retry'],
    [138005, 'retry_later'],
    [138006, 'fix_and_retry'],
    [138007, 'do_not_retry'],
    [138009, 'retry_later'],
    [138012, 'retry_later'],
    [138013, 'retry_later'],
    [613, 'retry_later'],
    [138018, 'fix_and_retry'],
    [131044, 'fix_and_retry'],
  ];
  it.each(table)('code %i → calling / %s', async (code, action) => {
    const { wa } = client(graphError(code));
    const error = await wa.calls.connect('16505551234', OFFER).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphApiError);
    expect(error).toMatchObject({ code, category: 'calling', action, status: 400 });
    expect(errorCodes[code]?.meaning).toBeTruthy();
    expect(String(error)).not.toContain('EAAG-token');
  });
});
