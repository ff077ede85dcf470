// The request shapes of compliance, Official Business Account and solution creation are closed,
// and carry Meta's documented rules; the answers Graph sends stay open. Checked with the generated
// validators the SDK ships.
import { describe, expect, it } from 'vitest';
import {
  validateBusinessComplianceInfo,
  validateBusinessComplianceInfoRequest,
  validateCreateSolutionRequest,
  validateMessageHistoryEventList,
  validateOfficialBusinessAccountRequest,
  validateSolution,
} from '../../generated/validators.js';

const officer = { name: 'Chandravati P.', email: 'chandravati@luckyshrub.com', mobile_number: '+913854559033' };
const care = { email: 'support@luckyshrub.com', landline_number: '+913857614343' };
const company = {
  messaging_product: 'whatsapp',
  entity_name: 'Lucky Shrub Private Limited',
  entity_type: 'PRIVATE_COMPANY',
  grievance_officer_details: officer,
  customer_care_details: care,
};

describe('compliance details as sent: one closed shape per kind of business', () => {
  it('accepts each kind with the fields it takes', () => {
    for (const details of [
      company,
      { ...company, entity_type: 'PARTNERSHIP', is_registered: false },
      { ...company, entity_type: 'OTHER', entity_type_custom: 'Trust', is_registered: true },
    ]) {
      expect(validateBusinessComplianceInfoRequest(details), JSON.stringify(validateBusinessComplianceInfoRequest.errors)).toBe(true);
    }
  });

  it('refuses is_registered on a company, entity_type_custom outside OTHER, and unknown fields', () => {
    expect(validateBusinessComplianceInfoRequest({ ...company, is_registered: true })).toBe(false);
    expect(validateBusinessComplianceInfoRequest({ ...company, entity_type: 'PARTNERSHIP', entity_type_custom: 'Trust' })).toBe(false);
    expect(validateBusinessComplianceInfoRequest({ ...company, entity_type: 'OTHER' })).toBe(false);
    expect(validateBusinessComplianceInfoRequest({ ...company, address: 'Bengaluru' })).toBe(false);
  });

  it('wants an email and at least one phone number for each contact', () => {
    expect(validateBusinessComplianceInfoRequest({ ...company, customer_care_details: { email: care.email } })).toBe(false);
    expect(validateBusinessComplianceInfoRequest({ ...company, grievance_officer_details: { name: officer.name, email: officer.email } })).toBe(false);
    expect(validateBusinessComplianceInfoRequest({ ...company, customer_care_details: { ...care, fax: '+913857614343' } })).toBe(false);
  });
});

describe('Official Business Account request: closed, with the documented limits', () => {
  const request = {
    business_website_url: 'https://www.luckyshrub.com',
    primary_country_of_operation: 'India',
    supporting_links: [1, 2, 3, 4, 5].map((n) => `https://news.example.com/${n}`),
  };

  it('accepts 5 to 10 supporting links and refuses 4, 11 and a field it does not know', () => {
    expect(validateOfficialBusinessAccountRequest(request)).toBe(true);
    expect(validateOfficialBusinessAccountRequest({ ...request, supporting_links: Array(10).fill('https://news.example.com/a') })).toBe(true);
    expect(validateOfficialBusinessAccountRequest({ ...request, supporting_links: request.supporting_links.slice(1) })).toBe(false);
    expect(validateOfficialBusinessAccountRequest({ ...request, supporting_links: Array(11).fill('https://news.example.com/a') })).toBe(false);
    expect(validateOfficialBusinessAccountRequest({ ...request, action: 'SUBMIT_APPLICATION' })).toBe(false);
  });

  it('caps the parent brand at 255 characters and the extra information at 1,000', () => {
    expect(validateOfficialBusinessAccountRequest({ ...request, parent_business_or_brand: 'b'.repeat(255), additional_supporting_information: 'i'.repeat(1000) })).toBe(true);
    expect(validateOfficialBusinessAccountRequest({ ...request, parent_business_or_brand: 'b'.repeat(256) })).toBe(false);
    expect(validateOfficialBusinessAccountRequest({ ...request, additional_supporting_information: 'i'.repeat(1001) })).toBe(false);
  });
});

describe('new solution: exactly one app sends messages', () => {
  const base = { solution_name: 'Social OVD', partner_app_id: '637576208107267' };

  it('accepts MESSAGING on either side, and refuses it on both or neither', () => {
    expect(validateCreateSolutionRequest({ ...base, owner_permissions: ['MESSAGING'], partner_permissions: [] })).toBe(true);
    expect(validateCreateSolutionRequest({ ...base, owner_permissions: [], partner_permissions: ['MESSAGING'] })).toBe(true);
    expect(validateCreateSolutionRequest({ ...base, owner_permissions: ['MESSAGING'], partner_permissions: ['MESSAGING'] })).toBe(false);
    expect(validateCreateSolutionRequest({ ...base, owner_permissions: [], partner_permissions: [] })).toBe(false);
  });
});

describe('answers Graph sends: open', () => {
  it('keep statuses and fields Meta adds later', () => {
    expect(validateSolution({ id: '1', status: 'PAUSED', owner_permissions: ['A_NEW_TASK'], a_new_field: true })).toBe(true);
    expect(validateMessageHistoryEventList({ data: [{ node: { id: '2', delivery_status: 'QUEUED', a_new_field: 1 } }] })).toBe(true);
    // Read back before anything was set, the details are nulls.
    expect(validateBusinessComplianceInfo({ messaging_product: 'whatsapp', entity_name: null, grievance_officer_details: null, is_registered: false })).toBe(true);
  });
});
