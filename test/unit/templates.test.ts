import { describe, expect, it } from 'vitest';
import { createWhatsApp, GraphApiError, type TemplateCreateRequest } from '../../src/index.js';
import { validateTemplateCreateRequest } from '../../generated/validators.js';
import { stubFetch } from '../support/fetch-stub.js';

const WABA = '102290129340398';
const GRAPH = 'https://graph.facebook.com/v27.0';
const template = (id: string) => ({ id, name: `t_${id}`, language: 'en_US', status: 'APPROVED', category: 'UTILITY' });
const page = (ids: string[], after?: string) => ({
  json: {
    data: ids.map(template),
    paging: after
      ? { cursors: { before: `b${ids[0]}`, after }, next: `https://graph.facebook.com/v27.0/${WABA}/message_templates?after=${after}` }
      : { cursors: { before: `b${ids[0]}`, after: 'last' } },
  },
});

describe('templates.list and paging', () => {
  it('lists one page with filters, fields and limit', async () => {
    const { fetch, calls } = stubFetch(page(['1'], 'c1'));
    const wa = createWhatsApp({ accessToken: 't', wabaId: WABA, fetch });
    const result = await wa.templates.list({ status: 'APPROVED', category: 'MARKETING', language: 'en_US', name: 'order', fields: ['name', 'status'], limit: 2 });
    expect(result.data).toHaveLength(1);
    expect(calls[0]?.method).toBe('GET');
    expect(calls[0]?.url).toBe(
      `${GRAPH}/${WABA}/message_templates?status=APPROVED&category=MARKETING&language=en_US&name=order&fields=name%2Cstatus&limit=2`,
    );
  });

  it('walks three pages by cursor, keeping the filters, and stops on the page without paging.next', async () => {
    const { fetch, calls } = stubFetch(page(['1', '2'], 'c1'), page(['3', '4'], 'c2'), page(['5']));
    const wa = createWhatsApp({ accessToken: 't', wabaId: WABA, fetch });
    const names: string[] = [];
    for await (const t of wa.templates.list({ status: 'APPROVED', limit: 2 })) names.push(t.name ?? '');
    expect(names).toEqual(['t_1', 't_2', 't_3', 't_4', 't_5']);
    expect(calls.map((c) => c.url)).toEqual([
      `${GRAPH}/${WABA}/message_templates?status=APPROVED&limit=2`,
      `${GRAPH}/${WABA}/message_templates?status=APPROVED&limit=2&after=c1`,
      `${GRAPH}/${WABA}/message_templates?status=APPROVED&limit=2&after=c2`,
    ]);
  });

  it('yields whole pages with list().pages(), starting after a given cursor', async () => {
    const { fetch, calls } = stubFetch(page(['3'], 'c2'), page(['5']));
    const wa = createWhatsApp({ accessToken: 't', fetch });
    const seen: number[] = [];
    for await (const p of wa.templates.list({ after: 'c1' }, { wabaId: '9' }).pages()) seen.push(p.data.length);
    expect(seen).toEqual([1, 1]);
    expect(calls.map((c) => c.url)).toEqual([`${GRAPH}/9/message_templates?after=c1`, `${GRAPH}/9/message_templates?after=c2`]);
  });

  it('a cursor Graph rejects: GraphApiError from the iterator, which then stops cleanly', async () => {
    const rejected = { status: 400, json: { error: { message: 'Invalid cursor', type: 'OAuthException', code: 100 } } };
    const { fetch, calls } = stubFetch(page(['1'], 'bad'), rejected, page(['never']));
    const wa = createWhatsApp({ accessToken: 't', wabaId: WABA, fetch });
    const iterator = wa.templates.list()[Symbol.asyncIterator]();
    await expect(iterator.next()).resolves.toEqual({ done: false, value: template('1') });
    const error = await iterator.next().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphApiError);
    expect(error).toMatchObject({ code: 100, status: 400 });
    await expect(iterator.next()).resolves.toEqual({ done: true, value: undefined });
    expect(calls).toHaveLength(2);
  });

  it('does not loop on a cursor it already followed', async () => {
    const { fetch, calls } = stubFetch(page(['1'], 'same'), page(['2'], 'same'));
    const wa = createWhatsApp({ accessToken: 't', wabaId: WABA, fetch });
    const all = [];
    for await (const t of wa.templates.list()) all.push(t.id);
    expect(all).toEqual(['1', '2']);
    expect(calls).toHaveLength(2);
  });

  it('needs a WABA id (a rejection, not a throw)', async () => {
    const wa = createWhatsApp({ accessToken: 't', fetch: stubFetch().fetch });
    await expect(wa.templates.list()).rejects.toMatchObject({ name: 'WhatsAppConfigError' });
    await expect(wa.templates.list()[Symbol.asyncIterator]().next()).rejects.toMatchObject({ name: 'WhatsAppConfigError' });
  });
});

describe('templates: get, create, edit, delete', () => {
  it('gets a template by id with fields', async () => {
    const { fetch, calls } = stubFetch({ json: template('594425479261596') });
    const wa = createWhatsApp({ accessToken: 't', fetch });
    await expect(wa.templates.get('594425479261596', { fields: ['name', 'components'] })).resolves.toMatchObject({ id: '594425479261596' });
    expect(calls[0]).toMatchObject({ method: 'GET', url: `${GRAPH}/594425479261596?fields=name%2Ccomponents` });
  });

  it('creates a template with every kind of component, sent as is', async () => {
    const request: TemplateCreateRequest = {
      name: 'spring_sale',
      language: 'en_US',
      category: 'MARKETING',
      parameter_format: 'named',
      components: [
        { type: 'LIMITED_TIME_OFFER', limited_time_offer: { text: 'Ends soon!', has_expiration: true } },
        { type: 'HEADER', format: 'TEXT', text: 'Hi {{name}}', example: { header_text_named_params: [{ param_name: 'name', example: 'Ana' }] } },
        { type: 'BODY', text: 'Use {{code}} at checkout 🌸', example: { body_text_named_params: [{ param_name: 'code', example: 'SPRING' }] } },
        { type: 'FOOTER', text: 'Reply STOP to opt out' },
        {
          type: 'BUTTONS',
          buttons: [
            { type: 'COPY_CODE', example: 'SPRING' },
            { type: 'URL', text: 'Shop', url: 'https://example.com/{{1}}', example: ['https://example.com/sale'] },
            { type: 'PHONE_NUMBER', text: 'Call', phone_number: '+16467043595' },
            { type: 'QUICK_REPLY', text: 'Stop' },
            { type: 'FLOW', text: 'Book', flow_id: '1290462038723476', flow_action: 'navigate', navigate_screen: 'WELCOME' },
            { type: 'CATALOG', text: 'Catalog' },
            { type: 'MPM', text: 'Items' },
          ],
        },
      ],
    };
    const { fetch, calls } = stubFetch({ json: { id: '1', status: 'PENDING', category: 'MARKETING' } });
    const wa = createWhatsApp({ accessToken: 't', wabaId: WABA, fetch });
    await expect(wa.templates.create(request)).resolves.toEqual({ id: '1', status: 'PENDING', category: 'MARKETING' });
    expect(calls[0]).toMatchObject({ method: 'POST', url: `${GRAPH}/${WABA}/message_templates`, body: request });
    expect(calls[0]?.headers['content-type']).toBe('application/json');
  });

  it('edits a template by id', async () => {
    const { fetch, calls } = stubFetch({ json: { success: true } });
    const wa = createWhatsApp({ accessToken: 't', fetch });
    const changes = { category: 'UTILITY' as const, components: [{ type: 'BODY' as const, text: 'Order {{1}} shipped', example: { body_text: [['#1']] } }] };
    await expect(wa.templates.edit('594425479261596', changes)).resolves.toEqual({ success: true });
    expect(calls[0]).toMatchObject({ method: 'POST', url: `${GRAPH}/594425479261596`, body: changes });
  });

  it('deletes by name (all languages) or by id and name', async () => {
    const { fetch, calls } = stubFetch({ json: { success: true } });
    const wa = createWhatsApp({ accessToken: 't', wabaId: WABA, fetch });
    await wa.templates.delete({ name: 'order_shipped' });
    await wa.templates.delete({ hsm_id: '594425479261596', name: 'order_shipped' });
    expect(calls.map((c) => [c.method, c.url, c.body])).toEqual([
      ['DELETE', `${GRAPH}/${WABA}/message_templates?name=order_shipped`, undefined],
      ['DELETE', `${GRAPH}/${WABA}/message_templates?hsm_id=594425479261596&name=order_shipped`, undefined],
    ]);
  });
});

/** Template creation requests for each header format, authentication button and layout, as Graph documents them. */
const creations: [string, TemplateCreateRequest][] = [
  [
    'a VIDEO header with its sample handle',
    {
      name: 'product_tour',
      language: 'en_US',
      category: 'MARKETING',
      components: [
        { type: 'HEADER', format: 'VIDEO', example: { header_handle: ['4::dmlkZW8vbXA0:ARbTourSample:e:1681000441'] } },
        { type: 'BODY', text: 'Take a 30-second tour of {{1}}.', example: { body_text: [['the new app']] } },
        { type: 'BUTTONS', buttons: [{ type: 'URL', text: 'Watch more', url: 'https://example.com/tour' }] },
      ],
    },
  ],
  [
    'a DOCUMENT header with its sample handle',
    {
      name: 'invoice_ready',
      language: 'pt_BR',
      category: 'UTILITY',
      components: [
        { type: 'HEADER', format: 'DOCUMENT', example: { header_handle: ['4::YXBwbGljYXRpb24vcGRm:ARbInvoice'] } },
        { type: 'BODY', text: 'Sua fatura {{1}} está pronta.', example: { body_text: [['#2025-031']] } },
        { type: 'FOOTER', text: 'Loja Exemplo' },
      ],
    },
  ],
  [
    'a LOCATION header (the place is given at send time)',
    {
      name: 'pickup_point',
      language: 'en_US',
      category: 'UTILITY',
      components: [
        { type: 'HEADER', format: 'LOCATION' },
        { type: 'BODY', text: 'Your parcel {{1}} waits at this pickup point.', example: { body_text: [['PX-88']] } },
      ],
    },
  ],
  [
    'an AUTHENTICATION template: security recommendation, code expiry, copy-code OTP button, delivery TTL',
    {
      name: 'login_code',
      language: 'en_US',
      category: 'AUTHENTICATION',
      message_send_ttl_seconds: 600,
      components: [
        { type: 'BODY', add_security_recommendation: true },
        { type: 'FOOTER', code_expiration_minutes: 10 },
        { type: 'BUTTONS', buttons: [{ type: 'OTP', otp_type: 'COPY_CODE', text: 'Copy code' }] },
      ],
    },
  ],
  [
    'an OTP one-tap autofill button for an Android app',
    {
      name: 'login_code_one_tap',
      language: 'en_US',
      category: 'AUTHENTICATION',
      components: [
        { type: 'BODY', add_security_recommendation: true },
        { type: 'FOOTER', code_expiration_minutes: 5 },
        {
          type: 'BUTTONS',
          buttons: [
            { type: 'OTP', otp_type: 'ONE_TAP', text: 'Copy code', autofill_text: 'Autofill', package_name: 'com.example.shop', signature_hash: 'K8a/AINcGX7' },
          ],
        },
      ],
    },
  ],
  [
    'an OTP zero-tap button for several apps, with the zero-tap terms accepted',
    {
      name: 'login_code_zero_tap',
      language: 'en_US',
      category: 'AUTHENTICATION',
      components: [
        { type: 'BODY', add_security_recommendation: false },
        {
          type: 'BUTTONS',
          buttons: [
            {
              type: 'OTP',
              otp_type: 'ZERO_TAP',
              text: 'Copy code',
              autofill_text: 'Autofill',
              zero_tap_terms_accepted: true,
              supported_apps: [
                { package_name: 'com.example.shop', signature_hash: 'K8a/AINcGX7' },
                { package_name: 'com.example.shop.beta', signature_hash: 'Q2b/XYZcGX9' },
              ],
            },
          ],
        },
      ],
    },
  ],
  [
    'a CAROUSEL of media cards, each with a body and buttons',
    {
      name: 'boots_carousel',
      language: 'en_US',
      category: 'MARKETING',
      components: [
        { type: 'BODY', text: 'Rainy days ahead, {{1}}? ☔', example: { body_text: [['Ana']] } },
        {
          type: 'CAROUSEL',
          cards: ['Card1', 'Card2'].map((card) => ({
            components: [
              { type: 'HEADER' as const, format: 'IMAGE' as const, example: { header_handle: [`4::aW1hZ2UvcG5n:ARb${card}`] } },
              { type: 'BODY' as const, text: 'Rain boots, {{1}} off', example: { body_text: [['15%']] } },
              {
                type: 'BUTTONS' as const,
                buttons: [
                  { type: 'QUICK_REPLY' as const, text: 'More like this' },
                  { type: 'URL' as const, text: 'Buy', url: 'https://example.com/boots/{{1}}', example: [`https://example.com/boots/${card}`] },
                ],
              },
            ],
          })),
        },
      ],
    },
  ],
  [
    'a limited-time offer with an image header, a copy-code and a URL button',
    {
      name: 'flash_sale',
      language: 'en_US',
      category: 'MARKETING',
      components: [
        { type: 'HEADER', format: 'IMAGE', example: { header_handle: ['4::aW1hZ2UvanBlZw==:ARbSale'] } },
        { type: 'LIMITED_TIME_OFFER', limited_time_offer: { text: 'Ends tonight!', has_expiration: true } },
        { type: 'BODY', text: 'Good news, {{1}}! Use {{2}} for 30% off.', example: { body_text: [['Ana', 'FLASH30']] } },
        {
          type: 'BUTTONS',
          buttons: [
            { type: 'COPY_CODE', example: 'FLASH30' },
            { type: 'URL', text: 'Shop now', url: 'https://example.com/sale?code={{1}}', example: ['https://example.com/sale?code=FLASH30'] },
          ],
        },
      ],
    },
  ],
];

describe('templates.create: exact requests', () => {
  it.each(creations)('%s', async (_name, request) => {
    // Each request is one the spec accepts: the types let it through, and so does the schema.
    expect(validateTemplateCreateRequest(request), JSON.stringify(validateTemplateCreateRequest.errors)).toBe(true);
    const { fetch, calls } = stubFetch({ json: { id: '594425479261596', status: 'PENDING', category: request.category } });
    const wa = createWhatsApp({ accessToken: 'EAAG-token', wabaId: WABA, fetch });
    await expect(wa.templates.create(request)).resolves.toEqual({ id: '594425479261596', status: 'PENDING', category: request.category });
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ method: 'POST', url: `${GRAPH}/${WABA}/message_templates` });
    expect(calls[0]?.headers).toMatchObject({ authorization: 'Bearer EAAG-token', 'content-type': 'application/json' });
    // Sent as given: the same JSON, key for key, nothing renamed or added.
    expect(calls[0]?.rawBody).toBe(JSON.stringify(request));
  });
});

describe('call options', () => {
  it('passes the caller signal through on management calls', async () => {
    const { fetch, calls } = stubFetch({ json: { data: [] } });
    const wa = createWhatsApp({ accessToken: 't', wabaId: WABA, phoneNumberId: '1', fetch, timeoutMs: 0 });
    const controller = new AbortController();
    await wa.templates.list(undefined, { signal: controller.signal });
    await wa.subscriptions.list({ signal: controller.signal });
    await wa.media.get('5', undefined, { signal: controller.signal });
    expect(calls.map((c) => c.signal)).toEqual([controller.signal, controller.signal, controller.signal]);
  });
});
