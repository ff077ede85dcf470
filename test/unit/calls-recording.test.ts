// Recording and transcription are asked for per call, on connect or accept.
import { describe, expect, it } from 'vitest';
import { validateAcceptCallRequest, validateConnectCallRequest } from '../../generated/validators.js';
import { createWhatsApp } from '../../src/index.js';
import { stubFetch } from '../support/fetch-stub.js';

const BASE = 'https://graph.facebook.com/v27.0/106540352242922';
const CALL_ID = 'wacid.HBgLMTY1MDU1NTEyMzQVAgARGCA5RDk3QjE2QjRCRDM5QTQ1NjBCN0E2RDk3QkQ0NTIwRAA=';
const SDP = 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n';
const recording = { status: 'ENABLED', purpose: 'Quality assurance', announcement_language: 'en_US' } as const;

describe('call recording and transcription options', () => {
  it('connect and accept send recording and transcription as Graph takes them', async () => {
    const { fetch, calls } = stubFetch({ json: { messaging_product: 'whatsapp', calls: [{ id: CALL_ID }] } }, { json: { success: true } });
    const wa = createWhatsApp({ accessToken: 't', phoneNumberId: '106540352242922', fetch });
    await wa.calls.connect({ recipient: 'US.13491208655302741918' }, SDP, { recording, transcription: { status: 'ENABLED' } });
    await wa.calls.accept(CALL_ID, SDP, { transcription: { status: 'DISABLED' }, bizOpaqueCallbackData: 'ticket-7' });
    expect(calls.map((c) => [c.method, c.url, c.body])).toEqual([
      ['POST', `${BASE}/calls`, { messaging_product: 'whatsapp', recipient: 'US.13491208655302741918', action: 'connect', session: { sdp_type: 'offer', sdp: SDP }, recording, transcription: { status: 'ENABLED' } }],
      ['POST', `${BASE}/calls`, { messaging_product: 'whatsapp', call_id: CALL_ID, action: 'accept', session: { sdp_type: 'answer', sdp: SDP }, biz_opaque_callback_data: 'ticket-7', transcription: { status: 'DISABLED' } }],
    ]);
    expect(validateConnectCallRequest(calls[0]?.body)).toBe(true);
    expect(validateAcceptCallRequest(calls[1]?.body)).toBe(true);
  });

  it('the schema refuses an unknown status and a purpose over 250 characters', () => {
    const body = (option: unknown) => ({ messaging_product: 'whatsapp', to: '16505551234', action: 'connect', session: { sdp_type: 'offer', sdp: SDP }, recording: option });
    expect(validateConnectCallRequest(body({ status: 'ON' }))).toBe(false);
    expect(validateConnectCallRequest(body({ status: 'ENABLED', purpose: 'x'.repeat(251) }))).toBe(false);
  });
});
