// Payloads Meta added after Graph v23.0: voice notes and their played status, media urls,
// unsupported kinds, the throughput upgrade, offboarding and template unarchiving.
import { describe, expect, it } from 'vitest';
import { parseWebhook } from '../../src/webhooks/index.js';
import { fixtures, metaBytes } from './support.js';

const first = (name: string) => parseWebhook(metaBytes(fixtures[name]))[0];

describe('payloads added since v23.0', () => {
  it('a voice note from a BSUID-only user, with its download url', () => {
    const event = first('messages-voice');
    if (event?.type !== 'message' || event.message.type !== 'audio') throw new Error(`unexpected ${event?.type}`);
    expect(event.message.audio).toMatchObject({ voice: true, url: expect.stringMatching(/^https:\/\/lookaside\.fbsbx\.com\//) });
    expect(event.contactId).toBe('JP.88103746529103847562');
  });

  it('the played status of a voice note', () => {
    expect(first('messages-statuses-played')).toMatchObject({ type: 'status', contactId: '16505551234', userId: 'US.13491208655302741918', status: { status: 'played' } });
  });

  it('an unsupported message names the kind the user sent', () => {
    const event = first('messages-unsupported-poll_creation');
    if (event?.type !== 'message' || event.message.type !== 'unsupported') throw new Error(`unexpected ${event?.type}`);
    expect(event.message.unsupported?.type).toBe('poll_creation');
  });

  it('notices: throughput upgrade, offboarding, unarchived template', () => {
    expect(first('phone_number_quality_update-throughput')).toMatchObject({ type: 'phone_number_quality_update', time: 1751292100, value: { event: 'THROUGHPUT_UPGRADE', current_limit: 'TIER_UNLIMITED' } });
    expect(first('account_update-offboarded')).toMatchObject({ type: 'account_update', value: { event: 'ACCOUNT_OFFBOARDED', disconnection_info: { reason: 'PRIMARY_INACTIVITY', initiated_by: 'SYSTEM' } } });
    expect(first('message_template_status_update-unarchived')).toMatchObject({ type: 'message_template_status_update', value: { event: 'UNARCHIVED', message_template_category: 'UTILITY' } });
  });
});
