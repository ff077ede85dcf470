import { describe, expect, it } from 'vitest';
import { createWhatsApp } from '../../src/index.js';
import { stubFetch } from '../support/fetch-stub.js';

const PHONE = '106540352242922';
const GRAPH = 'https://graph.facebook.com/v27.0';
const CODE = 'ANED2T5QRU7HG1';
const qr = { code: CODE, prefilled_message: 'Which plants are in season? 🌿', deep_link_url: `https://wa.me/message/${CODE}` };

describe('qrCodes', () => {
  it('saves a new QR code with a picture, and a new message for an existing code', async () => {
    const { fetch, calls } = stubFetch({ json: { ...qr, qr_image_url: 'https://scontent.example/qr.svg' } }, { json: qr });
    const wa = createWhatsApp({ accessToken: 't', phoneNumberId: PHONE, fetch });
    await expect(wa.qrCodes.save({ prefilled_message: 'Which plants are in season? 🌿', generate_qr_image: 'SVG' })).resolves.toMatchObject({
      code: CODE,
      qr_image_url: 'https://scontent.example/qr.svg',
    });
    await wa.qrCodes.save({ code: CODE, prefilled_message: 'What is on sale?' }, { phoneNumberId: '7' });
    expect(calls.map((c) => [c.method, c.url, c.body])).toEqual([
      ['POST', `${GRAPH}/${PHONE}/message_qrdls`, { prefilled_message: 'Which plants are in season? 🌿', generate_qr_image: 'SVG' }],
      ['POST', `${GRAPH}/7/message_qrdls`, { code: CODE, prefilled_message: 'What is on sale?' }],
    ]);
  });

  it('lists with a filter and walks the pages, asking for a picture of each code', async () => {
    const { fetch, calls } = stubFetch(
      { json: { data: [qr], paging: { cursors: { after: 'q1' }, next: `${GRAPH}/${PHONE}/message_qrdls?after=q1` } } },
      { json: { data: [{ ...qr, code: 'WOMVT6TJ2BP7A1' }], paging: { cursors: { after: 'q2' } } } },
    );
    const wa = createWhatsApp({ accessToken: 't', phoneNumberId: PHONE, fetch });
    const codes: string[] = [];
    for await (const each of wa.qrCodes.list({ limit: 10 }, { imageFormat: 'PNG' })) codes.push(each.code);
    expect(codes).toEqual([CODE, 'WOMVT6TJ2BP7A1']);
    const fields = 'fields=code%2Cprefilled_message%2Cdeep_link_url%2Cqr_image_url.format(PNG)';
    expect(calls.map((c) => c.url)).toEqual([
      `${GRAPH}/${PHONE}/message_qrdls?limit=10&${fields}`,
      `${GRAPH}/${PHONE}/message_qrdls?limit=10&${fields}&after=q1`,
    ]);
  });

  it('lists by code with the caller’s own fields, unchanged without a picture', async () => {
    const { fetch, calls } = stubFetch({ json: { data: [qr] } });
    const wa = createWhatsApp({ accessToken: 't', phoneNumberId: PHONE, fetch });
    await wa.qrCodes.list({ code: CODE, fields: ['code', 'prefilled_message'] });
    await wa.qrCodes.list();
    expect(calls.map((c) => c.url)).toEqual([`${GRAPH}/${PHONE}/message_qrdls?code=${CODE}&fields=code%2Cprefilled_message`, `${GRAPH}/${PHONE}/message_qrdls`]);
  });

  it('gets one code (unwrapping the one-item list) and deletes it', async () => {
    const { fetch, calls } = stubFetch({ json: { data: [qr] } }, { json: { data: [] } }, { json: { success: true } });
    const wa = createWhatsApp({ accessToken: 't', phoneNumberId: PHONE, fetch });
    await expect(wa.qrCodes.get(CODE, { fields: ['code', 'deep_link_url'] }, { imageFormat: 'SVG' })).resolves.toEqual(qr);
    await expect(wa.qrCodes.get('NOPE')).resolves.toBeUndefined();
    await expect(wa.qrCodes.delete(CODE)).resolves.toEqual({ success: true });
    expect(calls.map((c) => [c.method, c.url])).toEqual([
      ['GET', `${GRAPH}/${PHONE}/message_qrdls/${CODE}?fields=code%2Cdeep_link_url%2Cqr_image_url.format(SVG)`],
      ['GET', `${GRAPH}/${PHONE}/message_qrdls/NOPE`],
      ['DELETE', `${GRAPH}/${PHONE}/message_qrdls/${CODE}`],
    ]);
  });

  it('refuses a code that would leave its own path segment, in the helpers too, before sending', async () => {
    const { fetch, calls } = stubFetch({ json: { success: true } });
    const wa = createWhatsApp({ accessToken: 't', phoneNumberId: PHONE, fetch });
    await expect(wa.qrCodes.delete('../block_users')).rejects.toThrow('qrCodes.delete: qrCodeId contains "/"');
    for (const bad of ['', '.', '..']) {
      await expect(wa.qrCodes.get(bad)).rejects.toThrow(/^qrCodes\.get: qrCodeId /);
    }
    await expect(wa.qrCodes.list(undefined, { phoneNumberId: '..' })).rejects.toThrow(/^qrCodes\.list: phoneNumberId /);
    expect(calls).toHaveLength(0);
  });

  it('refuses a picture format Graph does not make, naming the option, before sending', async () => {
    const { fetch, calls } = stubFetch({ json: { data: [qr] } });
    const wa = createWhatsApp({ accessToken: 't', phoneNumberId: PHONE, fetch });
    const jpeg = { imageFormat: 'JPEG' } as unknown as { imageFormat: 'PNG' };
    await expect(wa.qrCodes.list(undefined, jpeg)).rejects.toThrow('qrCodes.list: imageFormat must be one of PNG, SVG, got "JPEG"');
    await expect(wa.qrCodes.get(CODE, undefined, jpeg)).rejects.toThrow('qrCodes.get: imageFormat must be one of PNG, SVG, got "JPEG"');
    expect(calls).toHaveLength(0);
  });
});
