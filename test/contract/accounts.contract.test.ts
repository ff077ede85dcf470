// WhatsApp Business Accounts, business portfolios and pre-verified numbers through Prism, which
// validates each request against the spec and answers from its examples. The bare-id paths
// (/{waba-id}, /{business-id}, /{pre-verified-phone-number-id}) are served one at a time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWhatsApp, GraphApiError, type WhatsApp } from '../../src/index.js';
import { startPrism, type PrismServer } from '../support/prism.js';

const WABA = '102290129340398';
const BUSINESS = '506914307656634';
const PARTNER = '1073428562041287';
const USER = '122101440998765432';
const NUMBER = '5745365898905902';

function withPrism(barePath: string | undefined, body: (client: () => WhatsApp, server: () => PrismServer) => void) {
  let prism: PrismServer;
  let wa: WhatsApp;
  beforeAll(async () => {
    prism = await startPrism(barePath ? { barePath } : {});
    wa = createWhatsApp({ accessToken: 'test-token', wabaId: WABA, businessId: BUSINESS, baseUrl: prism.baseUrl });
  });
  afterAll(() => prism?.stop());
  body(
    () => wa,
    () => prism,
  );
}

/** Prism refused the request as breaking the spec. */
async function refused(call: Promise<unknown>) {
  const error = await call.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(GraphApiError);
  expect(error).toMatchObject({ status: 400 });
}

describe('contract: account edges', () => {
  withPrism(undefined, (wa) => {
    it('addPhoneNumber (phoneNumbers.add)', async () => {
      await expect(wa().phoneNumbers.add({ cc: '1', phone_number: '6505550100', verified_name: 'Lucky Shrub' })).resolves.toMatchObject({ id: expect.any(String) });
      await expect(
        wa().phoneNumbers.add({ cc: '55', phone_number: '11987654321', migrate_phone_number: true }),
      ).resolves.toMatchObject({ id: expect.any(String) });
    });

    it('Prism refuses a number with a + in it, a country code of letters, and a new number without a name', async () => {
      await refused(wa().phoneNumbers.add({ cc: '1', phone_number: '+16505550100', verified_name: 'Lucky Shrub' }));
      await refused(wa().phoneNumbers.add({ cc: 'US', phone_number: '6505550100', verified_name: 'Lucky Shrub' }));
      await refused(wa().phoneNumbers.add({ cc: '1', phone_number: '6505550100' } as never));
      // A migrating number is no pre-verified one: the spec's two request shapes stay apart.
      await refused(wa().phoneNumbers.add({ cc: '1', phone_number: '6505550100', migrate_phone_number: true, preverified_id: NUMBER }));
    });

    it('listWabaAssignedUsers, assignWabaUser, removeWabaUser', async () => {
      const page = await wa().waba.listUsers({ business: BUSINESS, fields: ['name', 'tasks'], limit: 25 });
      expect(page.data[0]).toHaveProperty('id');
      for await (const user of wa().waba.listUsers({ business: BUSINESS })) {
        expect(user).toHaveProperty('id');
        break;
      }
      await expect(wa().waba.assignUser({ user: USER, tasks: ['DEVELOP', 'MANAGE_TEMPLATES'] })).resolves.toMatchObject({ success: true });
      await expect(wa().waba.removeUser({ user: USER })).resolves.toMatchObject({ success: true });
    });

    it('Prism refuses an assignment without tasks and a listing without a business', async () => {
      await refused(wa().waba.assignUser({ user: USER, tasks: [] as never }));
      await refused(Promise.resolve(wa().waba.listUsers({} as never)));
    });

    it('listWabaActivities in a time range', async () => {
      const page = await wa().waba.listActivities({ since: '1751241600', until: '2025-07-31T23:59:59Z', limit: 100, fields: ['event_type', 'timestamp'] });
      expect(page.data[0]).toHaveProperty('id');
      await refused(Promise.resolve(wa().waba.listActivities({ limit: 500 })));
    });

    it('listOwned-, listClient- and listUserWhatsAppBusinessAccounts', async () => {
      await expect(Promise.resolve(wa().businesses.listOwnedWabas({ fields: ['name', 'currency'], limit: 10 }))).resolves.toMatchObject({ data: expect.any(Array) });
      await expect(Promise.resolve(wa().businesses.listClientWabas({ after: 'QVFI' }))).resolves.toMatchObject({ data: expect.any(Array) });
      for await (const account of wa().businesses.listUserWabas(USER)) {
        expect(account).toHaveProperty('id');
        break;
      }
    });

    it('addPreverifiedPhoneNumber, listPreverifiedPhoneNumbers, sharePreverifiedPhoneNumber', async () => {
      await expect(wa().preverifiedNumbers.add({ phone_number: '+16505550123' })).resolves.toMatchObject({ id: expect.any(String) });
      const page = await wa().preverifiedNumbers.list({ code_verification_status: 'EXPIRED', phone_number: '+16505550123' });
      expect(page.data[0]).toHaveProperty('code_verification_status');
      await expect(wa().preverifiedNumbers.share({ preverified_id: NUMBER, partner_business_id: PARTNER })).resolves.toMatchObject({ success: true });
    });

    it('Prism refuses a pre-verified number that is not a phone number, and an unknown verification state', async () => {
      await refused(wa().preverifiedNumbers.add({ phone_number: 'call me' }));
      await refused(Promise.resolve(wa().preverifiedNumbers.list({ code_verification_status: 'PENDING' as never })));
    });
  });
});

describe('contract: /{waba-id}', () => {
  withPrism('/{waba-id}', (wa) => {
    it('getWhatsAppBusinessAccount and updateWhatsAppBusinessAccount', async () => {
      const account = await wa().waba.get({ fields: ['name', 'currency', 'timezone_id', 'message_template_namespace', 'health_status'] });
      expect(account).toMatchObject({ id: expect.any(String) });
      await expect(wa().waba.update({ is_enabled_for_insights: true })).resolves.toBeTypeOf('object');
    });

    it('Prism refuses turning template analytics off and changing the name', async () => {
      await refused(wa().waba.update({ is_enabled_for_insights: false } as never));
      await refused(wa().waba.update({ is_enabled_for_insights: true, name: 'Renamed' } as never));
    });
  });
});

describe('contract: /{business-id}', () => {
  withPrism('/{business-id}', (wa) => {
    it('getBusinessPortfolio', async () => {
      await expect(wa().businesses.get({ fields: ['name', 'verification_status'] })).resolves.toMatchObject({ id: expect.any(String) });
    });
  });
});

describe('contract: /{pre-verified-phone-number-id}', () => {
  withPrism('/{pre-verified-phone-number-id}', (wa, prism) => {
    it('getPreverifiedPhoneNumber, listPreverifiedPhoneNumberPartners, deletePreverifiedPhoneNumber', async () => {
      const number = await wa().preverifiedNumbers.get(NUMBER, { fields: ['phone_number', 'code_verification_status', 'verification_expiry_time'] });
      expect(number).toMatchObject({ id: expect.any(String) });
      await expect(wa().preverifiedNumbers.listPartners(NUMBER, { limit: 10 })).resolves.toMatchObject({ data: expect.any(Array) });
      await expect(wa().preverifiedNumbers.delete(NUMBER)).resolves.toMatchObject({ success: true });
    });

    it('requestPreverifiedPhoneNumberCode and verifyPreverifiedPhoneNumberCode', async () => {
      await expect(wa().preverifiedNumbers.requestCode(NUMBER, { code_method: 'SMS', language: 'en_US' })).resolves.toMatchObject({ success: true });
      await expect(wa().preverifiedNumbers.verifyCode(NUMBER, { code: '123456' })).resolves.toMatchObject({ success: true });
      await refused(wa().preverifiedNumbers.verifyCode(NUMBER, { code: '12-34' }));
    });

    it('serves /request_code and /verify_code from the pre-verified number paths only', () => {
      // Prism lists its routes at start-up, path parameters filled in from their examples: the
      // pre-verified number id's, never the business phone number id's (106540352242922).
      const routes = prism()
        .log()
        .split('\n')
        .filter((line) => /(request|verify)_code$/.test(line.trim()));
      expect(routes.map((line) => line.trim().split('/').slice(-2).join('/'))).toEqual([`${NUMBER}/request_code`, `${NUMBER}/verify_code`]);
    });
  });
});
