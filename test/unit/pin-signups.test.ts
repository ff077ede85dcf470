// Exact requests of group message pinning (a `pin` message through messages.send) and of the
// in-app signup update, as Graph documents them.
import { describe, expect, it } from 'vitest';
import { createWhatsApp } from '../../src/index.js';
import { stubFetch } from '../support/fetch-stub.js';

const BASE = 'https://graph.facebook.com/v27.0';
const PHONE = '106540352242922';
const GROUP = 'Y2FwaV9ncm91cDoxOTUwNTU1MDA3OTozOTg1NjcxMTQzMTM5NzU5';
const WAMID = 'wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=';

describe('pinning and signups', () => {
  it('pins a group message: POST /{phone-number-id}/messages with type pin', async () => {
    const { fetch, calls } = stubFetch({ json: { messaging_product: 'whatsapp', messages: [{ id: 'wamid.P1' }] } });
    const wa = createWhatsApp({ accessToken: 'EAAG-token', phoneNumberId: PHONE, fetch });
    await wa.messages.send({ messaging_product: 'whatsapp', recipient_type: 'group', to: GROUP, type: 'pin', pin: { type: 'pin', message_id: WAMID, expiration_days: 30 } });
    expect(calls[0]!.method).toBe('POST');
    expect(calls[0]!.url).toBe(`${BASE}/${PHONE}/messages`);
    expect(calls[0]!.body).toEqual({ messaging_product: 'whatsapp', recipient_type: 'group', to: GROUP, type: 'pin', pin: { type: 'pin', message_id: WAMID, expiration_days: 30 } });
  });

  it('disables a signup: POST /signups/{signup-id} with its status', async () => {
    const { fetch, calls } = stubFetch({ json: { success: true } });
    const wa = createWhatsApp({ accessToken: 'EAAG-token', wabaId: '102290129340398', fetch });
    await expect(wa.waba.updateSignup('1297452248812345', { status: 'DISABLED' })).resolves.toEqual({ success: true });
    expect(calls[0]!.url).toBe(`${BASE}/signups/1297452248812345`);
    expect(calls[0]!.body).toEqual({ status: 'DISABLED' });
  });
});
