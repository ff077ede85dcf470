import { describe, expect, it } from 'vitest';
import { createWhatsApp } from '../../src/index.js';
import { stubFetch } from '../support/fetch-stub.js';

const PHONE = '106540352242922';
const GRAPH = 'https://graph.facebook.com/v27.0';

describe('conversationalAutomation', () => {
  it('sets the welcome-message switch, ice breakers and commands as given', async () => {
    const { fetch, calls } = stubFetch({ json: { success: true } });
    const wa = createWhatsApp({ accessToken: 't', phoneNumberId: PHONE, fetch });
    const settings = {
      enable_welcome_message: true,
      prompts: ['Which plants suit a shady flat?', 'Track my order'],
      commands: [{ command_name: 'repot', command_description: 'Ask how to repot a plant' }],
    };
    await expect(wa.conversationalAutomation.update(settings)).resolves.toEqual({ success: true });
    await wa.conversationalAutomation.update({ prompts: [], commands: [] }, { phoneNumberId: '7' });
    expect(calls.map((c) => [c.method, c.url, c.body])).toEqual([
      ['POST', `${GRAPH}/${PHONE}/conversational_automation`, settings],
      ['POST', `${GRAPH}/7/conversational_automation`, { prompts: [], commands: [] }],
    ]);
  });

  it('reads them back as the phone number field conversational_automation', async () => {
    const automation = { id: '1179543289627409', enable_welcome_message: false, prompts: ['Track my order'], commands: [] };
    const { fetch, calls } = stubFetch({ json: { id: PHONE, conversational_automation: automation } }, { json: { id: '7' } });
    const wa = createWhatsApp({ accessToken: 't', phoneNumberId: PHONE, fetch });
    await expect(wa.conversationalAutomation.get()).resolves.toEqual(automation);
    await expect(wa.conversationalAutomation.get({ phoneNumberId: '7' })).resolves.toBeUndefined();
    expect(calls.map((c) => [c.method, c.url])).toEqual([
      ['GET', `${GRAPH}/${PHONE}?fields=conversational_automation`],
      ['GET', `${GRAPH}/7?fields=conversational_automation`],
    ]);
  });

  it('needs a phone number id', async () => {
    const wa = createWhatsApp({ accessToken: 't', fetch: stubFetch().fetch });
    await expect(wa.conversationalAutomation.get()).rejects.toMatchObject({ name: 'WhatsAppConfigError' });
    await expect(wa.conversationalAutomation.update({ enable_welcome_message: true })).rejects.toMatchObject({ name: 'WhatsAppConfigError' });
  });

  it('get and businessProfile.get refuse an empty or dot phone number id by name, before sending', async () => {
    const { fetch, calls } = stubFetch({ json: {} });
    const wa = createWhatsApp({ accessToken: 't', phoneNumberId: PHONE, fetch });
    for (const bad of ['', '.', '..', '1/2']) {
      await expect(wa.conversationalAutomation.get({ phoneNumberId: bad })).rejects.toThrow(/^conversationalAutomation\.get: phoneNumberId /);
      await expect(wa.businessProfile.get(undefined, { phoneNumberId: bad })).rejects.toThrow(/^businessProfile\.get: phoneNumberId /);
    }
    expect(calls).toHaveLength(0);
  });
});
