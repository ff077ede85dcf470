// Shapes that outside reports found too strict or too loose: each case failed validation (or was
// untyped) before and is accepted now, and the limits that remain still hold.
import { describe, expect, it } from 'vitest';
import { validateSendMessageRequest, validateTemplateCreateRequest } from '../../generated/validators.js';
import { schemaValidator } from '../support/spec.js';

const valid = (validate: { (value: unknown): boolean; errors?: unknown }, value: unknown) => {
  const ok = validate(value);
  return { ok, errors: validate.errors };
};

const location = (latitude: unknown, longitude: unknown) => ({
  messaging_product: 'whatsapp',
  to: '16505551234',
  type: 'location',
  location: { latitude, longitude, name: 'Pablo Morales' },
});

describe('outbound location coordinates', () => {
  it.each([
    ['numbers', 37.483307, -122.148981],
    ['numeric strings', '37.483307', '-122.148981'],
    ['integer strings at the limits', '-90', '180'],
  ])('accepts %s', (_what, latitude, longitude) => {
    expect(valid(validateSendMessageRequest, location(latitude, longitude))).toEqual({ ok: true, errors: null });
  });

  it.each([
    ['a latitude over 90', 90.5, 0],
    ['a string latitude over 90', '91', '0'],
    ['a string longitude under -180', '0', '-180.5'],
    ['a string that is not a number', 'north', '0'],
  ])('refuses %s', (_what, latitude, longitude) => {
    expect(validateSendMessageRequest(location(latitude, longitude))).toBe(false);
  });

  it('also takes strings in a template location header', () => {
    const template = {
      messaging_product: 'whatsapp',
      to: '16505551234',
      type: 'template',
      template: {
        name: 'pickup',
        language: { code: 'en' },
        components: [{ type: 'header', parameters: [{ type: 'location', location: { latitude: '37.48', longitude: '-122.14', name: 'HQ', address: '1 Hacker Way' } }] }],
      },
    };
    expect(valid(validateSendMessageRequest, template)).toEqual({ ok: true, errors: null });
  });
});

const body = { type: 'body', text: 'Hi {{1}}, may we call you about your order?', example: { body_text: [['Pablo']] } };

describe('template creation', () => {
  it('accepts the call_permission_request component, in either case', () => {
    for (const type of ['call_permission_request', 'CALL_PERMISSION_REQUEST']) {
      const request = { name: 'callback_permission', language: 'en_US', category: 'UTILITY', components: [body, { type }] };
      expect(valid(validateTemplateCreateRequest, request)).toEqual({ ok: true, errors: null });
    }
  });

  it('accepts lower-case component types as Meta writes them, with the same limits as upper case', () => {
    const request = {
      name: 'order_shipped',
      language: 'en_US',
      category: 'UTILITY',
      components: [
        { type: 'header', format: 'TEXT', text: 'Order {{1}}', example: { header_text: ['#8812'] } },
        body,
        { type: 'footer', text: 'Reply STOP to opt out' },
        { type: 'buttons', buttons: [{ type: 'QUICK_REPLY', text: 'Stop updates' }] },
      ],
    };
    expect(valid(validateTemplateCreateRequest, request)).toEqual({ ok: true, errors: null });
    const tooLong = { ...request, components: [{ type: 'footer', text: 'x'.repeat(61) }] };
    expect(validateTemplateCreateRequest(tooLong)).toBe(false);
    expect(validateTemplateCreateRequest({ ...request, components: [{ type: 'Body', text: 'Hi' }] })).toBe(false);
  });

  it('accepts lower-case types inside carousel cards', () => {
    const card = { components: [{ type: 'header', format: 'IMAGE', example: { header_handle: ['4::aW1hZ2UvcG5n:ARb1'] } }, { type: 'buttons', buttons: [{ type: 'QUICK_REPLY', text: 'More' }] }] };
    const request = { name: 'boots', language: 'en_US', category: 'MARKETING', components: [body, { type: 'carousel', cards: [card, card] }] };
    expect(valid(validateTemplateCreateRequest, request)).toEqual({ ok: true, errors: null });
  });
});

describe('a fetched template', () => {
  const validate = schemaValidator({ $ref: '#/components/schemas/Template' });

  it('validates a recorded answer with every component kind and keeps its fields typed', () => {
    const template = {
      id: '594425479261596',
      name: 'order_shipped',
      language: 'en_US',
      status: 'APPROVED',
      category: 'UTILITY',
      components: [
        { type: 'HEADER', format: 'IMAGE', example: { header_handle: ['https://scontent.whatsapp.net/v/sample.jpg'] } },
        { type: 'BODY', text: 'Hi {{1}}, your order ships today.', example: { body_text: [['Jessica']] } },
        { type: 'FOOTER', text: 'Reply STOP to opt out' },
        {
          type: 'BUTTONS',
          buttons: [
            { type: 'URL', text: 'Track', url: 'https://example.com/track/{{1}}', example: ['https://example.com/track/8812'] },
            { type: 'PHONE_NUMBER', text: 'Call us', phone_number: '+16467043595' },
            { type: 'COPY_CODE', example: 'SUMMER25' },
            { type: 'FLOW', text: 'Book', flow_id: '1290462038723476', flow_action: 'NAVIGATE', navigate_screen: 'WELCOME' },
          ],
        },
        { type: 'CALL_PERMISSION_REQUEST' },
      ],
    };
    expect(validate(template), JSON.stringify(validate.errors)).toBe(true);
  });

  it('refuses a body text that is not a string (it was untyped before)', () => {
    expect(validate({ id: '1', components: [{ type: 'BODY', text: 42 }] })).toBe(false);
    expect(validate({ id: '1', components: [{ type: 'BUTTONS', buttons: [{ type: 'URL', url: ['x'] }] }] })).toBe(false);
  });

  it('stays open to component kinds and fields Graph adds', () => {
    expect(validate({ id: '1', components: [{ type: 'SOMETHING_NEW', extra: { a: 1 } }] })).toBe(true);
  });
});

describe('a phone number', () => {
  const validate = schemaValidator({ $ref: '#/components/schemas/PhoneNumber' });

  it('declares business search and the portfolio messaging limit', () => {
    const number = {
      id: '106540352242922',
      search_visibility: 'NON_VISIBLE',
      eligibility_for_api_business_global_search: 'NON_ELIGIBLE_UNDEFINED_COUNTRY',
      whatsapp_business_manager_messaging_limit: 'TIER_2K',
      messaging_limit_tier: 'TIER_2K',
    };
    expect(validate(number), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ id: '1', search_visibility: true })).toBe(false);
  });
});
