// Compile-time checks of the message types, verified by test/spec/typecheck.test.ts: the line
// after each expect-error directive must not compile. Limits TypeScript cannot count (string lengths, rows in
// a list) are left to the validators and Prism; see test/contract/messages.contract.test.ts.
// Array lengths are counted only by the sugar (sendButtons' tuple type): the generated types keep
// arrays as arrays (see scripts/lib/emit-types.mjs), so four buttons through send() compile and
// are refused by the validators and Graph instead.
import { createWhatsApp } from '../../src/index.js';

const wa = createWhatsApp({ accessToken: 't', phoneNumberId: '1' });
const reply = (n: number) => ({ id: `b${n}`, title: `Button ${n}` });

// Three reply buttons are fine; a fourth does not compile.
void wa.messages.sendButtons('1', 'Pick one', [reply(1), reply(2), reply(3)]);
// @ts-expect-error four reply buttons
void wa.messages.sendButtons('1', 'Pick one', [reply(1), reply(2), reply(3), reply(4)]);
// @ts-expect-error no buttons at all
void wa.messages.sendButtons('1', 'Pick one', []);

// @ts-expect-error media with neither id nor link
void wa.messages.sendImage('1', { caption: 'no source' });
// @ts-expect-error media with both id and link
void wa.messages.sendImage('1', { id: '1', link: 'https://example.com/a.png' });
// @ts-expect-error a document with both id and link
void wa.messages.sendDocument('1', { id: '1', link: 'https://example.com/a.pdf', filename: 'a.pdf' });
// @ts-expect-error a sticker with both id and link, through send()
void wa.messages.send({ messaging_product: 'whatsapp', to: '1', type: 'sticker', sticker: { id: '1', link: 'https://example.com/s.webp' } });
// @ts-expect-error an interactive header image with both id and link
void wa.messages.sendButtons('1', 'Body', [reply(1)], { header: { type: 'image', image: { id: '1', link: 'https://example.com/h.png' } } });
// @ts-expect-error a template header parameter with both id and link
void wa.messages.sendTemplate('1', { name: 'n', language: { code: 'en' }, components: [{ type: 'header', parameters: [{ type: 'video', video: { id: '1', link: 'https://example.com/v.mp4' } }] }] });
// @ts-expect-error an audio message has no caption
void wa.messages.sendAudio('1', { id: '1', caption: 'no captions on audio' });
// @ts-expect-error media with neither id nor link, through send()
void wa.messages.send({ messaging_product: 'whatsapp', to: '1', type: 'video', video: { caption: 'x' } });

// @ts-expect-error a template without a language
void wa.messages.sendTemplate('1', { name: 'hello_world' });
// @ts-expect-error a template language without its code
void wa.messages.send({ messaging_product: 'whatsapp', to: '1', type: 'template', template: { name: 'hello_world', language: {} } });

// @ts-expect-error a `type` that does not match its object
void wa.messages.send({ messaging_product: 'whatsapp', to: '1', type: 'image', video: { id: '1' } });
// @ts-expect-error an interactive `type` that does not match its action
void wa.messages.send({ messaging_product: 'whatsapp', to: '1', type: 'interactive', interactive: { type: 'list', body: { text: 'x' }, action: { buttons: [] } } });
// @ts-expect-error an unknown message type
void wa.messages.send({ messaging_product: 'whatsapp', to: '1', type: 'poll', poll: {} });

// @ts-expect-error a list header is text only
void wa.messages.sendList('1', 'Body', 'Open', [{ rows: [{ id: 'a', title: 'A' }] }], { header: { type: 'image', image: { id: '1' } } });
// @ts-expect-error a list row needs a title
void wa.messages.sendList('1', 'Body', 'Open', [{ rows: [{ id: 'a' }] }]);

// @ts-expect-error flow_message_version is "3"
void wa.messages.sendFlow('1', 'Body', { flow_message_version: '2', flow_id: '1', flow_cta: 'Go' });
// @ts-expect-error flow_action is navigate or data_exchange
void wa.messages.sendFlow('1', 'Body', { flow_message_version: '3', flow_id: '1', flow_cta: 'Go', flow_action: 'open' });

// @ts-expect-error a reaction needs an emoji (use unreact to remove one)
void wa.messages.send({ messaging_product: 'whatsapp', to: '1', type: 'reaction', reaction: { message_id: 'wamid.X' } });
// @ts-expect-error a body parameter cannot be an image
void wa.messages.sendTemplate('1', { name: 'n', language: { code: 'en' }, components: [{ type: 'body', parameters: [{ type: 'image', image: { id: '1' } }] }] });

// Flow payload data is opaque: any keys and values compile.
void wa.messages.sendFlow('1', 'Body', {
  flow_message_version: '3',
  flow_name: 'signup',
  flow_cta: 'Go',
  flow_action_payload: { screen: 'A', data: { 'Any-Key': [1, { nested: true }] } },
});
