// Compile-time checks of the WABA, business portfolio and pre-verified number facades (run by
// test/spec/typecheck.test.ts).
import { createWhatsApp, type BusinessPortfolio, type PreverifiedPhoneNumber, type WhatsAppBusinessAccount } from '../../src/index.js';
import { createRawClient } from '../../src/raw/index.js';

const wa = createWhatsApp({ accessToken: 't', wabaId: '102290129340398' });
const business = '506914307656634';

export async function wabaChecks() {
  const account: WhatsAppBusinessAccount = await wa.waba.get({ fields: ['name', 'health_status'] });
  void account.health_status?.can_send_message;
  // @ts-expect-error fields is a list of names
  await wa.waba.get({ fields: 'name,currency' });

  await wa.waba.update({ is_enabled_for_insights: true });
  // @ts-expect-error Graph documents only turning template analytics on
  await wa.waba.update({ is_enabled_for_insights: false });
  // @ts-expect-error the update takes only the fields Graph documents for it
  await wa.waba.update({ is_enabled_for_insights: true, name: 'New name' });

  await wa.phoneNumbers.add({ cc: '1', phone_number: '6505550100', verified_name: 'Lucky Shrub' });
  // @ts-expect-error a new number needs its display name
  await wa.phoneNumbers.add({ cc: '1', phone_number: '6505550100' });
  // A number that moves here from another account keeps its name.
  await wa.phoneNumbers.add({ cc: '1', phone_number: '6505550100', migrate_phone_number: true });

  await wa.waba.assignUser({ user: '122101440998765432', tasks: ['MANAGE'] });
  // @ts-expect-error tasks are Graph's task names
  await wa.waba.assignUser({ user: '122101440998765432', tasks: ['ADMIN'] });
  // @ts-expect-error assigning names the user
  await wa.waba.assignUser({ tasks: ['MANAGE'] });
  // @ts-expect-error listing users needs the business portfolio whose users to list
  await wa.waba.listUsers({ limit: 10 });
  for await (const user of wa.waba.listUsers({ business })) void user.tasks;

  await wa.waba.listActivities({ since: '1751241600', limit: 50 });
  // @ts-expect-error the page size is a number
  await wa.waba.listActivities({ limit: '50' });
}

export async function businessChecks() {
  const portfolio: BusinessPortfolio = await wa.businesses.get({ fields: ['name', 'verification_status'] }, { businessId: business });
  void portfolio.verification_status;
  // @ts-expect-error the portfolio comes from the client's businessId or the call's override, not a positional id
  await wa.businesses.get(business);
  for await (const account of wa.businesses.listOwnedWabas()) void account.message_template_namespace;
  // @ts-expect-error the account lists take fields, a page size and cursors, not filters
  await wa.businesses.listClientWabas({ business_type: 'ENTERPRISE' });
  // @ts-expect-error a user's accounts are listed by the user's id
  await wa.businesses.listUserWabas({ limit: 10 });
}

export async function preverifiedChecks() {
  const { id } = await wa.preverifiedNumbers.add({ phone_number: '+16505550123' }, { businessId: business });
  await wa.preverifiedNumbers.requestCode(id, { code_method: 'SMS', language: 'en_US' });
  // @ts-expect-error code_method is SMS or VOICE
  await wa.preverifiedNumbers.requestCode(id, { code_method: 'EMAIL', language: 'en_US' });
  await wa.preverifiedNumbers.list({ code_verification_status: 'VERIFIED' });
  // @ts-expect-error the verification filter takes VERIFIED, NOT_VERIFIED or EXPIRED
  await wa.preverifiedNumbers.list({ code_verification_status: 'PENDING' });
  // @ts-expect-error sharing names the number and the partner's business
  await wa.preverifiedNumbers.share({ preverified_id: id });
  const number: PreverifiedPhoneNumber = await wa.preverifiedNumbers.get(id, { fields: ['code_verification_status'] });
  return number;
}

/** The typed raw client keeps each bare-id path on its own schemas. */
export async function rawBarePathChecks() {
  const account = await createRawClient(wa).GET('/{waba-id}', { params: { path: { 'waba-id': '1' }, query: { fields: ['currency'] } } });
  const currency: string | undefined = account.data?.currency;
  const portfolio = await createRawClient(wa).GET('/{business-id}', { params: { path: { 'business-id': '1' } } });
  // @ts-expect-error a business portfolio has no currency: /{business-id} is not /{waba-id}
  void portfolio.data?.currency;
  const number = await createRawClient(wa).GET('/{pre-verified-phone-number-id}', { params: { path: { 'pre-verified-phone-number-id': '1' } } });
  // @ts-expect-error a pre-verified number has no quality rating: it is not a business phone number
  void number.data?.quality_rating;
  return currency;
}
