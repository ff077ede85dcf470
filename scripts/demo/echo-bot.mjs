// The demo's echo bot, written only against the SDK's public API: it answers each kind of event
// the way a real WhatsApp bot would.
const FAKE_SDP_ANSWER = 'v=0\r\no=- 7613470264592814125 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\n';

export function echoBotHandlers(wa, say) {
  return {
    async message({ message, phoneNumberId }) {
      const to = message.from;
      const options = { phoneNumberId };
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
            say(`bot: button "${message.interactive.button_reply.title}" → sends the order_update template`);
            await wa.messages.sendTemplate(
              to,
              {
                name: 'order_update',
                language: { code: 'en_US' },
                components: [{ type: 'body', parameters: [{ type: 'text', text: '#8812' }, { type: 'text', text: 'out for delivery' }] }],
              },
              options,
            );
          }
          return;
        default:
          say(`bot: ignores a ${message.type} message`);
      }
    },
    async flow_completion({ message, response, phoneNumberId }) {
      say(`bot: flow completed with ${JSON.stringify(response)} → confirms`);
      await wa.messages.sendText(message.from, `Booked ${response?.seats} seats on ${response?.date}.`, { phoneNumberId });
    },
    status({ status }) {
      say(`bot: message ${status.id} is ${status.status}`);
    },
    async call({ call, phoneNumberId }) {
      if (call.event !== 'connect') return;
      say(`bot: incoming call ${call.id.slice(0, 18)}… → pre_accept + accept with its SDP answer`);
      await wa.calls.answerCall({ callId: call.id, sdpAnswer: FAKE_SDP_ANSWER, phoneNumberId });
    },
    unknown(event) {
      say(`bot: got something the spec does not describe yet (${event.field})`);
    },
  };
}
