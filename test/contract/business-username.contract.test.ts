// Business usernames through Prism, which checks each request against the spec and answers from
// its examples.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWhatsApp, GraphApiError, type WhatsApp } from '../../src/index.js';
import { startPrism, type PrismServer } from '../support/prism.js';

const PHONE = '106540352242922';

describe('contract: business usernames', () => {
  let prism: PrismServer;
  let wa: WhatsApp;
  beforeAll(async () => {
    prism = await startPrism({});
    wa = createWhatsApp({ accessToken: 'test-token', phoneNumberId: PHONE, baseUrl: prism.baseUrl });
  });
  afterAll(() => prism?.stop());

  it('claimBusinessUsername, getBusinessUsername, getBusinessUsernameSuggestions, deleteBusinessUsername', async () => {
    await expect(wa.businessUsername.claim({ username: 'lucky_shrub', transfer_action: 'force_transfer' })).resolves.toMatchObject({ status: expect.any(String) });
    await expect(wa.businessUsername.get()).resolves.toMatchObject({ status: expect.any(String) });
    const suggestions = await wa.businessUsername.suggestions();
    expect(suggestions.data[0]?.username_suggestions).toEqual(expect.arrayContaining([expect.any(String)]));
    await expect(wa.businessUsername.delete()).resolves.toEqual({ success: true });
  });

  it('Prism refuses a name that breaks the username rules and an unknown transfer action', async () => {
    for (const username of ['ab', 'www.luckyshrub', '.lucky', 'lucky..shrub', '12345', 'lucky shrub']) {
      const error = await wa.businessUsername.claim({ username }).catch((e: unknown) => e);
      expect(error, username).toBeInstanceOf(GraphApiError);
    }
    const error = await wa.businessUsername.claim({ username: 'lucky_shrub', transfer_action: 'move' as never }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphApiError);
  });
});
