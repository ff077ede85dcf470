// Template messages: every component, parameter and button kind. The expected request body is
// written out as the JSON Graph documents, independently of the object handed to the facade, and
// checked for both sendTemplate() and send().
import { describe, it } from 'vitest';
import type { Schemas } from '../../src/index.js';
import { messagesClient } from './messages-harness.js';

type Template = Schemas['TemplateMessageContent'];

/** The request body of a template message to 16505551234, around the documented `template` JSON. */
const body = (template: string) => `{
  "messaging_product": "whatsapp",
  "recipient_type": "individual",
  "to": "16505551234",
  "type": "template",
  "template": ${template}
}`;

/** [variant, the template the caller passes, the `template` object Graph documents]. */
const cases: [string, Template, string][] = [
  ['hello_world without components', { name: 'hello_world', language: { code: 'en_US' } }, `{ "name": "hello_world", "language": { "code": "en_US" } }`],
  [
    'header text, body text / currency / date_time, deterministic policy',
    {
      name: 'order_update',
      language: { code: 'en_US', policy: 'deterministic' },
      components: [
        { type: 'header', parameters: [{ type: 'text', text: '8812' }] },
        {
          type: 'body',
          parameters: [
            { type: 'text', text: 'Pablo' },
            { type: 'currency', currency: { fallback_value: '$100.99', code: 'USD', amount_1000: 100990 } },
            {
              type: 'date_time',
              date_time: { fallback_value: 'February 25, 1977', calendar: 'GREGORIAN', year: 1977, month: 2, day_of_month: 25, day_of_week: 5, hour: 15, minute: 33 },
            },
          ],
        },
      ],
    },
    `{
      "name": "order_update",
      "language": { "code": "en_US", "policy": "deterministic" },
      "components": [
        { "type": "header", "parameters": [{ "type": "text", "text": "8812" }] },
        {
          "type": "body",
          "parameters": [
            { "type": "text", "text": "Pablo" },
            { "type": "currency", "currency": { "fallback_value": "$100.99", "code": "USD", "amount_1000": 100990 } },
            {
              "type": "date_time",
              "date_time": {
                "fallback_value": "February 25, 1977",
                "calendar": "GREGORIAN",
                "year": 1977,
                "month": 2,
                "day_of_month": 25,
                "day_of_week": 5,
                "hour": 15,
                "minute": 33
              }
            }
          ]
        }
      ]
    }`,
  ],
  [
    'named parameters',
    { name: 'welcome', language: { code: 'pt_BR' }, components: [{ type: 'body', parameters: [{ type: 'text', parameter_name: 'first_name', text: 'Ana' }] }] },
    `{
      "name": "welcome",
      "language": { "code": "pt_BR" },
      "components": [{ "type": "body", "parameters": [{ "type": "text", "parameter_name": "first_name", "text": "Ana" }] }]
    }`,
  ],
  [
    'image header by link',
    { name: 'sale', language: { code: 'en' }, components: [{ type: 'header', parameters: [{ type: 'image', image: { link: 'https://example.com/s.png' } }] }] },
    `{
      "name": "sale",
      "language": { "code": "en" },
      "components": [{ "type": "header", "parameters": [{ "type": "image", "image": { "link": "https://example.com/s.png" } }] }]
    }`,
  ],
  [
    'video header by id',
    { name: 'tour', language: { code: 'en' }, components: [{ type: 'header', parameters: [{ type: 'video', video: { id: '77' } }] }] },
    `{
      "name": "tour",
      "language": { "code": "en" },
      "components": [{ "type": "header", "parameters": [{ "type": "video", "video": { "id": "77" } }] }]
    }`,
  ],
  [
    'document header with filename',
    { name: 'ticket', language: { code: 'en' }, components: [{ type: 'header', parameters: [{ type: 'document', document: { link: 'https://example.com/t.pdf', filename: 'ticket.pdf' } }] }] },
    `{
      "name": "ticket",
      "language": { "code": "en" },
      "components": [
        { "type": "header", "parameters": [{ "type": "document", "document": { "link": "https://example.com/t.pdf", "filename": "ticket.pdf" } }] }
      ]
    }`,
  ],
  [
    'location header',
    { name: 'pickup', language: { code: 'en' }, components: [{ type: 'header', parameters: [{ type: 'location', location: { latitude: 37.48, longitude: -122.14, name: 'HQ', address: '1 Hacker Way' } }] }] },
    `{
      "name": "pickup",
      "language": { "code": "en" },
      "components": [
        {
          "type": "header",
          "parameters": [{ "type": "location", "location": { "latitude": 37.48, "longitude": -122.14, "name": "HQ", "address": "1 Hacker Way" } }]
        }
      ]
    }`,
  ],
  [
    'quick_reply and url buttons',
    {
      name: 'shipped',
      language: { code: 'en' },
      components: [
        { type: 'button', sub_type: 'quick_reply', index: '0', parameters: [{ type: 'payload', payload: 'reorder' }] },
        { type: 'button', sub_type: 'url', index: 1, parameters: [{ type: 'text', text: 'track/8812' }] },
      ],
    },
    `{
      "name": "shipped",
      "language": { "code": "en" },
      "components": [
        { "type": "button", "sub_type": "quick_reply", "index": "0", "parameters": [{ "type": "payload", "payload": "reorder" }] },
        { "type": "button", "sub_type": "url", "index": 1, "parameters": [{ "type": "text", "text": "track/8812" }] }
      ]
    }`,
  ],
  [
    'copy_code button',
    { name: 'coupon', language: { code: 'en' }, components: [{ type: 'button', sub_type: 'copy_code', index: 0, parameters: [{ type: 'coupon_code', coupon_code: 'SUMMER25' }] }] },
    `{
      "name": "coupon",
      "language": { "code": "en" },
      "components": [
        { "type": "button", "sub_type": "copy_code", "index": 0, "parameters": [{ "type": "coupon_code", "coupon_code": "SUMMER25" }] }
      ]
    }`,
  ],
  [
    'authentication: otp in body and url button',
    {
      name: 'verify',
      language: { code: 'en' },
      components: [
        { type: 'body', parameters: [{ type: 'text', text: '482913' }] },
        { type: 'button', sub_type: 'url', index: '0', parameters: [{ type: 'text', text: '482913' }] },
      ],
    },
    `{
      "name": "verify",
      "language": { "code": "en" },
      "components": [
        { "type": "body", "parameters": [{ "type": "text", "text": "482913" }] },
        { "type": "button", "sub_type": "url", "index": "0", "parameters": [{ "type": "text", "text": "482913" }] }
      ]
    }`,
  ],
  [
    'otp sub_type',
    { name: 'verify_otp', language: { code: 'en' }, components: [{ type: 'button', sub_type: 'otp', index: 0, parameters: [{ type: 'text', text: '482913' }] }] },
    `{
      "name": "verify_otp",
      "language": { "code": "en" },
      "components": [{ "type": "button", "sub_type": "otp", "index": 0, "parameters": [{ "type": "text", "text": "482913" }] }]
    }`,
  ],
  [
    'flow button with opaque action data (keys kept as given)',
    {
      name: 'book',
      language: { code: 'en' },
      components: [
        { type: 'button', sub_type: 'flow', index: '0', parameters: [{ type: 'action', action: { flow_token: 'tok', flow_action_data: { 'Party-Size': 2, nested: { camelCase: true } } } }] },
      ],
    },
    `{
      "name": "book",
      "language": { "code": "en" },
      "components": [
        {
          "type": "button",
          "sub_type": "flow",
          "index": "0",
          "parameters": [
            { "type": "action", "action": { "flow_token": "tok", "flow_action_data": { "Party-Size": 2, "nested": { "camelCase": true } } } }
          ]
        }
      ]
    }`,
  ],
  [
    'catalog button',
    { name: 'catalog', language: { code: 'en' }, components: [{ type: 'button', sub_type: 'catalog', index: 0, parameters: [{ type: 'action', action: { thumbnail_product_retailer_id: 'sku-1' } }] }] },
    `{
      "name": "catalog",
      "language": { "code": "en" },
      "components": [
        {
          "type": "button",
          "sub_type": "catalog",
          "index": 0,
          "parameters": [{ "type": "action", "action": { "thumbnail_product_retailer_id": "sku-1" } }]
        }
      ]
    }`,
  ],
  [
    'mpm button',
    {
      name: 'menu',
      language: { code: 'en' },
      components: [
        {
          type: 'button',
          sub_type: 'mpm',
          index: 0,
          parameters: [{ type: 'action', action: { thumbnail_product_retailer_id: 'sku-1', sections: [{ title: 'Pizzas', product_items: [{ product_retailer_id: 'sku-1' }, { product_retailer_id: 'sku-2' }] }] } }],
        },
      ],
    },
    `{
      "name": "menu",
      "language": { "code": "en" },
      "components": [
        {
          "type": "button",
          "sub_type": "mpm",
          "index": 0,
          "parameters": [
            {
              "type": "action",
              "action": {
                "thumbnail_product_retailer_id": "sku-1",
                "sections": [
                  { "title": "Pizzas", "product_items": [{ "product_retailer_id": "sku-1" }, { "product_retailer_id": "sku-2" }] }
                ]
              }
            }
          ]
        }
      ]
    }`,
  ],
  [
    'carousel cards (media and product headers)',
    {
      name: 'carousel',
      language: { code: 'en' },
      components: [
        { type: 'body', parameters: [{ type: 'text', text: 'Ana' }] },
        {
          type: 'carousel',
          cards: [
            {
              card_index: 0,
              components: [
                { type: 'header', parameters: [{ type: 'image', image: { id: '1' } }] },
                { type: 'body', parameters: [{ type: 'text', text: '10%' }] },
                { type: 'button', sub_type: 'quick_reply', index: 0, parameters: [{ type: 'payload', payload: 'more-0' }] },
              ],
            },
            {
              card_index: 1,
              components: [
                { type: 'header', parameters: [{ type: 'product', product: { product_retailer_id: 'sku-2', catalog_id: '194836987003835' } }] },
                { type: 'button', sub_type: 'url', index: 0, parameters: [{ type: 'text', text: 'p/2' }] },
              ],
            },
          ],
        },
      ],
    },
    `{
      "name": "carousel",
      "language": { "code": "en" },
      "components": [
        { "type": "body", "parameters": [{ "type": "text", "text": "Ana" }] },
        {
          "type": "carousel",
          "cards": [
            {
              "card_index": 0,
              "components": [
                { "type": "header", "parameters": [{ "type": "image", "image": { "id": "1" } }] },
                { "type": "body", "parameters": [{ "type": "text", "text": "10%" }] },
                { "type": "button", "sub_type": "quick_reply", "index": 0, "parameters": [{ "type": "payload", "payload": "more-0" }] }
              ]
            },
            {
              "card_index": 1,
              "components": [
                {
                  "type": "header",
                  "parameters": [{ "type": "product", "product": { "product_retailer_id": "sku-2", "catalog_id": "194836987003835" } }]
                },
                { "type": "button", "sub_type": "url", "index": 0, "parameters": [{ "type": "text", "text": "p/2" }] }
              ]
            }
          ]
        }
      ]
    }`,
  ],
  [
    'limited-time offer with a coupon code',
    {
      name: 'lto',
      language: { code: 'en' },
      components: [
        { type: 'limited_time_offer', parameters: [{ type: 'limited_time_offer', limited_time_offer: { expiration_time_ms: 1767225600000 } }] },
        { type: 'button', sub_type: 'copy_code', index: 0, parameters: [{ type: 'coupon_code', coupon_code: 'SUMMER25' }] },
        { type: 'button', sub_type: 'url', index: 1, parameters: [{ type: 'text', text: 'offer/25' }] },
      ],
    },
    `{
      "name": "lto",
      "language": { "code": "en" },
      "components": [
        {
          "type": "limited_time_offer",
          "parameters": [{ "type": "limited_time_offer", "limited_time_offer": { "expiration_time_ms": 1767225600000 } }]
        },
        { "type": "button", "sub_type": "copy_code", "index": 0, "parameters": [{ "type": "coupon_code", "coupon_code": "SUMMER25" }] },
        { "type": "button", "sub_type": "url", "index": 1, "parameters": [{ "type": "text", "text": "offer/25" }] }
      ]
    }`,
  ],
];

describe('messages.sendTemplate', () => {
  it.each(cases)('%s', async (_variant, template, documented) => {
    const { wa, sent } = messagesClient();
    await wa.messages.sendTemplate('16505551234', template);
    sent(JSON.parse(body(documented)));
  });
});

describe('messages.send with a template message', () => {
  it.each(cases)('%s', async (_variant, template, documented) => {
    const { wa, sent } = messagesClient();
    await wa.messages.send({ messaging_product: 'whatsapp', recipient_type: 'individual', to: '16505551234', type: 'template', template });
    sent(JSON.parse(body(documented)));
  });
});
