// Message history, compliance, Official Business Account and solution calls take the per-call
// options of every resource: a call's own `retry` wins over the client's.
import { describe, expect, it } from 'vitest';
import { createWhatsApp, GraphApiError, type RetryOptions, type WhatsApp } from '../../src/index.js';
import { stubFetch, type StubReply } from '../support/fetch-stub.js';

const FAST: RetryOptions = { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 20 };
const throttled = { status: 400, json: { error: { message: 'Application request limit reached', type: 'OAuthException', code: 4 } } };
const answer = { json: { data: [{ access_token: 'EAAG' }], success: true, solution_id: '1' } };
const soleProprietorship = {
  entity_name: 'Lucky Shrub',
  entity_type: 'SOLE_PROPRIETORSHIP',
  grievance_officer_details: { name: 'Chandravati P.', email: 'chandravati@luckyshrub.com', mobile_number: '+913854559033' },
  customer_care_details: { email: 'care@luckyshrub.com', mobile_number: '+913854559033' },
} as const;

function client(retry: RetryOptions | undefined, ...replies: StubReply[]) {
  const stub = stubFetch(...replies);
  const wa = createWhatsApp({ accessToken: 't', phoneNumberId: '106540352242922', wabaId: '102290129340398', appId: '1581203058692316', fetch: stub.fetch, retry });
  return { wa, calls: stub.calls };
}

type Options = { retry: RetryOptions | boolean };
const operations: [string, (wa: WhatsApp, options: Options) => Promise<unknown>][] = [
  ['messageHistory.list', (wa, o) => Promise.resolve(wa.messageHistory.list({ limit: 1 }, o))],
  ['messageHistory.listEvents', (wa, o) => Promise.resolve(wa.messageHistory.listEvents('1', undefined, o))],
  ['businessCompliance.get', (wa, o) => wa.businessCompliance.get(undefined, o)],
  ['businessCompliance.update', (wa, o) => wa.businessCompliance.update(soleProprietorship, o)],
  ['officialBusinessAccount.status', (wa, o) => wa.officialBusinessAccount.status(undefined, o)],
  ['officialBusinessAccount.apply', (wa, o) => wa.officialBusinessAccount.apply({ business_website_url: 'https://a.example', primary_country_of_operation: 'India' }, o)],
  ['solutions.get', (wa, o) => wa.solutions.get('1', undefined, o)],
  ['solutions.create', (wa, o) => wa.solutions.create({ solution_name: 'S2', partner_app_id: '2', owner_permissions: ['MESSAGING'], partner_permissions: [] }, o)],
  ['solutions.accept', (wa, o) => wa.solutions.accept('1', o)],
  ['solutions.rejectDeactivation', (wa, o) => wa.solutions.rejectDeactivation('1', o)],
  ['solutions.getAccessToken', (wa, o) => wa.solutions.getAccessToken('1', { business_id: '2' }, o)],
  ['solutions.list', (wa, o) => Promise.resolve(wa.solutions.list(undefined, o))],
  ['solutions.listForWaba', (wa, o) => Promise.resolve(wa.solutions.listForWaba(undefined, o))],
  ['solutions.listClientBusinesses', (wa, o) => Promise.resolve(wa.solutions.listClientBusinesses(undefined, o))],
];

describe('history, compliance, OBA and solutions: the per-call retry option', () => {
  it.each(operations)('%s: retry false makes one call even when the client retries', async (_name, run) => {
    const { wa, calls } = client(FAST, throttled, answer);
    const error = await run(wa, { retry: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphApiError);
    expect(error).toMatchObject({ code: 4, category: 'throttling' });
    expect(calls).toHaveLength(1);
  });

  it.each(operations)('%s: a per-call retry repeats a throttled call when the client does not retry', async (_name, run) => {
    const { wa, calls } = client(undefined, throttled, throttled, answer);
    await expect(run(wa, { retry: FAST })).resolves.toBeDefined();
    expect(calls).toHaveLength(3);
    expect(calls[2]).toMatchObject({ method: calls[0]!.method, url: calls[0]!.url });
  });
});
