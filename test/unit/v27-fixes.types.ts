// Compile-time checks of the read-side template components, the phone number's search fields and
// string coordinates (run by test/spec/typecheck.test.ts).
import { createWhatsApp, type PhoneNumber, type Template } from '../../src/index.js';

const wa = createWhatsApp({ accessToken: 't', phoneNumberId: '1', wabaId: '2' });

export async function v27FixChecks(template: Template, number: PhoneNumber) {
  await wa.messages.sendLocation('16505551234', { latitude: '37.483307', longitude: '-122.148981' });
  await wa.messages.sendLocation('16505551234', { latitude: 37.483307, longitude: -122.148981 });
  // @ts-expect-error coordinates are numbers or numeric strings, not booleans
  await wa.messages.sendLocation('16505551234', { latitude: true, longitude: 0 });
  await wa.templates.create({ name: 'callback', language: 'en_US', category: 'UTILITY', components: [{ type: 'body', text: 'Hi' }, { type: 'call_permission_request' }] });

  const bodyText: string | undefined = template.components?.find((c) => c.type === 'BODY')?.text;
  const urls: (string | undefined)[] = (template.components ?? []).flatMap((c) => c.buttons ?? []).map((b) => b.url);
  // @ts-expect-error a component's text is a string
  const notANumber: number | undefined = template.components?.[0]?.text;

  const visibility: string | undefined = number.search_visibility;
  const eligibility: string | undefined = number.eligibility_for_api_business_global_search;
  const limit: string | undefined = number.whatsapp_business_manager_messaging_limit;
  return [bodyText, urls, notANumber, visibility, eligibility, limit];
}
