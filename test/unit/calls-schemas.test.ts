// The calling shapes that must be open where Graph adds things and closed where a mistake is the
// caller's: settings as read vs. settings as sent, and the one 200 answer of the calls endpoint.
// Checked with the generated validators the SDK ships and with the bundled spec itself.
import { describe, expect, it } from 'vitest';
import {
  validateCallingSettings,
  validateCallingSettingsUpdate,
  validatePhoneNumberSettings,
  validateUpdatePhoneNumberSettingsRequest,
} from '../../generated/validators.js';
import { schemaValidator, spec } from '../support/spec.js';

const SERVER = { hostname: 'sip.example.com', port: 5061 };

describe('calling settings as Graph returns them: open', () => {
  it('keeps keys and enum values Meta adds, at every level', () => {
    const read = {
      status: 'ENABLED',
      call_icon_visibility: 'SHOW_TO_CONTACTS_ONLY',
      call_hours: {
        status: 'ENABLED',
        timezone_id: 'Europe/Lisbon',
        weekly_operating_hours: [{ day_of_week: 'MONDAY', open_time: '0900', close_time: '1800', label: 'morning' }],
        holiday_schedule: [{ date: '2026-12-25', start_time: '0000', end_time: '2359', note: 'closed' }],
        overflow_queue: true,
      },
      call_icons: { restrict_to_user_countries: ['US'], hide_on_desktop: true },
      sip: { status: 'ENABLED', servers: [{ ...SERVER, sip_user_password: 'W9q#k2', transport: 'TLS' }], media_encryption: 'SRTP' },
      audio: { additional_codecs: ['PCMA', 'G722'], noise_suppression: true },
      restrictions: { restrictions_list: [{ type: 'A_NEW_RESTRICTION', expiration: 1767225600 }] },
      video: { status: 'ENABLED' },
    };
    expect(validateCallingSettings(read), JSON.stringify(validateCallingSettings.errors)).toBe(true);
    expect(validatePhoneNumberSettings({ calling: read, a_new_area: { status: 'ON' } })).toBe(true);
  });
});

describe('calling settings as sent: closed', () => {
  const update = {
    status: 'ENABLED',
    call_icon_visibility: 'SOME_LATER_VALUE',
    call_hours: { status: 'ENABLED', timezone_id: 'Europe/Lisbon', weekly_operating_hours: [{ day_of_week: 'MONDAY', open_time: '0900', close_time: '1800' }] },
    sip: { status: 'ENABLED', servers: [SERVER] },
  };

  it('accepts every writable field, enum values included that Meta adds later', () => {
    expect(validateCallingSettingsUpdate(update), JSON.stringify(validateCallingSettingsUpdate.errors)).toBe(true);
    expect(validateUpdatePhoneNumberSettingsRequest({ calling: update })).toBe(true);
  });

  it.each([
    ['a misspelt key', { ...update, callback_permision_status: 'ENABLED' }, '/'],
    ['a misspelt key inside call_hours', { ...update, call_hours: { ...update.call_hours, timezone: 'Europe/Lisbon' } }, '/call_hours'],
    ['a misspelt key inside a weekly window', { call_hours: { weekly_operating_hours: [{ day_of_week: 'MONDAY', open: '0900', close_time: '1800' }] } }, '/call_hours/weekly_operating_hours/0'],
    ['the read-only restrictions', { ...update, restrictions: { restrictions_list: [] } }, '/'],
    ['a SIP password (Meta generates it)', { sip: { servers: [{ ...SERVER, sip_user_password: 'x' }] } }, '/sip/servers/0'],
    ['a time that is not HHMM', { call_hours: { weekly_operating_hours: [{ day_of_week: 'MONDAY', open_time: '9:00', close_time: '1800' }] } }, '/call_hours/weekly_operating_hours/0/open_time'],
  ])('rejects %s', (_name, body, where) => {
    expect(validateCallingSettingsUpdate(body)).toBe(false);
    const paths = (validateCallingSettingsUpdate.errors ?? []).map((error) => error.instancePath || '/');
    expect(paths).toContain(where);
    expect(validateUpdatePhoneNumberSettingsRequest({ calling: body })).toBe(false);
  });
});

describe('the 200 answer of POST /{phone-number-id}/calls', () => {
  const ok = spec.paths['/{phone-number-id}/calls'].post.responses['200'].content['application/json'];
  const validate = schemaValidator(ok.schema);

  it('has an example of each shape, and each validates', () => {
    expect(Object.keys(ok.examples).sort()).toEqual(['applied', 'connected']);
    for (const example of Object.values(ok.examples) as { value: unknown }[]) expect(validate(example.value), JSON.stringify(validate.errors)).toBe(true);
  });

  it('accepts either shape, also with keys Graph adds, and rejects an answer that is neither', () => {
    const connected = { messaging_product: 'whatsapp', calls: [{ id: 'wacid.A' }] };
    expect(validate(connected)).toBe(true);
    expect(validate({ success: true })).toBe(true);
    // An answer with both properties matches both members: anyOf takes it, a oneOf would not.
    expect(validate({ ...connected, success: true })).toBe(true);
    expect(validate({ messaging_product: 'whatsapp' })).toBe(false);
  });
});
