// The REQUEST_CONTACT_INFO template button: a fixed label and no send-time parameters.
import { describe, expect, it } from 'vitest';
import { validateTemplateCreateRequest } from '../../generated/validators.js';

const template = (button: unknown) => ({
  name: 'delivery_contact',
  language: 'en_US',
  category: 'UTILITY',
  components: [
    { type: 'BODY', text: 'Your order is on its way. Share your number so the courier can reach you.' },
    { type: 'BUTTONS', buttons: [button] },
  ],
});

describe('REQUEST_CONTACT_INFO button', () => {
  it('is accepted with no label or with the fixed one', () => {
    expect(validateTemplateCreateRequest(template({ type: 'REQUEST_CONTACT_INFO' }))).toBe(true);
    expect(validateTemplateCreateRequest(template({ type: 'REQUEST_CONTACT_INFO', text: 'Share Contact Info' }))).toBe(true);
  });

  it('is refused with another label or extra fields', () => {
    expect(validateTemplateCreateRequest(template({ type: 'REQUEST_CONTACT_INFO', text: 'Send number' }))).toBe(false);
    expect(validateTemplateCreateRequest(template({ type: 'REQUEST_CONTACT_INFO', url: 'https://example.com' }))).toBe(false);
  });
});
