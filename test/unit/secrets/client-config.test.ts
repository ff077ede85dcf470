// Set-up mistakes are WhatsAppConfigErrors (so every failure is a WhatsAppError), and a base URL
// that would put the token on the wire in clear is one of them unless the caller opts in.
import { describe, expect, it } from 'vitest';
import { createWhatsApp, GRAPH_VERSION, SUPPORTED_GRAPH_VERSIONS, WhatsAppConfigError, WhatsAppError, type WhatsAppOptions } from '../../../src/index.js';
import { createRawClient } from '../../../src/raw/index.js';
import { stubFetch } from '../../support/fetch-stub.js';

const TOKEN = 'EAAGm0PX4ZCpsBAKZCZCconfig';

function configError(options: unknown): WhatsAppConfigError {
  try {
    createWhatsApp(options as WhatsAppOptions);
  } catch (error) {
    expect(error).toBeInstanceOf(WhatsAppConfigError);
    expect(error).toBeInstanceOf(WhatsAppError);
    return error as WhatsAppConfigError;
  }
  throw new Error('createWhatsApp accepted the options');
}

describe('the access token', () => {
  it('is required, as a non-empty string', () => {
    expect(configError({ accessToken: '' }).message).toContain('accessToken is required');
    expect(configError({ accessToken: '   ' }).message).toContain('accessToken is required');
    expect(configError({}).message).toContain('accessToken is required');
    expect(configError({ accessToken: 42 }).message).toContain('accessToken is required');
    expect(configError(undefined).message).toContain('options object');
  });
});

describe('other options', () => {
  it('name the option that is wrong', () => {
    expect(configError({ accessToken: TOKEN, fetch: 'fetch' }).message).toContain('fetch must be a function');
    expect(configError({ accessToken: TOKEN, timeoutMs: -1 }).message).toContain('timeoutMs');
    expect(configError({ accessToken: TOKEN, timeoutMs: Number.NaN }).message).toContain('timeoutMs');
    expect(configError({ accessToken: TOKEN, appSecret: '' }).message).toContain('appSecret');
    expect(configError({ accessToken: TOKEN, trustedHosts: 'media.example' }).message).toContain('trustedHosts');
  });
});

describe('a plain-http baseUrl', () => {
  it('is refused for a host that is not loopback', () => {
    const error = configError({ accessToken: TOKEN, baseUrl: 'http://graph.example.com/v23.0' });
    expect(error.message).toContain('plain http');
    expect(error.message).toContain('allowInsecureHttp');
    expect(error.message).not.toContain(TOKEN);
  });

  it('is accepted for loopback hosts, where mock servers run', async () => {
    for (const baseUrl of ['http://localhost:4010', 'http://127.0.0.1:4010/v23.0', 'http://127.8.9.10', 'http://[::1]:4010', 'http://prism.localhost:4010']) {
      const { fetch, calls } = stubFetch({ json: { id: '1' } });
      await createWhatsApp({ accessToken: TOKEN, baseUrl, fetch }).media.get('1');
      expect(calls[0]!.url.startsWith(baseUrl.replace(/\/$/, ''))).toBe(true);
    }
  });

  it('is accepted anywhere with allowInsecureHttp', async () => {
    const { fetch, calls } = stubFetch({ json: { id: '1' } });
    await createWhatsApp({ accessToken: TOKEN, baseUrl: 'http://graph.internal.example/v23.0', allowInsecureHttp: true, fetch }).media.get('1');
    expect(calls[0]!.url).toBe('http://graph.internal.example/v23.0/1');
  });

  it('is told apart from hosts that only look like loopback', () => {
    for (const baseUrl of ['http://127.0.0.1.attacker.example', 'http://localhost.attacker.example', 'http://128.0.0.1']) {
      configError({ accessToken: TOKEN, baseUrl });
    }
  });
});

describe('other base URLs', () => {
  it('refuses what is not an http(s) URL, or carries a query', () => {
    expect(configError({ accessToken: TOKEN, baseUrl: 'graph.facebook.com/v27.0' }).message).toContain('not an absolute URL');
    expect(configError({ accessToken: TOKEN, baseUrl: 'ftp://graph.facebook.com' }).message).toContain('https');
    expect(configError({ accessToken: TOKEN, baseUrl: 'https://graph.facebook.com/v27.0?x=1' }).message).toContain('query');
  });
});

describe('the base URL as the client keeps it', () => {
  it('is spelled as the URL parser spells it, so the raw client finds its calls under it', async () => {
    const { fetch, calls } = stubFetch({ json: { id: '42' } });
    const wa = createWhatsApp({ accessToken: TOKEN, baseUrl: 'HTTPS://Graph.Facebook.com:443/v27.0/', fetch });
    expect(wa.transport.baseUrl).toBe('https://graph.facebook.com/v27.0');
    await createRawClient(wa).GET('/{media-id}', { params: { path: { 'media-id': '42' } } });
    expect(calls[0]!.url).toBe('https://graph.facebook.com/v27.0/42');
    expect(calls[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });
});

describe('graphVersion', () => {
  it('defaults to the newest version the spec covers, and takes any covered one without a word', async () => {
    const warnings: string[] = [];
    const { fetch, calls } = stubFetch({ json: { id: '1' } });
    await createWhatsApp({ accessToken: TOKEN, fetch, warn: (message) => warnings.push(message) }).media.get('1');
    await createWhatsApp({ accessToken: TOKEN, fetch, graphVersion: 'v24.0', warn: (message) => warnings.push(message) }).media.get('1');
    expect(calls.map((call) => call.url)).toEqual([`https://graph.facebook.com/${GRAPH_VERSION}/1`, 'https://graph.facebook.com/v24.0/1']);
    expect(GRAPH_VERSION).toBe(SUPPORTED_GRAPH_VERSIONS[SUPPORTED_GRAPH_VERSIONS.length - 1]);
    expect(warnings).toEqual([]);
  });

  it('sends to a version the spec does not cover, after a warning naming it', async () => {
    const warnings: string[] = [];
    const { fetch, calls } = stubFetch({ json: { id: '1' } });
    await createWhatsApp({ accessToken: TOKEN, fetch, graphVersion: 'v28.0', warn: (message) => warnings.push(message) }).media.get('1');
    expect(calls[0]!.url).toBe('https://graph.facebook.com/v28.0/1');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('"v28.0"');
  });

  it('refuses a version that is not a version, and a warn that is not a function', () => {
    for (const graphVersion of ['27.0', 'v27', 'latest', '']) {
      expect(() => createWhatsApp({ accessToken: TOKEN, graphVersion })).toThrow(WhatsAppConfigError);
    }
    expect(() => createWhatsApp({ accessToken: TOKEN, warn: 'loud' as never })).toThrow(/warn must be a function/);
  });
});
