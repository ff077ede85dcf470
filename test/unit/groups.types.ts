// Compile-time checks of the groups and marketing messages facades (run by test/spec/typecheck.test.ts).
import { createWhatsApp, type Group, type GroupSummary } from '../../src/index.js';
import { createRawClient } from '../../src/raw/index.js';

const wa = createWhatsApp({ accessToken: 't', phoneNumberId: '1' });
const groupId = 'Y2FwaV9ncm91cA';
const template = { name: 'spring_sale', language: { code: 'en_US' } };

export async function groupChecks() {
  await wa.groups.create({ subject: 'Order 8812', join_approval_mode: 'auto_approve' });
  // @ts-expect-error a group needs a subject
  await wa.groups.create({ description: 'No subject' });
  // @ts-expect-error join approval is approval_required or auto_approve
  await wa.groups.create({ subject: 'Order 8812', join_approval_mode: 'open' });
  // @ts-expect-error members are never added at creation: users join by the invite link
  await wa.groups.create({ subject: 'Order 8812', participants: [{ user: '16505551234' }] });

  await wa.groups.update(groupId, { description: 'New description' });
  // @ts-expect-error an update changes the subject, the description or both
  await wa.groups.update(groupId, {});
  // @ts-expect-error the picture is set by upload (setPicture), not by a field
  await wa.groups.update(groupId, { subject: 'x', profile_picture_file: '/tmp/logo.jpg' });
  // @ts-expect-error a file path is not a picture: read it first
  await wa.groups.setPicture(groupId, '/tmp/logo.jpg');

  // @ts-expect-error list takes a page size and cursors, not filters
  await wa.groups.list({ subject: 'Order' });
  await wa.groups.removeParticipants(groupId, { participants: [{ user: '16505551234' }] });
  // @ts-expect-error members are removed by phone number or WhatsApp id strings
  await wa.groups.removeParticipants(groupId, { participants: [{ user: 16505551234 }] });
  await wa.groups.approveJoinRequests(groupId, { join_requests: ['J1'] });
  // @ts-expect-error join requests are answered by a list of their ids
  await wa.groups.approveJoinRequests(groupId, { join_requests: 'J1' });
  await wa.groups.inviteLink(groupId);

  await wa.groups.send(groupId, { type: 'text', text: { body: 'Hello all' } });
  // @ts-expect-error interactive messages are not delivered to groups
  await wa.groups.send(groupId, { type: 'interactive', interactive: { type: 'button', body: { text: 'Pick' }, action: { buttons: [{ type: 'reply', reply: { id: 'a', title: 'A' } }] } } });
  // @ts-expect-error the group id is the recipient: `to` is filled in
  await wa.groups.send(groupId, { to: '16505551234', type: 'text', text: { body: 'x' } });
  // @ts-expect-error a message's object must match its type
  await wa.groups.send(groupId, { type: 'image', text: { body: 'x' } });

  for await (const group of wa.groups.list()) {
    const summary: GroupSummary = group;
    void summary.created_at;
  }
  const group: Group = await wa.groups.get(groupId, { fields: ['subject', 'participants'] });
  // @ts-expect-error a group has no invite link among its fields: ask inviteLink()
  void group.invite_link;
}

export async function marketingChecks() {
  await wa.marketingMessages.sendTemplate('16505551234', template, { productPolicy: 'STRICT', activitySharing: true });
  // @ts-expect-error the product policy is CLOUD_API_FALLBACK or STRICT
  await wa.marketingMessages.sendTemplate('16505551234', template, { productPolicy: 'FALLBACK' });
  // @ts-expect-error a template needs its language
  await wa.marketingMessages.sendTemplate('16505551234', { name: 'spring_sale' });
  // @ts-expect-error marketing messages are templates only
  await wa.marketingMessages.send({ messaging_product: 'whatsapp', to: '16505551234', type: 'text', text: { body: 'Sale!' } });
  // @ts-expect-error marketing messages go to one user, never to a group
  await wa.marketingMessages.send({ messaging_product: 'whatsapp', recipient_type: 'group', to: groupId, type: 'template', template });
  // @ts-expect-error a marketing message needs a recipient
  await wa.marketingMessages.send({ messaging_product: 'whatsapp', type: 'template', template });
  // @ts-expect-error message_activity_sharing is a boolean
  await wa.marketingMessages.send({ messaging_product: 'whatsapp', to: '16505551234', type: 'template', template, message_activity_sharing: 'yes' });
}

/** The typed raw client reaches /{group-id} on the group's own schemas. */
export async function rawGroupChecks() {
  const { data } = await createRawClient(wa).GET('/{group-id}', { params: { path: { 'group-id': groupId }, query: { fields: ['subject'] } } });
  const subject: string | undefined = data?.subject;
  // @ts-expect-error a group has no media url: each bare-id path keeps its own response type
  void data?.url;
  // @ts-expect-error removing members needs the participants
  await createRawClient(wa).DELETE('/{group-id}/participants', { params: { path: { 'group-id': groupId } }, body: { messaging_product: 'whatsapp' } });
  return subject;
}
