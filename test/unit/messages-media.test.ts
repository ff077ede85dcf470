// Media, location, contacts and reactions: the exact JSON Graph documents leaves the facade.
import { describe, expect, it } from 'vitest';
import { envelope, messagesClient } from './messages-harness.js';

describe('messages: media by id or link', () => {
  it('sendImage by link with a caption', async () => {
    const { wa, sent } = messagesClient();
    const response = await wa.messages.sendImage('16505551234', { link: 'https://example.com/r.png', caption: 'Your receipt' });
    expect(response.messages[0]?.id).toBe('wamid.A');
    sent({ ...envelope, type: 'image', image: { link: 'https://example.com/r.png', caption: 'Your receipt' } });
  });

  it('sendImage by id', async () => {
    const { wa, sent } = messagesClient();
    await wa.messages.sendImage('16505551234', { id: '1013859600285441' });
    sent({ ...envelope, type: 'image', image: { id: '1013859600285441' } });
  });

  it('sendAudio by id, as a reply', async () => {
    const { wa, sent } = messagesClient();
    await wa.messages.sendAudio('16505551234', { id: '42' }, { replyTo: 'wamid.PREV' });
    sent({ ...envelope, context: { message_id: 'wamid.PREV' }, type: 'audio', audio: { id: '42' } });
  });

  it('sendAudio by link', async () => {
    const { wa, sent } = messagesClient();
    await wa.messages.sendAudio('16505551234', { link: 'https://example.com/note.ogg' });
    sent({ ...envelope, type: 'audio', audio: { link: 'https://example.com/note.ogg' } });
  });

  it('sendVideo by id with a caption', async () => {
    const { wa, sent } = messagesClient();
    await wa.messages.sendVideo('16505551234', { id: '7', caption: 'How to' });
    sent({ ...envelope, type: 'video', video: { id: '7', caption: 'How to' } });
  });

  it('sendVideo by link', async () => {
    const { wa, sent } = messagesClient();
    await wa.messages.sendVideo('16505551234', { link: 'https://example.com/v.mp4' });
    sent({ ...envelope, type: 'video', video: { link: 'https://example.com/v.mp4' } });
  });

  it('sendDocument by link with filename and caption', async () => {
    const { wa, sent } = messagesClient();
    await wa.messages.sendDocument('16505551234', { link: 'https://example.com/i.pdf', filename: 'invoice.pdf', caption: 'Invoice' });
    sent({ ...envelope, type: 'document', document: { link: 'https://example.com/i.pdf', filename: 'invoice.pdf', caption: 'Invoice' } });
  });

  it('sendDocument by id', async () => {
    const { wa, sent } = messagesClient();
    await wa.messages.sendDocument('16505551234', { id: '9', filename: 'a.pdf' });
    sent({ ...envelope, type: 'document', document: { id: '9', filename: 'a.pdf' } });
  });

  it('sendSticker by id and by link', async () => {
    const byId = messagesClient();
    await byId.wa.messages.sendSticker('16505551234', { id: '798882015472548' });
    byId.sent({ ...envelope, type: 'sticker', sticker: { id: '798882015472548' } });
    const byLink = messagesClient();
    await byLink.wa.messages.sendSticker('16505551234', { link: 'https://example.com/s.webp' });
    byLink.sent({ ...envelope, type: 'sticker', sticker: { link: 'https://example.com/s.webp' } });
  });
});

describe('messages: location, contacts, reactions', () => {
  it('sendLocation', async () => {
    const { wa, sent } = messagesClient();
    const location = { latitude: 37.483307, longitude: -122.148981, name: 'Pablo Morales', address: '1 Hacker Way, Menlo Park, CA 94025' };
    await wa.messages.sendLocation('16505551234', location);
    sent({ ...envelope, type: 'location', location });
  });

  it('sendContacts with a full card', async () => {
    const { wa, sent } = messagesClient();
    const card = {
      name: { formatted_name: 'John Smith', first_name: 'John', last_name: 'Smith', middle_name: 'D.', prefix: 'Dr', suffix: 'Jr' },
      birthday: '2012-08-18',
      phones: [
        { phone: '+1 (940) 555-1234', type: 'HOME' },
        { phone: '+1 (650) 555-1234', type: 'WORK', wa_id: '16505551234' },
      ],
      emails: [{ email: 'test@fb.com', type: 'WORK' }],
      urls: [{ url: 'https://www.facebook.com', type: 'WORK' }],
      addresses: [{ street: '1 Hacker Way', city: 'Menlo Park', state: 'CA', zip: '94025', country: 'United States', country_code: 'us', type: 'HOME' }],
      org: { company: 'WhatsApp', department: 'Design', title: 'Manager' },
    };
    await wa.messages.sendContacts('16505551234', [card]);
    sent({ ...envelope, type: 'contacts', contacts: [card] });
  });

  it('react with a multi-code-point emoji (skin tone), to a BSUID recipient', async () => {
    const { wa, sent } = messagesClient();
    await wa.messages.react({ recipient: 'US.1349' }, 'wamid.X', '👍🏽');
    sent({ messaging_product: 'whatsapp', recipient_type: 'individual', recipient: 'US.1349', type: 'reaction', reaction: { message_id: 'wamid.X', emoji: '👍🏽' } });
    expect([...'👍🏽']).toHaveLength(2);
  });

  it('unreact sends an empty emoji', async () => {
    const { wa, sent } = messagesClient();
    await wa.messages.unreact('16505551234', 'wamid.X');
    sent({ ...envelope, type: 'reaction', reaction: { message_id: 'wamid.X', emoji: '' } });
  });

  it('a group recipient and callback data reach the envelope', async () => {
    const { wa, sent } = messagesClient();
    await wa.messages.sendLocation('Y2FwaV9ncm91cA==', { latitude: 0, longitude: 0 }, { recipientType: 'group', bizOpaqueCallbackData: 'trip-9' });
    sent({
      messaging_product: 'whatsapp',
      recipient_type: 'group',
      to: 'Y2FwaV9ncm91cA==',
      biz_opaque_callback_data: 'trip-9',
      type: 'location',
      location: { latitude: 0, longitude: 0 },
    });
  });
});
