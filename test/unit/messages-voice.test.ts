// Voice notes: an audio with `voice: true`.
import { describe, it } from 'vitest';
import { envelope, messagesClient } from './messages-harness.js';

describe('voice notes', () => {
  it('sendAudio with voice: true sends a voice note, by id or by link', async () => {
    const byId = messagesClient();
    await byId.wa.messages.sendAudio('16505551234', { id: '1013859600285441', voice: true });
    byId.sent({ ...envelope, type: 'audio', audio: { id: '1013859600285441', voice: true } });
    const byLink = messagesClient();
    await byLink.wa.messages.sendAudio({ recipient: 'US.13491208655302741918' }, { link: 'https://example.com/media/note.ogg', voice: true });
    byLink.sent({ messaging_product: 'whatsapp', recipient_type: 'individual', recipient: 'US.13491208655302741918', type: 'audio', audio: { link: 'https://example.com/media/note.ogg', voice: true } });
  });
});
