// Compile-time checks of message history, business compliance, Official Business Account and
// Multi-Partner Solutions (run by test/spec/typecheck.test.ts).
import { createWhatsApp, type BusinessComplianceDetails, type MessageDeliveryStatus, type Solution } from '../../src/index.js';

const wa = createWhatsApp({ accessToken: 't', phoneNumberId: '1', wabaId: '2', appId: '3' });
const officer = { name: 'Chandravati P.', email: 'chandravati@luckyshrub.com', mobile_number: '+913854559033' };
const care = { email: 'support@luckyshrub.com', mobile_number: '+913854559033' };

export async function historyChecks() {
  const page = await wa.messageHistory.list({ message_id: 'wamid.HBgL', fields: ['id', 'events{delivery_status}'], limit: 100 });
  // @ts-expect-error the page size is a number
  await wa.messageHistory.list({ limit: '100' });
  // @ts-expect-error status_filter belongs to a record's events, not to the record list
  await wa.messageHistory.list({ status_filter: 'FAILED' });
  await wa.messageHistory.listEvents('1234567890123456', { status_filter: 'FAILED' });
  // @ts-expect-error a misspelt status is not a filter
  await wa.messageHistory.listEvents('1234567890123456', { status_filter: 'DELIVRED' });
  // @ts-expect-error the history id is a string (ids overflow numbers)
  await wa.messageHistory.listEvents(1234567890123456);
  for await (const change of wa.messageHistory.listEvents('1234567890123456')) {
    // Statuses are open: one Meta adds later is still a string.
    const status: MessageDeliveryStatus | undefined = change.node.delivery_status;
    const text: string | undefined = status;
    void text;
  }
  return page.data[0]?.events?.data[0]?.webhook_update_state;
}

export async function complianceChecks() {
  await wa.businessCompliance.update({ entity_name: 'Lucky Shrub', entity_type: 'PARTNERSHIP', is_registered: true, grievance_officer_details: officer, customer_care_details: care });
  await wa.businessCompliance.update({
    entity_name: 'Lucky Shrub Growers',
    entity_type: 'OTHER',
    entity_type_custom: "Farmers' cooperative society",
    grievance_officer_details: officer,
    customer_care_details: care,
  });
  // @ts-expect-error OTHER needs entity_type_custom to say what kind of business it is
  await wa.businessCompliance.update({ entity_name: 'Lucky Shrub', entity_type: 'OTHER', grievance_officer_details: officer, customer_care_details: care });
  const company: BusinessComplianceDetails = {
    entity_name: 'Lucky Shrub Private Limited',
    entity_type: 'PRIVATE_COMPANY',
    grievance_officer_details: officer,
    customer_care_details: care,
    // @ts-expect-error a company counts as registered: only PARTNERSHIP and OTHER say so
    is_registered: true,
  };
  // @ts-expect-error not a kind of business Graph knows
  await wa.businessCompliance.update({ ...company, entity_type: 'LLC' });
  // @ts-expect-error customer care contacts are required
  await wa.businessCompliance.update({ entity_name: 'Lucky Shrub', entity_type: 'PUBLIC_COMPANY', grievance_officer_details: officer });
  // @ts-expect-error the grievance officer needs a name
  await wa.businessCompliance.update({ ...company, grievance_officer_details: { email: 'a@b.in', mobile_number: '+913854559033' } });
  const current = (await wa.businessCompliance.get()).data[0];
  // What Graph returns is a label, not the request's enum.
  const label: string | null | undefined = current?.entity_type;
  return label;
}

export async function officialBusinessAccountChecks() {
  await wa.officialBusinessAccount.apply({ business_website_url: 'https://www.luckyshrub.com', primary_country_of_operation: 'India' });
  // @ts-expect-error the country of operation is required
  await wa.officialBusinessAccount.apply({ business_website_url: 'https://www.luckyshrub.com' });
  // @ts-expect-error supporting links are a list
  await wa.officialBusinessAccount.apply({ business_website_url: 'https://www.luckyshrub.com', primary_country_of_operation: 'India', supporting_links: 'https://news.example.com' });
  // @ts-expect-error no such field: the website goes in business_website_url
  await wa.officialBusinessAccount.apply({ website: 'https://www.luckyshrub.com', primary_country_of_operation: 'India' });
  const status = await wa.officialBusinessAccount.status({ fields: ['oba_status'] });
  const open: string | undefined = status.oba_status;
  return open;
}

export async function solutionChecks() {
  const created = await wa.solutions.create({ solution_name: 'Social OVD', partner_app_id: '637576208107267', owner_permissions: [], partner_permissions: ['MESSAGING'] });
  // @ts-expect-error only MESSAGING can be set when creating a solution
  await wa.solutions.create({ solution_name: 'Social OVD', partner_app_id: '637576208107267', owner_permissions: ['MANAGE'], partner_permissions: [] });
  // @ts-expect-error a solution needs a name
  await wa.solutions.create({ partner_app_id: '637576208107267', owner_permissions: [], partner_permissions: ['MESSAGING'] });
  await wa.solutions.list({ role: 'OWNER' });
  // @ts-expect-error the role is OWNER or PARTNER
  await wa.solutions.list({ role: 'ADMIN' });
  // @ts-expect-error the customer's business portfolio id is required
  await wa.solutions.getAccessToken(created.solution_id);
  const answer = await wa.solutions.getAccessToken(created.solution_id, { business_id: '2729063490586005' });
  // Graph answers with the token alone or in a one-item list.
  const token: string | undefined = 'data' in answer ? answer.data[0]?.access_token : answer.access_token;
  const solution: Solution = await wa.solutions.get(created.solution_id, { fields: ['name', 'partners{partner_app}'] });
  const partnerApp: string | undefined = solution.partners?.data[0]?.partner_app?.name;
  for await (const business of wa.solutions.listClientBusinesses({ limit: 100 })) void business.id;
  // @ts-expect-error client businesses belong to the app: the call takes an appId, not a wabaId
  await wa.solutions.listClientBusinesses(undefined, { wabaId: '2' });
  return [token, partnerApp];
}
