// The interactive sugar (buttons, list, flow, cta_url): each builds the JSON Graph documents.
// send() with every interactive type is in messages-interactive-send.test.ts.
import { describe, it } from 'vitest';
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
        action: {
          button: 'Choose slot',
          sections: [
            { title: 'Tomorrow', rows: [{ id: 'am', title: '9:00–12:00' }, { id: 'pm', title: '14:00–18:00', description: 'Someone must be home' }] },
            { title: 'Saturday', rows: [{ id: 'sat', title: '10:00–14:00' }] },
          ],
        },
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
