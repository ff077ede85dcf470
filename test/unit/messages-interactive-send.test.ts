// messages.send() with every interactive type. The expected request body is written out as the
// JSON Graph documents for that type, independently of the object handed to send(), so a facade
// that changed, dropped or added anything would fail here.
import { describe, it } from 'vitest';
import type { OutboundMessage } from '../../src/index.js';
import { messagesClient } from './messages-harness.js';

const to = '16505551234';

/** [interactive type, what the caller passes to send(), the request body Graph documents]. */
const cases: [string, OutboundMessage, string][] = [
  [
    'button',
    {
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to,
      type: 'interactive',
      interactive: {
        type: 'button',
        header: { type: 'text', text: 'Order 8812' },
        body: { text: 'Did the parcel arrive?' },
        footer: { text: 'Reply within 24 hours' },
        action: {
          buttons: [
            { type: 'reply', reply: { id: 'arrived-ok', title: 'Yes, all good' } },
            { type: 'reply', reply: { id: 'arrived-damaged', title: 'It is damaged' } },
          ],
        },
      },
    },
    `{
      "messaging_product": "whatsapp",
      "recipient_type": "individual",
      "to": "16505551234",
      "type": "interactive",
      "interactive": {
        "type": "button",
        "header": { "type": "text", "text": "Order 8812" },
        "body": { "text": "Did the parcel arrive?" },
        "footer": { "text": "Reply within 24 hours" },
        "action": {
          "buttons": [
            { "type": "reply", "reply": { "id": "arrived-ok", "title": "Yes, all good" } },
            { "type": "reply", "reply": { "id": "arrived-damaged", "title": "It is damaged" } }
          ]
        }
      }
    }`,
  ],
  [
    'list',
    {
      messaging_product: 'whatsapp',
      to,
      type: 'interactive',
      interactive: {
        type: 'list',
        header: { type: 'text', text: 'Delivery' },
        body: { text: 'Pick a slot' },
        footer: { text: 'Local times' },
        action: {
          button: 'Choose slot',
          sections: [
            { title: 'Tomorrow', rows: [{ id: 'am', title: '9:00–12:00' }, { id: 'pm', title: '14:00–18:00', description: 'Someone must be home' }] },
            { title: 'Saturday', rows: [{ id: 'sat', title: '10:00–14:00' }] },
          ],
        },
      },
    },
    `{
      "messaging_product": "whatsapp",
      "to": "16505551234",
      "type": "interactive",
      "interactive": {
        "type": "list",
        "header": { "type": "text", "text": "Delivery" },
        "body": { "text": "Pick a slot" },
        "footer": { "text": "Local times" },
        "action": {
          "button": "Choose slot",
          "sections": [
            {
              "title": "Tomorrow",
              "rows": [
                { "id": "am", "title": "9:00–12:00" },
                { "id": "pm", "title": "14:00–18:00", "description": "Someone must be home" }
              ]
            },
            { "title": "Saturday", "rows": [{ "id": "sat", "title": "10:00–14:00" }] }
          ]
        }
      }
    }`,
  ],
  [
    'flow',
    {
      messaging_product: 'whatsapp',
      to,
      type: 'interactive',
      interactive: {
        type: 'flow',
        body: { text: 'Choose a day' },
        action: {
          name: 'flow',
          parameters: {
            flow_message_version: '3',
            flow_token: 'booking-7781',
            flow_name: 'table_booking',
            flow_cta: 'Book now',
            flow_action: 'navigate',
            mode: 'draft',
            flow_action_payload: { screen: 'PICK_DATE', data: { 'Party-Size': 2, snake_key: [1, { camelCase: null }] } },
          },
        },
      },
    },
    `{
      "messaging_product": "whatsapp",
      "to": "16505551234",
      "type": "interactive",
      "interactive": {
        "type": "flow",
        "body": { "text": "Choose a day" },
        "action": {
          "name": "flow",
          "parameters": {
            "flow_message_version": "3",
            "flow_token": "booking-7781",
            "flow_name": "table_booking",
            "flow_cta": "Book now",
            "flow_action": "navigate",
            "mode": "draft",
            "flow_action_payload": { "screen": "PICK_DATE", "data": { "Party-Size": 2, "snake_key": [1, { "camelCase": null }] } }
          }
        }
      }
    }`,
  ],
  [
    'cta_url',
    {
      messaging_product: 'whatsapp',
      to,
      type: 'interactive',
      interactive: {
        type: 'cta_url',
        header: { type: 'image', image: { link: 'https://example.com/parcel.png' } },
        body: { text: 'Your parcel is on its way.' },
        action: { name: 'cta_url', parameters: { display_text: 'Track parcel', url: 'https://example.com/track/8812' } },
      },
    },
    `{
      "messaging_product": "whatsapp",
      "to": "16505551234",
      "type": "interactive",
      "interactive": {
        "type": "cta_url",
        "header": { "type": "image", "image": { "link": "https://example.com/parcel.png" } },
        "body": { "text": "Your parcel is on its way." },
        "action": { "name": "cta_url", "parameters": { "display_text": "Track parcel", "url": "https://example.com/track/8812" } }
      }
    }`,
  ],
  [
    'product',
    {
      messaging_product: 'whatsapp',
      to,
      type: 'interactive',
      interactive: { type: 'product', body: { text: 'Back in stock' }, footer: { text: 'While it lasts' }, action: { catalog_id: '194836987003835', product_retailer_id: 'sku-1' } },
    },
    `{
      "messaging_product": "whatsapp",
      "to": "16505551234",
      "type": "interactive",
      "interactive": {
        "type": "product",
        "body": { "text": "Back in stock" },
        "footer": { "text": "While it lasts" },
        "action": { "catalog_id": "194836987003835", "product_retailer_id": "sku-1" }
      }
    }`,
  ],
  [
    'product_list',
    {
      messaging_product: 'whatsapp',
      to,
      type: 'interactive',
      interactive: {
        type: 'product_list',
        header: { type: 'text', text: "Tonight's menu" },
        body: { text: 'Order by 21:00' },
        action: { catalog_id: '194836987003835', sections: [{ title: 'Pizzas', product_items: [{ product_retailer_id: 'sku-1' }, { product_retailer_id: 'sku-2' }] }] },
      },
    },
    `{
      "messaging_product": "whatsapp",
      "to": "16505551234",
      "type": "interactive",
      "interactive": {
        "type": "product_list",
        "header": { "type": "text", "text": "Tonight's menu" },
        "body": { "text": "Order by 21:00" },
        "action": {
          "catalog_id": "194836987003835",
          "sections": [
            { "title": "Pizzas", "product_items": [{ "product_retailer_id": "sku-1" }, { "product_retailer_id": "sku-2" }] }
          ]
        }
      }
    }`,
  ],
  [
    'catalog_message',
    {
      messaging_product: 'whatsapp',
      to,
      type: 'interactive',
      interactive: { type: 'catalog_message', body: { text: 'Browse our catalog' }, action: { name: 'catalog_message', parameters: { thumbnail_product_retailer_id: 'sku-1' } } },
    },
    `{
      "messaging_product": "whatsapp",
      "to": "16505551234",
      "type": "interactive",
      "interactive": {
        "type": "catalog_message",
        "body": { "text": "Browse our catalog" },
        "action": { "name": "catalog_message", "parameters": { "thumbnail_product_retailer_id": "sku-1" } }
      }
    }`,
  ],
  [
    'location_request_message',
    {
      messaging_product: 'whatsapp',
      to,
      type: 'interactive',
      interactive: { type: 'location_request_message', body: { text: 'Where should we deliver?' }, action: { name: 'send_location' } },
    },
    `{
      "messaging_product": "whatsapp",
      "to": "16505551234",
      "type": "interactive",
      "interactive": {
        "type": "location_request_message",
        "body": { "text": "Where should we deliver?" },
        "action": { "name": "send_location" }
      }
    }`,
  ],
  [
    'address_message',
    {
      messaging_product: 'whatsapp',
      to,
      type: 'interactive',
      interactive: {
        type: 'address_message',
        body: { text: 'Where should we deliver?' },
        action: { name: 'address_message', parameters: { country: 'IN', values: { name: 'Priya', in_pin_code: '400063' }, saved_addresses: [{ id: 'home', value: { city: 'Mumbai' } }] } },
      },
    },
    `{
      "messaging_product": "whatsapp",
      "to": "16505551234",
      "type": "interactive",
      "interactive": {
        "type": "address_message",
        "body": { "text": "Where should we deliver?" },
        "action": {
          "name": "address_message",
          "parameters": {
            "country": "IN",
            "values": { "name": "Priya", "in_pin_code": "400063" },
            "saved_addresses": [{ "id": "home", "value": { "city": "Mumbai" } }]
          }
        }
      }
    }`,
  ],
  [
    'call_permission_request',
    {
      messaging_product: 'whatsapp',
      to,
      type: 'interactive',
      interactive: { type: 'call_permission_request', body: { text: 'May we call you?' }, action: { name: 'call_permission_request' } },
    },
    `{
      "messaging_product": "whatsapp",
      "to": "16505551234",
      "type": "interactive",
      "interactive": {
        "type": "call_permission_request",
        "body": { "text": "May we call you?" },
        "action": { "name": "call_permission_request" }
      }
    }`,
  ],
  [
    'carousel',
    {
      messaging_product: 'whatsapp',
      to,
      type: 'interactive',
      interactive: {
        type: 'carousel',
        body: { text: 'New this week' },
        action: {
          cards: [
            {
              card_index: 0,
              type: 'cta_url',
              header: { type: 'image', image: { link: 'https://example.com/b.png' } },
              body: { text: 'Trail boots' },
              action: { name: 'cta_url', parameters: { display_text: 'Buy', url: 'https://example.com/p/b' } },
            },
            { card_index: 1, type: 'cta_url', header: { type: 'video', video: { id: '9' } }, action: { name: 'cta_url', parameters: { display_text: 'Buy', url: 'https://example.com/p/s' } } },
          ],
        },
      },
    },
    `{
      "messaging_product": "whatsapp",
      "to": "16505551234",
      "type": "interactive",
      "interactive": {
        "type": "carousel",
        "body": { "text": "New this week" },
        "action": {
          "cards": [
            {
              "card_index": 0,
              "type": "cta_url",
              "header": { "type": "image", "image": { "link": "https://example.com/b.png" } },
              "body": { "text": "Trail boots" },
              "action": { "name": "cta_url", "parameters": { "display_text": "Buy", "url": "https://example.com/p/b" } }
            },
            {
              "card_index": 1,
              "type": "cta_url",
              "header": { "type": "video", "video": { "id": "9" } },
              "action": { "name": "cta_url", "parameters": { "display_text": "Buy", "url": "https://example.com/p/s" } }
            }
          ]
        }
      }
    }`,
  ],
  [
    'order_details',
    {
      messaging_product: 'whatsapp',
      to,
      type: 'interactive',
      interactive: {
        type: 'order_details',
        body: { text: 'Ready to pay' },
        action: {
          name: 'review_and_pay',
          parameters: {
            reference_id: 'order-8812',
            type: 'digital-goods',
            payment_type: 'upi',
            payment_configuration: 'main-upi',
            currency: 'INR',
            total_amount: { value: 1100, offset: 100 },
            order: {
              status: 'pending',
              items: [{ retailer_id: 'sku-1', name: 'Bread', amount: { value: 1500, offset: 100 }, sale_amount: { value: 1000, offset: 100 }, quantity: 1 }],
              subtotal: { value: 1000, offset: 100 },
              tax: { value: 100, offset: 100, description: 'GST' },
              shipping: { value: 100, offset: 100 },
              discount: { value: 100, offset: 100, discount_program_name: 'Launch' },
            },
          },
        },
      },
    },
    `{
      "messaging_product": "whatsapp",
      "to": "16505551234",
      "type": "interactive",
      "interactive": {
        "type": "order_details",
        "body": { "text": "Ready to pay" },
        "action": {
          "name": "review_and_pay",
          "parameters": {
            "reference_id": "order-8812",
            "type": "digital-goods",
            "payment_type": "upi",
            "payment_configuration": "main-upi",
            "currency": "INR",
            "total_amount": { "value": 1100, "offset": 100 },
            "order": {
              "status": "pending",
              "items": [
                {
                  "retailer_id": "sku-1",
                  "name": "Bread",
                  "amount": { "value": 1500, "offset": 100 },
                  "sale_amount": { "value": 1000, "offset": 100 },
                  "quantity": 1
                }
              ],
              "subtotal": { "value": 1000, "offset": 100 },
              "tax": { "value": 100, "offset": 100, "description": "GST" },
              "shipping": { "value": 100, "offset": 100 },
              "discount": { "value": 100, "offset": 100, "discount_program_name": "Launch" }
            }
          }
        }
      }
    }`,
  ],
  [
    'order_status',
    {
      messaging_product: 'whatsapp',
      to,
      type: 'interactive',
      interactive: { type: 'order_status', body: { text: 'Shipped' }, action: { name: 'review_order', parameters: { reference_id: 'order-8812', order: { status: 'shipped', description: 'Arrives Thursday' } } } },
    },
    `{
      "messaging_product": "whatsapp",
      "to": "16505551234",
      "type": "interactive",
      "interactive": {
        "type": "order_status",
        "body": { "text": "Shipped" },
        "action": {
          "name": "review_order",
          "parameters": { "reference_id": "order-8812", "order": { "status": "shipped", "description": "Arrives Thursday" } }
        }
      }
    }`,
  ],
];

describe('messages.send: every interactive type leaves the facade as Graph documents it', () => {
  it.each(cases)('%s', async (_type, message, documented) => {
    const { wa, sent } = messagesClient();
    await wa.messages.send(message);
    sent(JSON.parse(documented));
  });
});
