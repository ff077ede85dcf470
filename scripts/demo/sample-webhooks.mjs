// Webhook deliveries of several kinds, shaped like Meta's, for the offline demo. Each is signed the
// way Meta signs: HMAC-SHA256 over the exact bytes sent, non-ASCII escaped as \uXXXX.
import { createHmac } from 'node:crypto';

const WABA_ID = '102290129340398';
const USER = { wa_id: '16505551234', profile: { name: 'Ana Souza' } };

export function sampleDeliveries(phoneNumberId) {
  const metadata = { display_phone_number: '15550783881', phone_number_id: phoneNumberId };
  const now = Math.floor(Date.UTC(2026, 10, 21, 12, 0, 0) / 1000);
  const message = (id, body) => ({ from: USER.wa_id, id, timestamp: String(now), ...body });
  const messages = (...items) => ({ field: 'messages', value: { messaging_product: 'whatsapp', metadata, contacts: [USER], messages: items } });
  return [
    { label: 'text message', change: messages(message('wamid.DEMO-TEXT', { type: 'text', text: { body: 'Olá! Do you deliver to Lisboa? 🚲' } })) },
    {
      label: 'image message',
      change: messages(message('wamid.DEMO-IMAGE', { type: 'image', image: { id: '1479537139650973', mime_type: 'image/jpeg', sha256: 'Fg4Jh7nBv1dJ2d8m3r7yq6Z2b3c0dRk5hH3pX9nJkGo=', caption: 'Is this model in stock?' } })),
    },
    {
      label: 'button reply',
      change: messages(
        message('wamid.DEMO-BUTTON', {
          type: 'interactive',
          context: { from: metadata.display_phone_number, id: 'wamid.DEMO-PROMPT' },
          interactive: { type: 'button_reply', button_reply: { id: 'track-order', title: 'Track my order' } },
        }),
      ),
    },
    {
      label: 'flow completion',
      change: messages(
        message('wamid.DEMO-FLOW', {
          type: 'interactive',
          context: { from: metadata.display_phone_number, id: 'wamid.DEMO-FLOW-PROMPT' },
          interactive: {
            type: 'nfm_reply',
            nfm_reply: { name: 'flow', body: 'Sent', response_json: JSON.stringify({ flow_token: 'booking-77', date: '2026-11-28', seats: 2 }) },
          },
        }),
      ),
    },
    {
      label: 'delivery status',
      change: {
        field: 'messages',
        value: {
          messaging_product: 'whatsapp',
          metadata,
          statuses: [
            {
              id: 'wamid.DEMO-SENT',
              status: 'delivered',
              timestamp: String(now),
              recipient_id: USER.wa_id,
              pricing: { billable: true, pricing_model: 'PMP', category: 'utility', type: 'regular' },
            },
          ],
        },
      },
    },
    {
      label: 'incoming call',
      change: {
        field: 'calls',
        value: {
          messaging_product: 'whatsapp',
          metadata,
          contacts: [USER],
          calls: [
            {
              id: 'wacid.HBgLMTY1MDU1NTEyMzQVAgARGCBDRU1PREVNT0RFTU9ERU1PREVNT0RFTU8A',
              from: USER.wa_id,
              to: metadata.display_phone_number,
              event: 'connect',
              timestamp: String(now),
              direction: 'USER_INITIATED',
              session: { sdp_type: 'offer', sdp: 'v=0\r\no=- 4611731400430051336 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\n' },
            },
          ],
        },
      },
    },
  ].map(({ label, change }) => ({ label, body: metaBytes({ object: 'whatsapp_business_account', entry: [{ id: WABA_ID, changes: [change] }] }) }));
}

/** JSON as Meta sends it: compact, with every non-ASCII character escaped as \uXXXX. */
export function metaBytes(payload) {
  return JSON.stringify(payload).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function sign(body, appSecret) {
  return `sha256=${createHmac('sha256', appSecret).update(body).digest('hex')}`;
}
