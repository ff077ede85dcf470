// The demo's echo bot, written only against the SDK's public API: it answers each kind of event
// the way a real WhatsApp bot would.
//
// Options:
//   template     { name, language }: sent when the user taps a button. Every new WhatsApp Business
//                account has `hello_world` (en_US), which takes no parameters, so it is the default.
//   answerCalls  true: answer a call with `pre_accept` + `accept`. The SDK does the signalling
//                only; a real answer needs an SDP from a WebRTC media stack, which this demo does
//                not have. Offline, Prism accepts any SDP; against the real API the demo leaves
//                calls alone (answerCalls false) rather than accept one it cannot carry.

export const DEFAULT_TEMPLATE = Object.freeze({ name: 'hello_world', language: 'en_US' });

// Shaped like a browser's SDP answer; it carries no media, which is enough for a Graph mock.
export const PLACEHOLDER_SDP_ANSWER = 'v=0\r\no=- 7613470264592814125 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\n';

export function echoBotHandlers(wa, say, { template = DEFAULT_TEMPLATE, answerCalls = true } = {}) {
  return {
    async message({ message, phoneNumberId }) {
      const to = sender(message);
      const options = { phoneNumberId };
      if (!to) return say(`bot: ${message.id} names no sender to answer`);
      switch (message.type) {
        case 'text':
          say(`bot: marks ${message.id} as read (typing…) and echoes it`);
          await wa.messages.markAsRead(message.id, { ...options, typing: true });
          await wa.messages.sendText(to, `You said: ${message.text.body}`, { ...options, replyTo: message.id });
          return;
        case 'image':
          say(`bot: reacts 👍 to the image ${message.id}`);
          await wa.messages.react(to, message.id, '👍', options);
          return;
        case 'interactive':
          if (message.interactive.type === 'button_reply') {
            say(`bot: button "${message.interactive.button_reply.title}" → sends the ${template.name} template (${template.language})`);
            await wa.messages.sendTemplate(to, { name: template.name, language: { code: template.language } }, options);
          }
          return;
        default:
          say(`bot: ignores a ${message.type} message`);
      }
    },
    async flow_completion({ message, response, phoneNumberId }) {
      say(`bot: flow completed with ${JSON.stringify(response)} → confirms`);
      const to = sender(message);
      if (!to) return say(`bot: ${message.id} names no sender to answer`);
      await wa.messages.sendText(to, `Booked ${response?.seats} seats on ${response?.date}.`, { phoneNumberId });
    },
    status({ status }) {
      say(`bot: message ${status.id} is ${status.status}`);
    },
    async call({ call, phoneNumberId }) {
      if (call.event !== 'connect') return;
      if (!answerCalls) {
        say(`bot: incoming call ${call.id.slice(0, 18)}… left unanswered: answering needs an SDP answer from a WebRTC stack, which this demo does not have`);
        return;
      }
      say(`bot: incoming call ${call.id.slice(0, 18)}… → pre_accept + accept with an SDP answer`);
      await wa.calls.answerCall({ callId: call.id, sdpAnswer: PLACEHOLDER_SDP_ANSWER, phoneNumberId });
    },
    unknown(event) {
      say(`bot: got something the spec does not describe yet (${event.field})`);
    },
  };
}

/** Whom to answer: the phone number when the message has one, else the business-scoped user id. */
function sender(message) {
  if (message.from) return message.from;
  return message.from_user_id ? { recipient: message.from_user_id } : undefined;
}
