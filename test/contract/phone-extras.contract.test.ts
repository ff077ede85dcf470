// Block list, QR codes, commerce settings and conversational components through Prism, which
// checks each request against the spec and answers from its examples. Reading conversational
// components back goes through the bare-id path /{phone-number-id}, served on its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlockUsersError, createWhatsApp, GraphApiError, type WhatsApp, type WhatsAppOptions } from '../../src/index.js';
import { startPrism, type PrismServer } from '../support/prism.js';

const PHONE = '106540352242922';

function withPrism(barePath: string | undefined, body: (client: (extra?: Partial<WhatsAppOptions>) => WhatsApp, server: () => PrismServer) => void) {
  let prism: PrismServer;
  beforeAll(async () => {
    prism = await startPrism(barePath ? { barePath } : {});
  });
  afterAll(() => prism?.stop());
  body(
    (extra) => createWhatsApp({ accessToken: 'test-token', phoneNumberId: PHONE, baseUrl: prism.baseUrl, ...extra }),
    () => prism,
  );
}

/** The request Prism refused and why, from its log. */
const refusal = async (call: Promise<unknown>) => {
  const error = await call.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(GraphApiError);
  return error as GraphApiError;
};

describe('contract: block list, QR codes, commerce settings, conversational components', () => {
  withPrism(undefined, (wa, prism) => {
    it('listBlockedUsers: one page, and every page', async () => {
      const page = await wa().blockedUsers.list({ limit: 2 });
      expect(page.data[0]).toMatchObject({ wa_id: expect.any(String) });
      const all = [];
      for await (const user of wa().blockedUsers.list({ limit: 2 })) all.push(user);
      expect(all.length).toBeGreaterThan(0);
    });

    it('blockUsers and unblockUsers: Prism accepts the bodies', async () => {
      await expect(wa().blockedUsers.block({ block_users: [{ user: '+16505551234' }, { user: '5511987654321' }] })).resolves.toMatchObject({
        block_users: { added_users: [{ input: expect.any(String) }] },
      });
      await expect(wa().blockedUsers.unblock({ block_users: [{ user: '+16505551234' }] })).resolves.toMatchObject({ block_users: { removed_users: expect.any(Array) } });
    });

    it('blockUsers: the documented partial failure (139100) arrives as BlockUsersError with both lists', async () => {
      const error = await wa({ headers: { prefer: 'code=400' } })
        .blockedUsers.block({ block_users: [{ user: '+16505551234' }, { user: '+15550100199' }] })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BlockUsersError);
      expect(error).toMatchObject({
        code: 139100,
        status: 400,
        succeeded: [{ input: '+16505551234', wa_id: '16505551234' }],
        failed: [{ input: '+15550100199', errors: [{ code: 131047 }] }],
      });
    });

    it('Prism refuses an empty user', async () => {
      await refusal(wa().blockedUsers.block({ block_users: [{ user: '' }] }));
      expect(await prism().logged(/must NOT have fewer than 1 characters/)).toMatch(/must NOT have fewer than 1 characters/);
    });

    it('saveQrCode (new, and a new message for a code), listQrCodes, getQrCode, deleteQrCode', async () => {
      const created = await wa().qrCodes.save({ prefilled_message: 'Which plants are in season? 🌿', generate_qr_image: 'SVG' });
      expect(created).toMatchObject({ code: expect.any(String), deep_link_url: expect.stringMatching(/^https:\/\/wa\.me\/message\//) });
      await expect(wa().qrCodes.save({ code: created.code, prefilled_message: 'What is on sale?', generate_qr_image: 'PNG' })).resolves.toMatchObject({
        code: expect.any(String),
      });
      const page = await wa().qrCodes.list({ code: created.code, limit: 5 }, { imageFormat: 'PNG' });
      expect(page.data.length).toBeGreaterThan(0);
      // Prism answers from the schema's list example unless asked for the operation's own one-item example.
      const one = wa({ headers: { prefer: 'example=withPicture' } });
      await expect(one.qrCodes.get(created.code, undefined, { imageFormat: 'PNG' })).resolves.toMatchObject({ qr_image_url: expect.stringMatching(/^https:/) });
      await expect(wa().qrCodes.delete(created.code)).resolves.toEqual({ success: true });
    });

    it('Prism refuses a prefilled message over 140 characters and a picture format other than PNG or SVG', async () => {
      await refusal(wa().qrCodes.save({ prefilled_message: 'x'.repeat(141) }));
      expect(await prism().logged(/must NOT have more than 140 characters/)).toMatch(/must NOT have more than 140 characters/);
      await refusal(wa().qrCodes.save({ prefilled_message: 'Hi', generate_qr_image: 'JPG' as 'PNG' }));
    });

    it('getCommerceSettings and updateCommerceSettings', async () => {
      await expect(wa().commerceSettings.get()).resolves.toMatchObject({ data: [{ is_cart_enabled: expect.any(Boolean), is_catalog_visible: expect.any(Boolean) }] });
      await expect(wa().commerceSettings.update({ is_cart_enabled: true, is_catalog_visible: false })).resolves.toEqual({ success: true });
    });

    it('updateConversationalAutomation: Prism accepts the documented limits', async () => {
      await expect(
        wa().conversationalAutomation.update({
          enable_welcome_message: true,
          prompts: ['Which plants suit a shady flat?', 'Track my order', 'Opening hours', 'x'.repeat(80)],
          commands: Array.from({ length: 30 }, (_, i) => ({ command_name: `c${i}`.padEnd(32, 'x'), command_description: 'd'.repeat(256) })),
        }),
      ).resolves.toEqual({ success: true });
      await expect(wa().conversationalAutomation.update({ prompts: [], commands: [] })).resolves.toEqual({ success: true });
    });

    it('Prism refuses a fifth ice breaker, an emoji, a command over 32 characters and a command with its slash', async () => {
      const refused: [Parameters<WhatsApp['conversationalAutomation']['update']>[0], RegExp][] = [
        [{ prompts: ['a', 'b', 'c', 'd', 'e'] }, /must NOT have more than 4 items/],
        [{ prompts: ['Plants 🌿'] }, /must match pattern/],
        [{ commands: [{ command_name: 'x'.repeat(33), command_description: 'Too long' }] }, /must NOT have more than 32 characters/],
        [{ commands: [{ command_name: '/order', command_description: 'See where your order is' }] }, /must match pattern/],
      ];
      for (const [settings, reason] of refused) {
        const before = prism().log().length;
        await refusal(wa().conversationalAutomation.update(settings));
        expect(prism().log().slice(before), JSON.stringify(settings)).toMatch(reason);
      }
    });
  });
});

describe('contract: conversational components read back through /{phone-number-id}', () => {
  withPrism('/{phone-number-id}', (wa) => {
    it('getPhoneNumber with fields=conversational_automation', async () => {
      await expect(wa().conversationalAutomation.get()).resolves.toMatchObject({
        enable_welcome_message: expect.any(Boolean),
        prompts: expect.any(Array),
        commands: [{ command_name: expect.any(String), command_description: expect.any(String) }],
      });
    });
  });
});
