// Compile-time checks of the calls facade, verified by test/spec/typecheck.test.ts.
import { createWhatsApp } from '../../src/index.js';

const wa = createWhatsApp({ accessToken: 't', phoneNumberId: '1' });
const callId = 'wacid.ABC';
const sdp = 'v=0\r\n';

// @ts-expect-error accept needs the SDP answer
void wa.calls.accept(callId);

// @ts-expect-error an accept request without a session
void wa.calls.manage({ messaging_product: 'whatsapp', call_id: callId, action: 'accept' });

// @ts-expect-error accept carries an answer, not an offer
void wa.calls.manage({ messaging_product: 'whatsapp', call_id: callId, action: 'accept', session: { sdp_type: 'offer', sdp } });

// @ts-expect-error reject needs a call id
void wa.calls.reject();

// @ts-expect-error a reject request without call_id
void wa.calls.manage({ messaging_product: 'whatsapp', action: 'reject' });

// @ts-expect-error connect needs a recipient
void wa.calls.manage({ messaging_product: 'whatsapp', action: 'connect', session: { sdp_type: 'offer', sdp } });

// @ts-expect-error connect takes a recipient and an SDP offer
void wa.calls.connect(sdp);

// @ts-expect-error answerCall needs the SDP answer
void wa.calls.answerCall({ callId });

// @ts-expect-error settings areas are a closed set when updating
void wa.settings.update({ calling: { status: 'ENABLED' }, callling: {} });

// @ts-expect-error call hours take `HHMM` strings in a closed object
void wa.calls.updateSettings({ call_hours: { weekly_operating_hours: [{ day_of_week: 'MONDAY', open: '0900' }] } });

// Valid: each action, addressed either way, and open enum values Meta may add later.
void wa.calls.manage({ messaging_product: 'whatsapp', recipient: 'US.1', action: 'connect', session: { sdp_type: 'offer', sdp } });
void wa.calls.manage({ messaging_product: 'whatsapp', call_id: callId, action: 'pre_accept', session: { sdp_type: 'answer', sdp } });
void wa.calls.manage({ messaging_product: 'whatsapp', call_id: callId, action: 'terminate' });
void wa.calls.updateSettings({ status: 'ENABLED', call_icon_visibility: 'SOME_FUTURE_VALUE' });
void wa.calls.answerCall({ callId, sdpAnswer: sdp, phoneNumberId: '2' });
