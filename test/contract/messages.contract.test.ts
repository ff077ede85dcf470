// Every message type through Prism (which validates each request against the bundled spec), and
// every documented limit exceeded: rejected by the generated validator, whose first error names
// the field, and by Prism for the classic bad inputs (too many buttons, too-long titles and bodies, missing fields), with a violation naming the field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateSendMessageRequest, type ValidationIssue } from '../../generated/validators.js';
import { createWhatsApp, GraphApiError, MessageLimitError, type FetchLike, type OutboundMessage, type WhatsApp } from '../../src/index.js';
import { startPrism, type PrismServer } from '../support/prism.js';

/** One request violation as Prism reports it in the `sl-violations` response header. */
interface PrismViolation {
  location: string[];
  code: string;
  message: string;
}

const TRUNCATED = 'Too many violations! ';

/**
 * The violations in an `sl-violations` header. Prism cuts the header at about 8 KB and prefixes it
 * with "Too many violations!"; a message union tries every member, so long lists are common. The
 * violations that arrived whole are kept: they come in schema order, so the ones of the member a
 * message means come before the cut in every case below.
 */
function parseViolations(header: string | null): PrismViolation[] {
  if (header === null) return [];
  if (!header.startsWith(TRUNCATED)) return JSON.parse(header) as PrismViolation[];
  const prefix = header.slice(TRUNCATED.length);
  return JSON.parse(`${prefix.slice(0, prefix.lastIndexOf('},{') + 1)}]`) as PrismViolation[];
}

let prism: PrismServer;
let wa: WhatsApp;
/** The violations Prism reported for the last response (none when it accepted the request). */
let lastViolations: PrismViolation[] = [];
let requestsSent = 0;

beforeAll(async () => {
  prism = await startPrism();
  const recordingFetch: FetchLike = async (input, init) => {
    requestsSent += 1;
    const response = await fetch(input, init);
    lastViolations = parseViolations(response.headers.get('sl-violations'));
    return response;
  };
  wa = createWhatsApp({ accessToken: 'test-token', phoneNumberId: '106540352242922', baseUrl: prism.baseUrl, fetch: recordingFetch });
});
afterAll(() => prism?.stop());

const to = '16505551234';
const body = { text: 'Pick one' };
const cta = { name: 'cta_url', parameters: { display_text: 'Open', url: 'https://example.com' } } as const;

/** One message of every type and interactive type, sent through the facade. */
const everyType: [string, () => Promise<unknown>][] = [
  ['text', () => wa.messages.sendText(to, 'Hello')],
  ['image', () => wa.messages.sendImage(to, { link: 'https://example.com/a.png', caption: 'A' })],
  ['audio', () => wa.messages.sendAudio(to, { id: '1' })],
  ['video', () => wa.messages.sendVideo(to, { id: '2', caption: 'V' })],
  ['document', () => wa.messages.sendDocument(to, { link: 'https://example.com/a.pdf', filename: 'a.pdf' })],
  ['sticker', () => wa.messages.sendSticker(to, { link: 'https://example.com/s.webp' })],
  ['location', () => wa.messages.sendLocation(to, { latitude: 1.5, longitude: -2.5, name: 'Here' })],
  ['contacts', () => wa.messages.sendContacts(to, [{ name: { formatted_name: 'Ana' }, phones: [{ phone: '+1 650 555 1234', type: 'WORK' }] }])],
  ['reaction', () => wa.messages.react(to, 'wamid.X', '👍🏽')],
  ['un-reaction', () => wa.messages.unreact(to, 'wamid.X')],
  [
    'template',
    () =>
      wa.messages.sendTemplate(to, {
        name: 'order',
        language: { code: 'en_US' },
        components: [
          { type: 'header', parameters: [{ type: 'image', image: { id: '1' } }] },
          { type: 'body', parameters: [{ type: 'text', parameter_name: 'name', text: 'Ana' }] },
          { type: 'button', sub_type: 'quick_reply', index: 0, parameters: [{ type: 'payload', payload: 'p' }] },
          { type: 'limited_time_offer', parameters: [{ type: 'limited_time_offer', limited_time_offer: { expiration_time_ms: 1767225600000 } }] },
          { type: 'carousel', cards: [{ card_index: 0, components: [{ type: 'header', parameters: [{ type: 'video', video: { id: '3' } }] }] }] },
        ],
      }),
  ],
  ['interactive button', () => wa.messages.sendButtons(to, 'Pick', [{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }], { footer: 'F' })],
  ['interactive list', () => wa.messages.sendList(to, 'Pick', 'Open', [{ title: 'S', rows: [{ id: 'r', title: 'R', description: 'D' }] }], { header: 'H' })],
  ['interactive flow', () => wa.messages.sendFlow(to, 'Go', { flow_message_version: '3', flow_id: '1', flow_cta: 'Open', mode: 'draft', flow_action_payload: { screen: 'A', data: { k: 1 } } })],
  ['interactive cta_url', () => wa.messages.sendCtaUrl(to, 'Go', { display_text: 'Open', url: 'https://example.com' })],
  ...(
    [
      ['product', { type: 'product', action: { catalog_id: 'c', product_retailer_id: 'p' } }],
      ['product_list', { type: 'product_list', header: { type: 'text', text: 'H' }, body, action: { catalog_id: 'c', sections: [{ title: 'S', product_items: [{ product_retailer_id: 'p' }] }] } }],
      ['catalog_message', { type: 'catalog_message', body, action: { name: 'catalog_message' } }],
      ['location_request_message', { type: 'location_request_message', body, action: { name: 'send_location' } }],
      ['address_message', { type: 'address_message', body, action: { name: 'address_message', parameters: { country: 'IN' } } }],
      ['call_permission_request', { type: 'call_permission_request', body, action: { name: 'call_permission_request' } }],
      [
        'carousel',
        {
          type: 'carousel',
          body,
          action: {
            cards: [
              { card_index: 0, type: 'cta_url', header: { type: 'image', image: { id: '1' } }, action: cta },
              { card_index: 1, type: 'cta_url', header: { type: 'image', image: { id: '2' } }, action: cta },
            ],
          },
        },
      ],
      [
        'order_details',
        {
          type: 'order_details',
          body,
          action: {
            name: 'review_and_pay',
            parameters: {
              reference_id: 'o-1',
              type: 'physical-goods',
              currency: 'INR',
              total_amount: { value: 100, offset: 100 },
              order: { status: 'pending', items: [{ retailer_id: 'r', name: 'N', amount: { value: 100, offset: 100 }, quantity: 1 }], subtotal: { value: 100, offset: 100 }, tax: { value: 0, offset: 100 } },
            },
          },
        },
      ],
      ['order_status', { type: 'order_status', body, action: { name: 'review_order', parameters: { reference_id: 'o-1', order: { status: 'completed' } } } }],
    ] as const
  ).map(([name, interactive]): [string, () => Promise<unknown>] => [
    `interactive ${name}`,
    () => wa.messages.send({ messaging_product: 'whatsapp', to, type: 'interactive', interactive } as OutboundMessage),
  ]),
  ['mark as read with typing', () => wa.messages.markAsRead('wamid.X', { typing: true })],
];

describe('contract: every message type through Prism', () => {
  it.each(everyType)('Prism accepts %s', async (_name, sendIt) => {
    const response = await sendIt().catch((error: unknown) => error);
    expect(response, prism.log().slice(-2000)).not.toBeInstanceOf(Error);
    expect(response).toBeTruthy();
  });
});

// A valid interactive button message, and valid others, to break one limit at a time.
const button = (n: number, title = `B${n}`) => ({ type: 'reply', reply: { id: `b${n}`, title } });
const buttons = (interactive: object) => ({ messaging_product: 'whatsapp', to, type: 'interactive', interactive: { type: 'button', body, action: { buttons: [button(1)] }, ...interactive } });
const list = (action: object) => ({ messaging_product: 'whatsapp', to, type: 'interactive', interactive: { type: 'list', body, action: { button: 'Open', sections: [{ rows: [{ id: 'r', title: 'R' }] }], ...action } } });
const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `r${i}`, title: `Row ${i}` }));

/**
 * [what is wrong, the message, the field the error must name, the failing keyword]. A `type`
 * that does not match its object is reported as the object that `type` calls for being missing.
 */
const overLimit: [string, unknown, string, string][] = [
  ['a text over 4,096 characters', { messaging_product: 'whatsapp', to, type: 'text', text: { body: 'x'.repeat(4097) } }, '/text/body', 'maxLength'],
  ['four reply buttons', buttons({ action: { buttons: [button(1), button(2), button(3), button(4)] } }), '/interactive/action/buttons', 'maxItems'],
  ['a 21-character button title', buttons({ action: { buttons: [button(1, 'x'.repeat(21))] } }), '/interactive/action/buttons/0/reply/title', 'maxLength'],
  ['a 257-character button id', buttons({ action: { buttons: [{ type: 'reply', reply: { id: 'x'.repeat(257), title: 'T' } }] } }), '/interactive/action/buttons/0/reply/id', 'maxLength'],
  ['an interactive body over 1,024 characters', buttons({ body: { text: 'x'.repeat(1025) } }), '/interactive/body/text', 'maxLength'],
  ['a footer over 60 characters', buttons({ footer: { text: 'x'.repeat(61) } }), '/interactive/footer/text', 'maxLength'],
  ['a header text over 60 characters', buttons({ header: { type: 'text', text: 'x'.repeat(61) } }), '/interactive/header/text', 'maxLength'],
  ['11 list rows in a section', list({ sections: [{ rows: rows(11) }] }), '/interactive/action/sections/0/rows', 'maxItems'],
  ['11 list sections', list({ sections: Array.from({ length: 11 }, (_, i) => ({ title: `S${i}`, rows: rows(1) })) }), '/interactive/action/sections', 'maxItems'],
  ['a list button over 20 characters', list({ button: 'x'.repeat(21) }), '/interactive/action/button', 'maxLength'],
  ['a row title over 24 characters', list({ sections: [{ rows: [{ id: 'r', title: 'x'.repeat(25) }] }] }), '/interactive/action/sections/0/rows/0/title', 'maxLength'],
  ['a row description over 72 characters', list({ sections: [{ rows: [{ id: 'r', title: 'R', description: 'x'.repeat(73) }] }] }), '/interactive/action/sections/0/rows/0/description', 'maxLength'],
  ['a row id over 200 characters', list({ sections: [{ rows: [{ id: 'x'.repeat(201), title: 'R' }] }] }), '/interactive/action/sections/0/rows/0/id', 'maxLength'],
  ['a section title over 24 characters', list({ sections: [{ title: 'x'.repeat(25), rows: rows(1) }] }), '/interactive/action/sections/0/title', 'maxLength'],
  ['a caption over 1,024 characters', { messaging_product: 'whatsapp', to, type: 'image', image: { id: '1', caption: 'x'.repeat(1025) } }, '/image/caption', 'maxLength'],
  ['media with neither id nor link', { messaging_product: 'whatsapp', to, type: 'image', image: { caption: 'c' } }, '/image/id', 'required'],
  ['media with both id and link', { messaging_product: 'whatsapp', to, type: 'sticker', sticker: { id: '1', link: 'https://example.com/s.webp' } }, '/sticker/link', 'false schema'],
  ['a template without a language', { messaging_product: 'whatsapp', to, type: 'template', template: { name: 'hello_world' } }, '/template/language', 'required'],
  ['a template name over 512 characters', { messaging_product: 'whatsapp', to, type: 'template', template: { name: 'x'.repeat(513), language: { code: 'en' } } }, '/template/name', 'maxLength'],
  ['a coupon code over 15 characters', { messaging_product: 'whatsapp', to, type: 'template', template: { name: 'n', language: { code: 'en' }, components: [{ type: 'button', sub_type: 'copy_code', index: 0, parameters: [{ type: 'coupon_code', coupon_code: 'x'.repeat(16) }] }] } }, '/template/components/0/parameters/0/coupon_code', 'maxLength'],
  ['a button index of 10', { messaging_product: 'whatsapp', to, type: 'template', template: { name: 'n', language: { code: 'en' }, components: [{ type: 'button', sub_type: 'quick_reply', index: 10, parameters: [{ type: 'payload', payload: 'p' }] }] } }, '/template/components/0/index', 'maximum'],
  ['11 carousel template cards', { messaging_product: 'whatsapp', to, type: 'template', template: { name: 'n', language: { code: 'en' }, components: [{ type: 'carousel', cards: Array.from({ length: 11 }, (_, i) => ({ card_index: i % 10, components: [{ type: 'body', parameters: [{ type: 'text', text: 't' }] }] })) }] } }, '/template/components/0/cards', 'maxItems'],
  ['a type that does not match its object', { messaging_product: 'whatsapp', to, type: 'image', video: { id: '1' } }, '/image', 'required'],
  ['a flow CTA over 30 characters', { messaging_product: 'whatsapp', to, type: 'interactive', interactive: { type: 'flow', body, action: { name: 'flow', parameters: { flow_message_version: '3', flow_id: '1', flow_cta: 'x'.repeat(31) } } } }, '/interactive/action/parameters/flow_cta', 'maxLength'],
  ['a flow with both flow_id and flow_name', { messaging_product: 'whatsapp', to, type: 'interactive', interactive: { type: 'flow', body, action: { name: 'flow', parameters: { flow_message_version: '3', flow_id: '1', flow_name: 'n', flow_cta: 'Go' } } } }, '/interactive/action/parameters', 'oneOf'],
  ['a cta_url label over 20 characters', { messaging_product: 'whatsapp', to, type: 'interactive', interactive: { type: 'cta_url', body, action: { name: 'cta_url', parameters: { display_text: 'x'.repeat(21), url: 'https://example.com' } } } }, '/interactive/action/parameters/display_text', 'maxLength'],
  ['31 products in a section', { messaging_product: 'whatsapp', to, type: 'interactive', interactive: { type: 'product_list', header: { type: 'text', text: 'H' }, body, action: { catalog_id: 'c', sections: [{ title: 'S', product_items: Array.from({ length: 31 }, (_, i) => ({ product_retailer_id: `p${i}` })) }] } } }, '/interactive/action/sections/0/product_items', 'maxItems'],
  ['a carousel with 11 cards', { messaging_product: 'whatsapp', to, type: 'interactive', interactive: { type: 'carousel', body, action: { cards: Array.from({ length: 11 }, (_, i) => ({ card_index: i % 10, type: 'cta_url', header: { type: 'image', image: { id: '1' } }, action: cta })) } } }, '/interactive/action/cards', 'maxItems'],
  ['an order reference_id over 35 characters', { messaging_product: 'whatsapp', to, type: 'interactive', interactive: { type: 'order_status', body, action: { name: 'review_order', parameters: { reference_id: 'x'.repeat(36), order: { status: 'shipped' } } } } }, '/interactive/action/parameters/reference_id', 'maxLength'],
  ['a latitude over 90', { messaging_product: 'whatsapp', to, type: 'location', location: { latitude: 90.5, longitude: 0 } }, '/location/latitude', 'maximum'],
  ['callback data over 512 characters', { messaging_product: 'whatsapp', to, type: 'text', biz_opaque_callback_data: 'x'.repeat(513), text: { body: 'hi' } }, '/biz_opaque_callback_data', 'maxLength'],
];

/**
 * The field an error is about, as a JSON Pointer: where it points, plus the property it misses
 * (`required`) or the tag it cannot use (`discriminator`).
 */
function fieldOf(issue: ValidationIssue): string {
  if (issue.keyword === 'required') return `${issue.instancePath}/${String(issue.params.missingProperty)}`;
  if (issue.keyword === 'discriminator') return `${issue.instancePath}/${String(issue.params.tag)}`;
  return issue.instancePath;
}

/** The same for a Prism violation: its location below the body, plus a missing property. */
function violationField(violation: PrismViolation): string {
  const missing = violation.code === 'required' ? /required property '([^']+)'/.exec(violation.message)?.[1] : undefined;
  return `/${[...violation.location.slice(2), ...(missing ? [missing] : [])].join('/')}`;
}

const unionCases: [string, unknown, string, string][] = [
  ['an unknown message type', { messaging_product: 'whatsapp', to, type: 'poll', poll: {} }, '/type', 'discriminator'],
  ['a message without a type', { messaging_product: 'whatsapp', to, text: { body: 'hi' } }, '/type', 'discriminator'],
  ['an unknown interactive type', { messaging_product: 'whatsapp', to, type: 'interactive', interactive: { type: 'poll', body } }, '/interactive/type', 'discriminator'],
  ['an interactive type that does not match its action', { messaging_product: 'whatsapp', to, type: 'interactive', interactive: { type: 'list', body, action: { buttons: [button(1)] } } }, '/interactive/action/button', 'required'],
];

describe('generated validator: documented limits', () => {
  it('accepts the messages the limit cases start from', () => {
    for (const message of [buttons({}), list({})]) expect(validateSendMessageRequest(message), JSON.stringify(validateSendMessageRequest.errors)).toBe(true);
  });

  // The member the message's `type` picks is the only one validated (discriminator), so the first
  // error is about the message as meant, not "text is required" from the first member of the union.
  it.each([...overLimit, ...unionCases])('rejects %s; the first error names the field', (_what, message, field, keyword) => {
    expect(validateSendMessageRequest(message)).toBe(false);
    const [first] = validateSendMessageRequest.errors ?? [];
    expect(first, JSON.stringify(validateSendMessageRequest.errors)).toBeDefined();
    expect(`${fieldOf(first!)} ${first!.keyword}`).toBe(`${field} ${keyword}`);
  });
});

/** Classic bad inputs, each of which must reach Prism and be refused there. */
const issueBadInputs = [
  'four reply buttons',
  'a 21-character button title',
  '11 list rows in a section',
  'a text over 4,096 characters',
  'media with neither id nor link',
  'a template without a language',
  'a type that does not match its object',
];

describe('contract: Prism rejects the bad inputs, naming the field', () => {
  const prismCases = overLimit.filter(([what]) => issueBadInputs.includes(what));
  it('covers every bad input of the list', () => expect(prismCases.map(([what]) => what).sort()).toEqual([...issueBadInputs].sort()));

  // Sent through the transport, below messages.send: the facade refuses 11 list rows itself, and
  // this is about what Prism (the spec) says.
  it.each(prismCases)('Prism rejects %s with a parameter error and a violation naming the field', async (_what, message, field, keyword) => {
    const error = await wa.transport.request('POST', '/106540352242922/messages', { body: message }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphApiError);
    expect(error).toMatchObject({ status: 400, category: 'parameter', action: 'fix_and_retry' });
    // Prism reports every member of the union it tried; one of them is the member meant.
    const reported = lastViolations.map((violation) => `${violationField(violation)} ${violation.code}`);
    expect(reported, JSON.stringify(lastViolations)).toContain(`${field} ${keyword}`);
  });

  it('6 + 5 list rows pass the schema (Prism accepts them) but the facade refuses them before sending', async () => {
    const sixAndFive = list({ sections: [{ title: 'A', rows: rows(6) }, { title: 'B', rows: rows(5) }] });
    await expect(wa.transport.request('POST', '/106540352242922/messages', { body: sixAndFive })).resolves.toBeTruthy();
    expect(lastViolations).toEqual([]);
    const before = requestsSent;
    const error = await wa.messages.send(sixAndFive as OutboundMessage).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MessageLimitError);
    expect(error).toMatchObject({ field: '/interactive/action/sections', limit: 10, actual: 11 });
    expect(requestsSent).toBe(before);
  });
});
