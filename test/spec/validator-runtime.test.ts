// The generated validators call our own helpers for `format`, `maxLength` and `uniqueItems`
// (scripts/lib/validator-runtime.mjs). Each helper is exercised here through a generated
// validator, so a helper that the compiled code calls the wrong way fails this file.
import { describe, expect, it } from 'vitest';
import { validateContactCard, validateCreateFlowRequest, validateSubscribeAppRequest, validateTextContent } from '../../generated/validators.js';

describe('helpers behind the generated validators', () => {
  it('format: date accepts real calendar dates only', () => {
    const card = (birthday: string) => validateContactCard({ name: { formatted_name: 'Ana' }, birthday });
    expect(card('1990-07-14')).toBe(true);
    expect(card('2024-02-29')).toBe(true);
    for (const bad of ['2023-02-29', '1990-13-01', '1990-00-10', '1990-04-31', '14/07/1990', '1990-7-14', '']) {
      expect(card(bad), bad).toBe(false);
      expect(validateContactCard.errors?.[0]?.keyword).toBe('format');
    }
  });

  it('format: uri accepts absolute URIs and refuses relative paths, spaces and raw non-ASCII', () => {
    const subscribe = (override_callback_uri: string) => validateSubscribeAppRequest({ override_callback_uri, verify_token: 't' });
    for (const good of ['https://hooks.example.com/whatsapp?x=1#top', 'https://[::1]:8443/hook', 'https://example.com/caf%C3%A9']) {
      expect(subscribe(good), good).toBe(true);
    }
    for (const bad of ['/relative/path', 'https://example.com/a b', 'https://example.com/café', 'no-scheme', 'https://exa<mple>.com']) {
      expect(subscribe(bad), bad).toBe(false);
    }
  });

  it('maxLength counts code points, so an emoji with a skin tone is two, not four', () => {
    expect(validateTextContent({ body: '👍🏽'.repeat(2048) })).toBe(true);
    expect(validateTextContent({ body: `${'👍🏽'.repeat(2048)}!` })).toBe(false);
  });

  it('uniqueItems compares values, not references', () => {
    expect(validateCreateFlowRequest({ name: 'booking', categories: ['SURVEY', 'OTHER'] })).toBe(true);
    expect(validateCreateFlowRequest({ name: 'booking', categories: ['SURVEY', 'OTHER', 'SURVEY'] })).toBe(false);
    expect(validateCreateFlowRequest.errors?.[0]?.keyword).toBe('uniqueItems');
  });
});
