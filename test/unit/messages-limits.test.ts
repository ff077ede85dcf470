// Limits the schema cannot state, checked by the facade before any request: a list message has at
// most 10 rows across all of its sections (the schema bounds each section only).
import { describe, expect, it } from 'vitest';
import { validateSendMessageRequest } from '../../generated/validators.js';
import { MessageLimitError, WhatsAppConfigError, WhatsAppError, type OutboundMessage } from '../../src/index.js';
import { messagesClient } from './messages-harness.js';

const rows = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, title: `Slot ${prefix}${i}` }));
const sixAndFive = [
  { title: 'Tomorrow', rows: rows('t', 6) },
  { title: 'Saturday', rows: rows('s', 5) },
];
const listMessage = (sections: unknown): OutboundMessage =>
  ({ messaging_product: 'whatsapp', to: '16505551234', type: 'interactive', interactive: { type: 'list', body: { text: 'Pick a slot' }, action: { button: 'Choose', sections } } }) as OutboundMessage;

/** The refusal must be typed, name the field and the counts, and come before any request. */
async function expectRefused(attempt: Promise<unknown>, calls: unknown[], actual: number, perSection: string) {
  const error = await attempt.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MessageLimitError);
  expect(error).toBeInstanceOf(WhatsAppConfigError);
  expect(error).toBeInstanceOf(WhatsAppError);
  expect(error).toMatchObject({ name: 'MessageLimitError', field: '/interactive/action/sections', limit: 10, actual, category: 'parameter', action: 'fix_and_retry' });
  const message = (error as Error).message;
  expect(message).toContain('/interactive/action/sections');
  expect(message).toContain('at most 10 rows across all its sections');
  expect(message).toContain(`rows per section: ${perSection}`);
  expect(message).toContain(`this message has ${actual}`);
  expect(calls).toHaveLength(0);
}

describe('messages: at most 10 list rows in all sections', () => {
  it('the schema alone lets 6 + 5 rows through (each section is within its own bound)', () => {
    expect(validateSendMessageRequest(listMessage(sixAndFive))).toBe(true);
  });

  it('send() refuses 6 + 5 rows with MessageLimitError, before any request', async () => {
    const { wa, calls } = messagesClient();
    await expectRefused(wa.messages.send(listMessage(sixAndFive)), calls, 11, '6 + 5');
  });

  it('sendList refuses 6 + 5 rows the same way', async () => {
    const { wa, calls } = messagesClient();
    await expectRefused(wa.messages.sendList('16505551234', 'Pick a slot', 'Choose', sixAndFive), calls, 11, '6 + 5');
  });

  it('11 rows in one section are refused by the facade too', async () => {
    const { wa, calls } = messagesClient();
    await expectRefused(wa.messages.sendList('16505551234', 'Pick a slot', 'Choose', [{ rows: rows('r', 11) }]), calls, 11, '11');
  });

  it('refuses rather than throws: the call returns a rejected promise', () => {
    const { wa } = messagesClient();
    let pending: Promise<unknown> | undefined;
    expect(() => (pending = wa.messages.send(listMessage(sixAndFive)))).not.toThrow();
    return expect(pending).rejects.toBeInstanceOf(MessageLimitError);
  });

  it('10 rows over three sections are sent', async () => {
    const { wa, sent } = messagesClient();
    const sections = [{ title: 'A', rows: rows('a', 4) }, { title: 'B', rows: rows('b', 3) }, { title: 'C', rows: rows('c', 3) }];
    await wa.messages.sendList('16505551234', 'Pick a slot', 'Choose', sections);
    sent({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '16505551234',
      type: 'interactive',
      interactive: {
        type: 'list',
        body: { text: 'Pick a slot' },
        action: {
          button: 'Choose',
          sections: [
            { title: 'A', rows: [{ id: 'a0', title: 'Slot a0' }, { id: 'a1', title: 'Slot a1' }, { id: 'a2', title: 'Slot a2' }, { id: 'a3', title: 'Slot a3' }] },
            { title: 'B', rows: [{ id: 'b0', title: 'Slot b0' }, { id: 'b1', title: 'Slot b1' }, { id: 'b2', title: 'Slot b2' }] },
            { title: 'C', rows: [{ id: 'c0', title: 'Slot c0' }, { id: 'c1', title: 'Slot c1' }, { id: 'c2', title: 'Slot c2' }] },
          ],
        },
      },
    });
  });

  it('a malformed list (no sections array) is not the check’s business: it goes to Graph unchanged', async () => {
    const { wa, calls } = messagesClient();
    const malformed = { messaging_product: 'whatsapp', to: '16505551234', type: 'interactive', interactive: { type: 'list', body: { text: 'x' }, action: { button: 'Open' } } };
    await wa.messages.send(malformed as OutboundMessage);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.body).toStrictEqual(malformed);
  });

  it('other interactive types are not counted', async () => {
    const { wa, calls } = messagesClient();
    const items = Array.from({ length: 12 }, (_, i) => ({ product_retailer_id: `sku-${i}` }));
    await wa.messages.send({
      messaging_product: 'whatsapp',
      to: '16505551234',
      type: 'interactive',
      interactive: { type: 'product_list', header: { type: 'text', text: 'Menu' }, body: { text: 'Order' }, action: { catalog_id: 'c', sections: [{ title: 'All', product_items: items }] } },
    });
    expect(calls).toHaveLength(1);
  });
});
