// Compile-time checks of the block list, QR codes, commerce settings and conversational components
// (run by test/spec/typecheck.test.ts).
import { BlockUsersError, createWhatsApp, type BlockedUser, type ConversationalAutomation, type QrCode } from '../../src/index.js';

const wa = createWhatsApp({ accessToken: 't', phoneNumberId: '1' });

export async function blockListChecks() {
  await wa.blockedUsers.block({ block_users: [{ user: '+16505551234' }, { user: '5511987654321' }] });
  // @ts-expect-error users are a list of { user }, even for one user
  await wa.blockedUsers.block({ block_users: { user: '+16505551234' } });
  // @ts-expect-error a phone number is a string: a number loses leading zeros and the `+`
  await wa.blockedUsers.unblock({ block_users: [{ user: 16505551234 }] });
  // @ts-expect-error list filters are typed from the spec: there is no `user` filter
  await wa.blockedUsers.list({ user: '+16505551234' });
  for await (const user of wa.blockedUsers.list({ limit: 100 })) {
    const blocked: BlockedUser = user;
    void blocked.wa_id;
  }
  try {
    await wa.blockedUsers.block({ block_users: [{ user: '+16505551234' }] });
  } catch (error) {
    if (error instanceof BlockUsersError) {
      const firstReason: number | undefined = error.failed[0]?.errors[0]?.code;
      const blockedAnyway: string[] = error.succeeded.map((user) => user.input);
      return [firstReason, blockedAnyway];
    }
  }
  return [];
}

export async function qrCodeChecks() {
  const created: QrCode = await wa.qrCodes.save({ prefilled_message: 'Which plants are in season?', generate_qr_image: 'PNG' });
  // @ts-expect-error the picture is PNG or SVG
  await wa.qrCodes.save({ prefilled_message: 'Hi', generate_qr_image: 'JPG' });
  // @ts-expect-error a QR code needs its prefilled message
  await wa.qrCodes.save({ generate_qr_image: 'SVG' });
  // A new message for an existing code: the same save, with the code.
  await wa.qrCodes.save({ code: created.code, prefilled_message: 'Hi' });
  // @ts-expect-error imageFormat is PNG or SVG
  await wa.qrCodes.get(created.code, undefined, { imageFormat: 'GIF' });
  const picture: string | undefined = (await wa.qrCodes.get(created.code, undefined, { imageFormat: 'SVG' }))?.qr_image_url;
  // @ts-expect-error the picture format is a call option, not a query parameter
  await wa.qrCodes.list({ imageFormat: 'SVG' });
  return picture;
}

export async function commerceChecks() {
  await wa.commerceSettings.update({ is_cart_enabled: false });
  // @ts-expect-error settings are booleans, not the strings of the query string
  await wa.commerceSettings.update({ is_catalog_visible: 'true' });
  const settings = await wa.commerceSettings.get();
  return settings.data[0]?.is_catalog_visible;
}

export async function conversationalChecks() {
  await wa.conversationalAutomation.update({
    enable_welcome_message: true,
    prompts: ['Track my order'],
    commands: [{ command_name: 'order', command_description: 'See where your order is' }],
  });
  // @ts-expect-error a command needs its description (the hint users see)
  await wa.conversationalAutomation.update({ commands: [{ command_name: 'order' }] });
  // @ts-expect-error ice breakers are plain strings
  await wa.conversationalAutomation.update({ prompts: [{ text: 'Track my order' }] });
  // @ts-expect-error the welcome-message switch is a boolean
  await wa.conversationalAutomation.update({ enable_welcome_message: 'yes' });
  const current: ConversationalAutomation | undefined = await wa.conversationalAutomation.get();
  // The same field through the phone number, typed from the spec.
  const number = await wa.phoneNumbers.get({ fields: ['conversational_automation'] });
  return [current?.prompts, number.conversational_automation?.commands?.[0]?.command_name];
}
