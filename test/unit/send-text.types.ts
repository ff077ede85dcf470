// Compile-time checks, verified by test/spec/typecheck.test.ts: each @ts-expect-error must fail.
import { createWhatsApp } from '../../src/index.js';

const wa = createWhatsApp({ accessToken: 't', phoneNumberId: '1' });

// @ts-expect-error a text message needs `to` or `recipient`
void wa.messages.send({ messaging_product: 'whatsapp', type: 'text', text: { body: 'hi' } });

// @ts-expect-error the text object needs a body
void wa.messages.send({ messaging_product: 'whatsapp', to: '1', type: 'text', text: {} });

// @ts-expect-error a type that does not match its object
void wa.messages.send({ messaging_product: 'whatsapp', to: '1', type: 'text', image: { id: '1' } });

// Addressed by business-scoped user id, or by both: fine.
void wa.messages.send({ messaging_product: 'whatsapp', recipient: 'US.1', type: 'text', text: { body: 'hi' } });
void wa.messages.send({ messaging_product: 'whatsapp', to: '1', recipient: 'US.1', type: 'text', text: { body: 'hi' } });
