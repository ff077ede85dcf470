// Webhook deliveries of several kinds, shaped like Meta's, for the demo. Each is signed the way
// Meta signs: HMAC-SHA256 over the exact bytes sent, non-ASCII escaped as \uXXXX. Each also says
// what the echo bot (./echo-bot.mjs) must make of it: the event types its handlers see, and the
// Graph requests it sends in answer, in order — the demo checks its transcript against these.
import { createHmac } from 'node:crypto';
import { DEFAULT_TEMPLATE, PLACEHOLDER_SDP_ANSWER } from './echo-bot.mjs';

const WABA_ID = '102290129340398';
const USER = { wa_id: '16505551234', profile: { name: 'Ana Souza' } };
const TEXT = 'Olá! Do you deliver to Lisboa? 🚲';
const CALL_ID = 'wacid.HBgLMTY1MDU1NTEyMzQVAgARGCBDRU1PREVNT0RFTU9ERU1PREVNT0RFTU8A';

/**
 * The deliveries, each `{ label, body, events, requests }`. `requests` are `{ method, path, body }`
 * where `body` lists the fields the request body must have (nested objects compared the same way).
 * Pass the bot's options: they change what it sends.
 */
export function sampleDeliveries(phoneNumberId, { template = DEFAULT_TEMPLATE, answerCalls = true } = {}) {
  const send = (body) => ({ method: 'POST', path: `/${phoneNumberId}/messages`, body: { messaging_product: 'whatsapp', to: USER.wa_id, ...body } });
  const callAction = (action) => ({
    method: 'POST',
    path: `/${phoneNumberId}/calls`,
    body: { messaging_product: 'whatsapp', call_id: CALL_ID, action, session: { sdp_type: 'answer', sdp: PLACEHOLDER_SDP_ANSWER } },
  });
  const metadata = { display_phone_number: '15550783881', phone_number_id: phoneNumberId };
  const now = Math.floor(Date.UTC(2026, 10, 21, 12, 0, 0) / 1000);
  const message = (id, body) => ({ from: USER.wa_id, id, timestamp: String(now), ...body });
  const messages = (...items) => ({ field: 'messages', value: { messaging_product: 'whatsapp', metadata, contacts: [USER], messages: items } });
  return [
    {
      label: 'text message',
      change: messages(message('wamid.DEMO-TEXT', { type: 'text', text: { body: TEXT } })),
      events: ['message'],
      requests: [
        { method: 'POST', path: `/${phoneNumberId}/messages`, body: { messaging_product: 'whatsapp', status: 'read', message_id: 'wamid.DEMO-TEXT', typing_indicator: { type: 'text' } } },
        send({ type: 'text', text: { body: `You said: ${TEXT}` }, context: { message_id: 'wamid.DEMO-TEXT' } }),
      ],
    },
    {
      label: 'image message',
      change: messages(message('wamid.DEMO-IMAGE', { type: 'image', image: { id: '1479537139650973', mime_type: 'image/jpeg', sha256: 'Fg4Jh7nBv1dJ2d8m3r7yq6Z2b3c0dRk5hH3pX9nJkGo=', caption: 'Is this model in stock?' } })),
      events: ['message'],
      requests: [send({ type: 'reaction', reaction: { message_id: 'wamid.DEMO-IMAGE', emoji: '👍' } })],
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
      events: ['message'],
      requests: [send({ type: 'template', template: { name: template.name, language: { code: template.language } } })],
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
      events: ['flow_completion'],
      requests: [send({ type: 'text', text: { body: 'Booked 2 seats on 2026-11-28.' } })],
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
      events: ['status'],
      requests: [],
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
              id: CALL_ID,
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
      events: ['call'],
      requests: answerCalls ? [callAction('pre_accept'), callAction('accept')] : [],
    },
  ].map(({ change, ...rest }) => ({ ...rest, body: metaBytes({ object: 'whatsapp_business_account', entry: [{ id: WABA_ID, changes: [change] }] }) }));
}

/** JSON as Meta sends it: compact, with every non-ASCII character escaped as \uXXXX. */
export function metaBytes(payload) {
  return JSON.stringify(payload).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function sign(body, appSecret) {
  return `sha256=${createHmac('sha256', appSecret).update(body).digest('hex')}`;
}
