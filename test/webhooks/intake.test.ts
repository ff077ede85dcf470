// The hardened intake, on every way an app mounts it: the web handler, the Node adapter on
// node:http and on node:http2, and Express. Each bullet of the intake's contract is checked on
// each: broken items delivered as `invalid` beside the rest, Meta's own variants read, no byte
// of a forged body parsed, bad options refused at construction, stalled bodies answered 408,
// throwing callbacks that never change the status, and redeliveries skipped.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WhatsAppConfigError } from '../../src/core/config-error.js';
import { type DispatchOutcome, type NodeWebhookHandlerOptions, type WebhookError, WebhookBodyTimeoutError, type WebhookEvent } from '../../src/webhooks/index.js';
import { envelope, fixtures, metaBytes, SECRET, sign } from './support.js';
import { type Served, serve, TRANSPORTS } from './transports.js';

const text = fixtures['messages-text']!.entry[0]!.changes[0]!.value;
const textMessage = (text.messages as Record<string, unknown>[])[0]!;
const status = (fixtures['messages-statuses']!.entry[0]!.changes[0]!.value.statuses as Record<string, unknown>[])[1]!;

/** The options of a test, with every outcome recorded and awaitable (the Node adapter reports after its 200). */
function recorded(extra: Partial<NodeWebhookHandlerOptions> = {}) {
  const outcomes: DispatchOutcome[] = [];
  const rejected: [WebhookError, number][] = [];
  let wake: (() => void) | undefined;
  const options: NodeWebhookHandlerOptions = {
    appSecret: SECRET,
    verifyToken: 'tok-123',
    onOutcome: (outcome) => (outcomes.push(outcome), wake?.()),
    onRejected: (error, code) => void rejected.push([error, code]),
    ...extra,
  };
  const outcome = async (n: number) => {
    while (outcomes.length < n) await new Promise<void>((resolve) => (wake = resolve));
    return outcomes[n - 1]!;
  };
  return { options, outcome, rejected };
}

const signed = (bytes: Uint8Array) => ({ 'content-type': 'application/json', 'x-hub-signature-256': sign(bytes) });
const types = (events: WebhookEvent[]) => events.map((event) => event.type);

let served: Served | undefined;
afterEach(async () => {
  await served?.close();
  served = undefined;
  vi.restoreAllMocks();
});

describe.each(TRANSPORTS)('%s', (transport) => {
  it('answers the GET handshake', async () => {
    served = await serve(transport, recorded().options);
    expect(await served.get('hub.mode=subscribe&hub.verify_token=tok-123&hub.challenge=77')).toEqual({ status: 200, text: '77' });
    expect((await served.get('hub.mode=subscribe&hub.verify_token=nope&hub.challenge=77')).status).toBe(403);
  });

  it('delivers the valid items beside a broken one, which goes to the invalid handler and the outcome', async () => {
    const invalid: WebhookEvent[] = [];
    const { options, outcome } = recorded({ handlers: { invalid: (event) => void invalid.push(event) } });
    served = await serve(transport, options);
    const { text: _dropped, ...broken } = textMessage;
    const body = metaBytes(envelope({ id: 'waba-1', changes: [{ field: 'messages', value: { ...text, messages: [textMessage, { ...broken, id: 'wamid.broken' }], statuses: [status] } }] }));
    expect((await served.post(body, signed(body))).status).toBe(200);
    const { events, invalid: reported } = await outcome(1);
    expect(types(events)).toEqual(['message', 'invalid', 'status']);
    expect(reported).toEqual([events[1]]);
    expect(invalid).toMatchObject([
      { field: 'messages', wabaId: 'waba-1', phoneNumberId: '106540352242922', pointer: '/entry/0/changes/0/value/messages/1', value: { id: 'wamid.broken', type: 'text' } },
    ]);
    expect((invalid[0] as Extract<WebhookEvent, { type: 'invalid' }>).message).toMatch(/messages\/1.*must have required property 'text'/);
  });

  it("reads what Meta's own examples send: numeric group ids and expirations, a content-less message with errors, a connect without direction", async () => {
    const { options, outcome } = recorded();
    served = await serve(transport, options);
    const metadata = text.metadata;
    const unrendered = { from: '16505551234', id: 'wamid.unrendered', timestamp: '1751291050', type: 'interactive', errors: [{ code: 131000, title: 'Something went wrong', message: 'Something went wrong', error_data: { details: 'Unsupported webhook payload' } }] };
    const body = metaBytes(
      envelope({
        id: 'waba-1',
        changes: [
          { field: 'group_participants_update', value: { metadata, groups: [{ type: 'group_participants_remove', group_id: 'g1', removed_participants: [{ input: 16505551234 }] }] } },
          { field: 'group_lifecycle_update', value: { metadata, groups: [{ type: 'group_participants_add', group_id: 'g1', added_participants: [{ wa_id: 447700900123 }] }] } },
          { field: 'account_update', value: { event: 'ACCOUNT_RESTRICTION', restriction_info: [{ restriction_type: 'RESTRICTED_ADD_PHONE_NUMBER_ACTION', expiration: 1751896000 }] } },
          { field: 'messages', value: { metadata, contacts: text.contacts, messages: [unrendered] } },
          { field: 'calls', value: { metadata, calls: [{ id: 'wacid.1', from: '16505551234', to: '15550783881', event: 'connect', timestamp: '1751291200', session: { sdp_type: 'offer', sdp: 'v=0' } }] } },
        ],
      }),
    );
    expect((await served.post(body, signed(body))).status).toBe(200);
    const { events, invalid } = await outcome(1);
    expect(invalid).toEqual([]);
    expect(types(events)).toEqual(['group_update', 'group_update', 'account_update', 'unreadable_message', 'call']);
    const [removed, added, account, message] = events;
    expect(removed?.type === 'group_update' && removed.group.removed_participants?.[0]?.input).toBe(16505551234);
    expect(added?.type === 'group_update' && added.group.added_participants?.[0]?.wa_id).toBe(447700900123);
    expect(account?.type === 'account_update' && account.value.restriction_info?.[0]?.expiration).toBe(1751896000);
    expect(message?.type === 'unreadable_message' && [message.contactId, message.message.errors[0]?.code, message.contact?.profile?.name]).toEqual(['16505551234', 131000, 'Zoë Müller']);
  });

  it('parses no byte of a forged body: 401 before any JSON.parse of it', async () => {
    const { options, outcome, rejected } = recorded();
    served = await serve(transport, options);
    const parse = vi.spyOn(JSON, 'parse');
    const forged = metaBytes(envelope({ id: 'forged-marker', changes: [{ field: 'messages', value: { ...text, messages: Array.from({ length: 200 }, () => textMessage) } }] }));
    expect((await served.post(forged, { 'x-hub-signature-256': sign(forged, 'not-the-secret') })).status).toBe(401);
    expect(parse.mock.calls.filter(([input]) => String(input).includes('forged-marker'))).toEqual([]);
    expect(rejected.map(([, code]) => code)).toEqual([401]);
    // The same body, signed, is parsed and delivered.
    expect((await served.post(forged, signed(forged))).status).toBe(200);
    expect((await outcome(1)).events).toHaveLength(200);
  });

  it.each([
    ['an empty appSecret', { appSecret: '' }, /appSecret/],
    ['no appSecret', { appSecret: undefined }, /appSecret/],
    ['a NaN maxBodyBytes', { maxBodyBytes: Number.NaN }, /maxBodyBytes/],
    ['a negative maxBodyBytes', { maxBodyBytes: -1 }, /maxBodyBytes/],
    ['a fractional maxBodyBytes', { maxBodyBytes: 10.5 }, /maxBodyBytes/],
    ['an empty verifyToken', { verifyToken: '' }, /verifyToken/],
    ['a zero bodyTimeoutMs', { bodyTimeoutMs: 0 }, /bodyTimeoutMs/],
  ])('refuses %s with a WhatsAppConfigError when it is made', async (_name, bad, named) => {
    const error = await serve(transport, { ...recorded().options, ...bad } as NodeWebhookHandlerOptions).then(
      (made) => ((served = made), undefined),
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(WhatsAppConfigError);
    expect((error as Error).message).toMatch(named);
    expect((error as Error).message).not.toContain(SECRET);
  });

  it('answers 408 to a body that stops arriving, and reports it', async () => {
    const { options, rejected } = recorded({ bodyTimeoutMs: 50 });
    served = await serve(transport, options);
    const body = metaBytes(fixtures['messages-text']);
    const answer = await served.stall(body.subarray(0, 20), body.byteLength, signed(body));
    expect(answer).toEqual({ status: 408, text: 'The body did not arrive within 50 ms.' });
    expect(rejected.map(([error, code]) => [error.constructor, code])).toEqual([[WebhookBodyTimeoutError, 408]]);
  });

  it('keeps the status Graph gets when onRejected, onOutcome, a handler or seen throws', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    let reported!: () => void;
    const settled = new Promise<void>((resolve) => (reported = resolve));
    const failures: string[] = [];
    served = await serve(transport, {
      appSecret: SECRET,
      onRejected: () => {
        throw new Error('logger down');
      },
      handlers: {
        message: () => {
          throw new Error('handler down');
        },
        '*': (event) => void failures.push(event.type),
      },
      seen: () => {
        throw new Error('store down');
      },
      onOutcome: (outcome) => {
        failures.push(...outcome.failures.map((failure) => failure.handler));
        reported();
        throw new Error('monitor down');
      },
    });
    const body = metaBytes(fixtures['messages-text']);
    expect((await served.post(body, { 'x-hub-signature-256': sign(body, 'wrong') })).status).toBe(401);
    expect((await served.post(body, signed(body))).status).toBe(200);
    await settled;
    // seen failed, so the message was dispatched anyway (at least once beats never).
    expect(failures).toEqual(['message', 'seen', 'message']);
    await vi.waitFor(() => expect(logged.mock.calls.map(([line]) => line)).toEqual(['WhatsApp webhook: onRejected threw', 'WhatsApp webhook: onOutcome threw']));
  });

  it('skips a redelivered message, and keys a status by its id and status', async () => {
    const handled: string[] = [];
    const { options, outcome } = recorded({ handlers: { '*': (event) => void handled.push(event.type === 'message' ? event.message.id : event.type === 'status' ? event.status.status : event.type) } });
    served = await serve(transport, options);
    const delivered = { ...status, status: 'delivered' };
    const read = { ...status, status: 'read' };
    const first = metaBytes(envelope({ id: 'w', changes: [{ field: 'messages', value: { ...text, statuses: [delivered] } }] }));
    const second = metaBytes(envelope({ id: 'w', changes: [{ field: 'messages', value: { ...text, statuses: [delivered, read] } }] }));
    expect((await served.post(first, signed(first))).status).toBe(200);
    expect((await served.post(second, signed(second))).status).toBe(200);
    const [one, two] = [await outcome(1), await outcome(2)];
    expect(handled).toEqual([textMessage.id, 'delivered', 'read']);
    expect(types(one.duplicates)).toEqual([]);
    expect(types(two.duplicates)).toEqual(['message', 'status']);
  });
});

describe('the redelivery check', () => {
  it('asks a shared store, sync or async, with one key per event identity; seen: false dispatches everything', async () => {
    const store = new Map<string, number>();
    const keys: string[] = [];
    const seen = async (key: string) => {
      keys.push(key);
      const count = store.get(key) ?? 0;
      store.set(key, count + 1);
      return count > 0;
    };
    const body = metaBytes(fixtures['messages-statuses']);
    const shared = recorded({ seen });
    served = await serve('web', shared.options);
    await served.post(body, signed(body));
    await served.post(body, signed(body));
    expect(new Set(keys).size).toBe(5);
    expect((await shared.outcome(2)).duplicates).toHaveLength(5);
    const every = recorded({ seen: false });
    const web = await serve('web', every.options);
    await web.post(body, signed(body));
    await web.post(body, signed(body));
    expect((await every.outcome(2)).duplicates).toEqual([]);
  });

  it('writes invalid parts no handler took to console.warn when there is no onOutcome', async () => {
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => {});
    served = await serve('web', { appSecret: SECRET });
    const body = metaBytes(envelope({ id: 'w', changes: [{ field: 'messages', value: { ...text, messages: [{ id: 'wamid.x', type: 'text' }] } }] }));
    expect((await served.post(body, signed(body))).status).toBe(200);
    expect(warned).toHaveBeenCalledWith(expect.stringMatching(/^WhatsApp webhook: The part at \/entry\/0\/changes\/0\/value\/messages\/0 does not match the spec/));
  });
});
