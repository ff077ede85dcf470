// The groups and marketing messages facades against Prism serving generated/openapi.json: Prism
// rejects any request that breaks the spec and answers from the spec's examples. The bare
// /{group-id} is served on its own, like every bare-id path.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWhatsApp, GraphApiError, type WhatsApp } from '../../src/index.js';
import { createRawClient } from '../../src/raw/index.js';
import { startPrism, type PrismServer } from '../support/prism.js';

const options = { accessToken: 'test-token', phoneNumberId: '106540352242922' };
const GROUP = 'Y2FwaV9ncm91cDoxNTU1MDc4Mzg4MToxMjAzNjMwMDAwMDAwMDAwMDEZD';
const template = { name: 'spring_sale', language: { code: 'en_US' } };

async function refusal(call: Promise<unknown>): Promise<unknown> {
  const error = await call.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(GraphApiError);
  expect(error).toMatchObject({ status: 400, category: 'parameter' });
  return error;
}

function withPrism(barePath: string | undefined, body: (client: () => WhatsApp, server: () => PrismServer) => void) {
  let prism: PrismServer;
  let wa: WhatsApp;
  beforeAll(async () => {
    prism = await startPrism(barePath ? { barePath } : {});
    wa = createWhatsApp({ ...options, baseUrl: prism.baseUrl });
  });
  afterAll(() => prism?.stop());
  body(
    () => wa,
    () => prism,
  );
}

describe('contract: groups on /{phone-number-id}/groups and /{group-id}/…', () => {
  withPrism(undefined, (wa, prism) => {
    it('creates a group and lists the active ones', async () => {
      const created = await wa().groups.create({ subject: 'Bestellung 8812 – Rückfragen', description: 'Fragen 🚚', join_approval_mode: 'approval_required' });
      expect(created.request_id).toBeTruthy();
      const page = await wa().groups.list({ limit: 25 });
      expect(Array.isArray(page.data.groups)).toBe(true);
      for await (const group of wa().groups.list({ limit: 25 })) {
        expect(group).toHaveProperty('id');
        break;
      }
    });

    it('gets and resets the invite link', async () => {
      const link = await wa().groups.inviteLink(GROUP);
      expect(link.invite_link).toMatch(/^https:\/\//);
      await expect(wa().groups.resetInviteLink(GROUP)).resolves.toBeTypeOf('object');
    });

    it('lists, approves and rejects join requests, and removes members', async () => {
      const page = await wa().groups.listJoinRequests(GROUP, { after: 'QVFI' });
      expect(page.data[0]).toHaveProperty('join_request_id');
      await expect(wa().groups.approveJoinRequests(GROUP, { join_requests: ['MTY1MDU1NTEyMzQ6MTIwMzYzMDAwMDAwMDAwMDAx'] })).resolves.toHaveProperty('approved_join_requests');
      await expect(wa().groups.rejectJoinRequests(GROUP, { join_requests: ['MTY1MDU1NTEyMzQ6MTIwMzYzMDAwMDAwMDAwMDAx'] })).resolves.toHaveProperty('rejected_join_requests');
      await expect(wa().groups.removeParticipants(GROUP, { participants: [{ user: '16505551234' }, { user: '447700900123' }] })).resolves.toBeTypeOf('object');
    });

    it('sends a message to a group through /{phone-number-id}/messages', async () => {
      const sent = await wa().groups.send(GROUP, { type: 'text', text: { body: 'Eure Bestellung ist unterwegs 🚚' } });
      expect(sent.messages[0]?.id).toBeTruthy();
    });

    it('Prism rejects a subject over 128 characters and a join approval mode the spec lacks', async () => {
      await refusal(wa().groups.create({ subject: 'x'.repeat(129) }));
      // @ts-expect-error deliberately off the spec: not a join approval mode
      await refusal(wa().groups.create({ subject: 'Order 8812', join_approval_mode: 'open' }));
    });

    it('Prism rejects removing no members or more than 8, and an empty list of join requests', async () => {
      await refusal(wa().groups.removeParticipants(GROUP, { participants: [] }));
      await refusal(wa().groups.removeParticipants(GROUP, { participants: Array.from({ length: 9 }, (_, i) => ({ user: `1650555000${i}` })) }));
      await refusal(wa().groups.approveJoinRequests(GROUP, { join_requests: [] }));
      expect(await prism().logged(/must NOT have more than 8 items/)).toMatch(/must NOT have more than 8 items/);
    });
  });
});

describe('contract: bare /{group-id}', () => {
  withPrism('/{group-id}', (wa, prism) => {
    it('gets a group with fields, updates its subject and description, sets its picture and deletes it', async () => {
      const group = await wa().groups.get(GROUP, { fields: ['subject', 'description', 'participants', 'join_approval_mode'] });
      expect(group.id).toBeTruthy();
      await expect(wa().groups.update(GROUP, { subject: 'Order 8812 – delivered', description: 'Ask about your invoice' })).resolves.toBeTypeOf('object');
      const jpeg = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16])], 'logo.jpg', { type: 'image/jpeg' });
      await expect(wa().groups.setPicture(GROUP, jpeg)).resolves.toBeTypeOf('object');
      await expect(wa().groups.delete(GROUP)).resolves.toBeTypeOf('object');
    });

    it('an update that changes nothing is refused by the SDK and by the spec; Prism rejects a description over 2,048 characters', async () => {
      // @ts-expect-error deliberately off the spec: an update with no change
      await expect(wa().groups.update(GROUP, {})).rejects.toMatchObject({ name: 'WhatsAppConfigError' });
      const raw = await createRawClient(wa()).POST('/{group-id}', { params: { path: { 'group-id': GROUP } }, body: { messaging_product: 'whatsapp' } });
      expect(raw.response.status).toBe(400);
      expect(await prism().logged(/must NOT have fewer than 2 properties/)).toMatch(/must NOT have fewer than 2 properties/);
      await refusal(wa().groups.update(GROUP, { description: 'x'.repeat(2049) }));
    });

    it('Prism checks the picture form: one without the file is rejected', async () => {
      const form = new FormData();
      form.append('messaging_product', 'whatsapp');
      await refusal(wa().transport.request('POST', `/${GROUP}`, { body: form }));
      expect(await prism().logged(/must have required property 'file'/)).toMatch(/must have required property 'file'/);
    });
  });
});

describe('contract: marketing messages on /{phone-number-id}/marketing_messages', () => {
  withPrism(undefined, (wa, prism) => {
    it('sends a marketing template with and without options', async () => {
      const sent = await wa().marketingMessages.sendTemplate('16505551234', template);
      expect(sent.messages[0]?.id).toBeTruthy();
      await expect(
        wa().marketingMessages.sendTemplate('447700900123', { ...template, components: [{ type: 'body', parameters: [{ type: 'text', text: 'Amélie' }] }] }, {
          bizOpaqueCallbackData: 'campaign-7',
          activitySharing: false,
          productPolicy: 'STRICT',
        }),
      ).resolves.toHaveProperty('messages');
    });

    it('Prism rejects a marketing message that is not a template or goes to a group', async () => {
      // @ts-expect-error deliberately off the spec: marketing messages are templates only
      await refusal(wa().marketingMessages.send({ messaging_product: 'whatsapp', to: '16505551234', type: 'text', text: { body: 'Sale!' } }));
      // @ts-expect-error deliberately off the spec: never to a group
      await refusal(wa().marketingMessages.send({ messaging_product: 'whatsapp', recipient_type: 'group', to: GROUP, type: 'template', template }));
      // @ts-expect-error deliberately off the spec: not a product policy
      await refusal(wa().marketingMessages.sendTemplate('16505551234', template, { productPolicy: 'LOOSE' }));
      expect(await prism().logged(/product_policy/)).toMatch(/product_policy/);
    });
  });
});
