// Message history, business compliance, Official Business Account and Multi-Partner Solutions
// through Prism, which checks each request against the spec and answers from its examples.
// GET /{solution-id} is a bare-id path, served on its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createWhatsApp,
  GraphApiError,
  type BusinessComplianceDetails,
  type CreateSolutionRequest,
  type OfficialBusinessAccountRequest,
  type WhatsApp,
} from '../../src/index.js';
import { startPrism, type PrismServer } from '../support/prism.js';

const PHONE = '106540352242922';
const WABA = '102290129340398';
const APP = '1581203058692316';
const SOLUTION = '795033096057724';
const officer = { name: 'Chandravati P.', email: 'chandravati@luckyshrub.com', mobile_number: '+913854559033' };
const care = { email: 'support@luckyshrub.com', landline_number: '+913857614343' };
const oba: OfficialBusinessAccountRequest = {
  business_website_url: 'https://www.luckyshrub.com',
  primary_country_of_operation: 'India',
  primary_language: 'English',
  parent_business_or_brand: 'Lucky Shrub Holdings',
  supporting_links: [1, 2, 3, 4, 5].map((n) => `https://news.example.com/lucky-shrub-${n}`),
  additional_supporting_information: 'Featured in two national gardening magazines.',
};

function withPrism(barePath: string | undefined, body: (client: () => WhatsApp, server: () => PrismServer) => void) {
  let prism: PrismServer;
  let wa: WhatsApp;
  beforeAll(async () => {
    prism = await startPrism(barePath ? { barePath } : {});
    wa = createWhatsApp({ accessToken: 'test-token', phoneNumberId: PHONE, wabaId: WABA, appId: APP, baseUrl: prism.baseUrl });
  });
  afterAll(() => prism?.stop());
  body(
    () => wa,
    () => prism,
  );
}

/** Prism refused the call, and its log says why. */
async function refused(prism: PrismServer, call: () => Promise<unknown>, reason: RegExp) {
  const before = prism.log().length;
  const error = await call().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(GraphApiError);
  expect(prism.log().slice(before)).toMatch(reason);
}

describe('contract: message history, compliance, Official Business Account, solution lists and actions', () => {
  withPrism(undefined, (wa, prism) => {
    it('listMessageHistory: a wamid filter, nested fields and the page size; every page', async () => {
      const page = await wa().messageHistory.list({
        message_id: 'wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI5QTNEQTA2RjdGMEY4RTRGAA==',
        fields: ['id', 'message_id', 'events{delivery_status,timestamp,webhook_update_state}'],
        limit: 100,
      });
      expect(page.data[0]).toMatchObject({ id: expect.any(String), message_id: expect.stringMatching(/^wamid\./) });
      const entries = [];
      for await (const entry of wa().messageHistory.list({ limit: 25 })) entries.push(entry);
      expect(entries.length).toBeGreaterThan(0);
    });

    it('listMessageHistoryEvents: a status filter; every change, edge by edge', async () => {
      const page = await wa().messageHistory.listEvents('1234567890123456', { status_filter: 'FAILED', fields: ['cursor', 'node{id,delivery_status}'] });
      expect(page.data[0]).toMatchObject({ node: { id: expect.any(String) } });
      const edges = [];
      for await (const edge of wa().messageHistory.listEvents('1234567890123456')) edges.push(edge);
      expect(edges[0]).toMatchObject({ cursor: expect.any(String), node: { delivery_status: expect.any(String) } });
    });

    it('Prism refuses a page over 100 and a status it does not know', async () => {
      await refused(prism(), () => wa().messageHistory.list({ limit: 101 }), /limit/);
      await refused(prism(), () => wa().messageHistory.listEvents('1234567890123456', { status_filter: 'LOST' as 'FAILED' }), /status_filter/);
    });

    it('getBusinessComplianceInfo and updateBusinessComplianceInfo for each kind of business', async () => {
      await expect(wa().businessCompliance.get({ fields: ['entity_name', 'entity_type'] })).resolves.toMatchObject({ data: [{ entity_name: expect.any(String) }] });
      const updates: BusinessComplianceDetails[] = [
        { entity_name: 'Lucky Shrub Private Limited', entity_type: 'PRIVATE_COMPANY', grievance_officer_details: officer, customer_care_details: care },
        { entity_name: 'Lucky Shrub', entity_type: 'PARTNERSHIP', is_registered: true, grievance_officer_details: officer, customer_care_details: care },
        {
          entity_name: 'Lucky Shrub Growers',
          entity_type: 'OTHER',
          entity_type_custom: "Farmers' cooperative society",
          is_registered: false,
          grievance_officer_details: { ...officer, landline_number: '+913857614343' },
          customer_care_details: { ...care, mobile_number: '+913854559033' },
        },
      ];
      for (const details of updates) await expect(wa().businessCompliance.update(details)).resolves.toEqual({ success: true });
    });

    // Prism does not apply `unevaluatedProperties`: extra fields (`is_registered` on a company) are
    // checked with the generated validators in test/unit/history-solutions-schemas.test.ts.
    it('Prism refuses compliance details that break the documented rules', async () => {
      const company = { entity_name: 'Lucky Shrub Private Limited', entity_type: 'PRIVATE_COMPANY', grievance_officer_details: officer, customer_care_details: care };
      const cases: [Record<string, unknown>, RegExp][] = [
        [{ ...company, entity_type: 'OTHER' }, /entity_type_custom/],
        [{ ...company, entity_name: 'L' }, /fewer than 2 characters/],
        [{ ...company, customer_care_details: { email: 'support@luckyshrub.com' } }, /fewer than 2 (properties|items)/],
        [{ ...company, grievance_officer_details: { ...officer, mobile_number: '03854559033' } }, /pattern/],
      ];
      for (const [details, reason] of cases) await refused(prism(), () => wa().businessCompliance.update(details as unknown as BusinessComplianceDetails), reason);
    });

    it('getOfficialBusinessAccountStatus and requestOfficialBusinessAccount', async () => {
      await expect(wa().officialBusinessAccount.status({ fields: ['oba_status', 'status_message'] })).resolves.toMatchObject({ oba_status: expect.any(String) });
      await expect(wa().officialBusinessAccount.apply(oba)).resolves.toEqual({ success: true });
      await expect(
        wa().officialBusinessAccount.apply({ business_website_url: 'https://www.luckyshrub.com', primary_country_of_operation: 'India' }),
      ).resolves.toEqual({ success: true });
    });

    it('Prism refuses fewer than 5 or more than 10 supporting links and a website that is not a URL', async () => {
      await refused(prism(), () => wa().officialBusinessAccount.apply({ ...oba, supporting_links: oba.supporting_links?.slice(0, 4) }), /fewer than 5 items/);
      await refused(prism(), () => wa().officialBusinessAccount.apply({ ...oba, supporting_links: Array(11).fill('https://news.example.com/a') }), /more than 10 items/);
      await refused(prism(), () => wa().officialBusinessAccount.apply({ ...oba, business_website_url: 'luckyshrub' }), /format/);
    });

    it('createSolution, the five answers to solution and deactivation requests, and the business token', async () => {
      await expect(
        wa().solutions.create({ solution_name: 'Social OVD with Lucky Shrub', partner_app_id: '637576208107267', owner_permissions: [], partner_permissions: ['MESSAGING'] }),
      ).resolves.toMatchObject({ solution_id: expect.any(String) });
      for (const answer of ['accept', 'reject', 'requestDeactivation', 'acceptDeactivation', 'rejectDeactivation'] as const) {
        await expect(wa().solutions[answer](SOLUTION)).resolves.toEqual({ success: true });
      }
      await expect(wa().solutions.getAccessToken(SOLUTION, { business_id: '2729063490586005' })).resolves.toBeTypeOf('object');
    });

    it('Prism refuses a solution where both apps or neither app sends messages, and a name under 2 characters', async () => {
      const base: CreateSolutionRequest = { solution_name: 'Social OVD', partner_app_id: '637576208107267', owner_permissions: ['MESSAGING'], partner_permissions: [] };
      await refused(prism(), () => wa().solutions.create({ ...base, partner_permissions: ['MESSAGING'] }), /must NOT be valid/);
      await refused(prism(), () => wa().solutions.create({ ...base, owner_permissions: [] }), /must NOT be valid/);
      await refused(prism(), () => wa().solutions.create({ ...base, solution_name: 'S' }), /fewer than 2 characters/);
      await refused(prism(), () => wa().solutions.getAccessToken(SOLUTION, { business_id: 'lucky-shrub' }), /business_id/);
    });

    it('listAppSolutions by role, listWabaSolutions and listConnectedClientBusinesses, every page', async () => {
      const mine = await wa().solutions.list({ role: 'OWNER', fields: ['name', 'status', 'status_for_pending_request'], limit: 100 });
      expect(mine.data[0]).toMatchObject({ id: expect.any(String), status: expect.any(String) });
      const onboarded = [];
      for await (const solution of wa().solutions.listForWaba()) onboarded.push(solution.id);
      expect(onboarded.length).toBeGreaterThan(0);
      const businesses = [];
      for await (const business of wa().solutions.listClientBusinesses({ fields: ['id', 'name'] })) businesses.push(business.name);
      expect(businesses).toContain('Lucky Shrub');
    });
  });
});

describe('contract: /{solution-id}', () => {
  withPrism('/{solution-id}', (wa) => {
    it('getSolution with its permissions and partners', async () => {
      const solution = await wa().solutions.get(SOLUTION, { fields: ['name', 'owner_permissions', 'partners{partner_app,partner_permissions,status}'] });
      expect(solution).toMatchObject({ id: SOLUTION, partners: { data: [{ partner_app: { id: expect.any(String) } }] } });
    });
  });
});
