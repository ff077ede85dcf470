// Interactive messages: the sugar (buttons, list, flow, cta_url) and send() for every other
// interactive type; the exact JSON Graph documents leaves the facade.
import { describe, it } from 'vitest';
import type { Schemas } from '../../src/index.js';
import { envelope, messagesClient } from './messages-harness.js';

describe('messages: interactive sugar', () => {
  it('sendButtons with an image header and a footer', async () => {
    const { wa, sent } = messagesClient();
    await wa.messages.sendButtons(
      '16505551234',
      'Did the parcel arrive?',
      [
        { id: 'ok', title: 'Yes, all good' },
        { id: 'damaged', title: 'It is damaged' },
        { id: 'missing', title: 'Not yet' },
      ],
      { header: { type: 'image', image: { link: 'https://example.com/p.png' } }, footer: 'Reply within 24 hours' },
    );
    sent({
      ...envelope,
      type: 'interactive',
      interactive: {
        type: 'button',
        header: { type: 'image', image: { link: 'https://example.com/p.png' } },
        body: { text: 'Did the parcel arrive?' },
        footer: { text: 'Reply within 24 hours' },
        action: {
          buttons: [
            { type: 'reply', reply: { id: 'ok', title: 'Yes, all good' } },
            { type: 'reply', reply: { id: 'damaged', title: 'It is damaged' } },
            { type: 'reply', reply: { id: 'missing', title: 'Not yet' } },
          ],
        },
      },
    });
  });

  it('sendButtons with a text header given as a string, no footer', async () => {
    const { wa, sent } = messagesClient();
    await wa.messages.sendButtons('16505551234', 'Confirm?', [{ id: 'y', title: 'Yes' }], { header: 'Order 8812' });
    sent({
      ...envelope,
      type: 'interactive',
      interactive: { type: 'button', header: { type: 'text', text: 'Order 8812' }, body: { text: 'Confirm?' }, action: { buttons: [{ type: 'reply', reply: { id: 'y', title: 'Yes' } }] } },
    });
  });

  it('sendList with sections, header and footer', async () => {
    const { wa, sent } = messagesClient();
    const sections = [
      { title: 'Tomorrow', rows: [{ id: 'am', title: '9:00–12:00' }, { id: 'pm', title: '14:00–18:00', description: 'Someone must be home' }] },
      { title: 'Saturday', rows: [{ id: 'sat', title: '10:00–14:00' }] },
    ];
    await wa.messages.sendList('16505551234', 'Pick a slot', 'Choose slot', sections, { header: 'Delivery', footer: 'Local times' });
    sent({
      ...envelope,
      type: 'interactive',
      interactive: {
        type: 'list',
        header: { type: 'text', text: 'Delivery' },
        body: { text: 'Pick a slot' },
        footer: { text: 'Local times' },
        action: { button: 'Choose slot', sections },
      },
    });
  });

  it('sendFlow (draft, by name) passes flow_action_payload.data through untouched', async () => {
    const { wa, sent } = messagesClient();
    const parameters = {
      flow_message_version: '3',
      flow_token: 'booking-7781',
      flow_name: 'table_booking',
      flow_cta: 'Book now',
      flow_action: 'navigate',
      mode: 'draft',
      flow_action_payload: { screen: 'PICK_DATE', data: { 'Party-Size': 2, snake_key: [1, { camelCase: null }] } },
    } as const;
    await wa.messages.sendFlow('16505551234', 'Choose a day', parameters, { header: 'Book a table', footer: 'Takes a minute' });
    sent({
      ...envelope,
      type: 'interactive',
      interactive: {
        type: 'flow',
        header: { type: 'text', text: 'Book a table' },
        body: { text: 'Choose a day' },
        footer: { text: 'Takes a minute' },
        action: { name: 'flow', parameters },
      },
    });
  });

  it('sendFlow by id with data_exchange', async () => {
    const { wa, sent } = messagesClient();
    await wa.messages.sendFlow('16505551234', 'Sign up', { flow_message_version: '3', flow_id: '1234567890', flow_cta: 'Sign up', flow_action: 'data_exchange' });
    sent({
      ...envelope,
      type: 'interactive',
      interactive: {
        type: 'flow',
        body: { text: 'Sign up' },
        action: { name: 'flow', parameters: { flow_message_version: '3', flow_id: '1234567890', flow_cta: 'Sign up', flow_action: 'data_exchange' } },
      },
    });
  });

  it('sendCtaUrl with a document header', async () => {
    const { wa, sent } = messagesClient();
    await wa.messages.sendCtaUrl(
      '16505551234',
      'Your parcel is on its way.',
      { display_text: 'Track parcel', url: 'https://example.com/track/8812' },
      { header: { type: 'document', document: { id: '5', filename: 'label.pdf' } } },
    );
    sent({
      ...envelope,
      type: 'interactive',
      interactive: {
        type: 'cta_url',
        header: { type: 'document', document: { id: '5', filename: 'label.pdf' } },
        body: { text: 'Your parcel is on its way.' },
        action: { name: 'cta_url', parameters: { display_text: 'Track parcel', url: 'https://example.com/track/8812' } },
      },
    });
  });
});

// The interactive types without sugar go through send() exactly as given.
const viaSend: [string, Schemas['InteractiveContent']][] = [
  ['product', { type: 'product', body: { text: 'Back in stock' }, footer: { text: 'While it lasts' }, action: { catalog_id: '194836987003835', product_retailer_id: 'sku-1' } }],
  [
    'product_list',
    {
      type: 'product_list',
      header: { type: 'text', text: "Tonight's menu" },
      body: { text: 'Order by 21:00' },
      action: { catalog_id: '194836987003835', sections: [{ title: 'Pizzas', product_items: [{ product_retailer_id: 'sku-1' }, { product_retailer_id: 'sku-2' }] }] },
    },
  ],
  ['catalog_message', { type: 'catalog_message', body: { text: 'Browse our catalog' }, action: { name: 'catalog_message', parameters: { thumbnail_product_retailer_id: 'sku-1' } } }],
  ['location_request_message', { type: 'location_request_message', body: { text: 'Where should we deliver?' }, action: { name: 'send_location' } }],
  [
    'address_message',
    {
      type: 'address_message',
      body: { text: 'Where should we deliver?' },
      action: { name: 'address_message', parameters: { country: 'IN', values: { name: 'Priya', in_pin_code: '400063' }, saved_addresses: [{ id: 'home', value: { city: 'Mumbai' } }] } },
    },
  ],
  ['call_permission_request', { type: 'call_permission_request', body: { text: 'May we call you?' }, action: { name: 'call_permission_request' } }],
  [
    'carousel',
    {
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
  ],
  [
    'order_details',
    {
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
  ],
  ['order_status', { type: 'order_status', body: { text: 'Shipped' }, action: { name: 'review_order', parameters: { reference_id: 'order-8812', order: { status: 'shipped', description: 'Arrives Thursday' } } } }],
];

describe('messages.send: every other interactive type', () => {
  it.each(viaSend)('%s', async (_name, interactive) => {
    const { wa, sent } = messagesClient();
    await wa.messages.send({ messaging_product: 'whatsapp', recipient_type: 'individual', to: '16505551234', type: 'interactive', interactive });
    sent({ ...envelope, type: 'interactive', interactive });
  });
});
