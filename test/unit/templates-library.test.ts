// Creating a template from Meta's Template Library goes through templates.create with the library
// fields, as Graph documents them, and archival is sent to api.facebook.com without a version.
import { describe, expect, it } from 'vitest';
import { createWhatsApp } from '../../src/index.js';
import { stubFetch } from '../support/fetch-stub.js';

const WABA = '102290129340398';

describe('library templates and archival', () => {
  it('create from the library: POST /{waba-id}/message_templates with library_template_name', async () => {
    const { fetch, calls } = stubFetch({ json: { id: '594425479261596', status: 'APPROVED', category: 'UTILITY' } });
    const wa = createWhatsApp({ accessToken: 'EAAG-token', wabaId: WABA, fetch });
    const body = { name: 'my_login', language: 'en_US', category: 'AUTHENTICATION' as const, library_template_name: 'verify_account_1', library_template_body_inputs: { add_security_recommendation: true, code_expiration_minutes: 10 }, library_template_button_inputs: [{ type: 'OTP' as const, otp_type: 'COPY_CODE' as const }] };
    await wa.templates.create(body);
    expect(calls[0]!.url).toBe(`https://graph.facebook.com/v27.0/${WABA}/message_templates`);
    expect(calls[0]!.body).toEqual(body);
  });

  it('archive: POST https://api.facebook.com/{waba-id}/message_templates/archive with hsm_ids', async () => {
    const { fetch, calls } = stubFetch({ json: { archived_templates: ['1387372356726668'], failed_templates: {} } });
    const wa = createWhatsApp({ accessToken: 'EAAG-token', wabaId: WABA, fetch });
    await expect(wa.templates.archive({ hsm_ids: ['1387372356726668'] })).resolves.toMatchObject({ archived_templates: ['1387372356726668'] });
    expect(calls[0]!.method).toBe('POST');
    expect(calls[0]!.url).toBe(`https://api.facebook.com/${WABA}/message_templates/archive`);
    expect(calls[0]!.body).toEqual({ hsm_ids: ['1387372356726668'] });
    expect(calls[0]!.headers.authorization).toBe('Bearer EAAG-token');
  });
});
