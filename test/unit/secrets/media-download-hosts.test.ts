// The access token goes with a media download only over https to Meta's hosts, to the baseUrl's
// own origin, or to hosts the client was told to trust; never over plain http to anyone else, and
// never across a redirect to another origin, whatever the fetch does with redirects on its own.
import { describe, expect, it } from 'vitest';
import { createWhatsApp, GraphApiError, WhatsAppConfigError, type WhatsAppOptions } from '../../../src/index.js';
import { stubFetch, type RecordedRequest, type StubReply } from '../../support/fetch-stub.js';
import { rejectionOf } from '../../support/rejection.js';

const TOKEN = 'EAAGm0PX4ZCpsBAKZCZCmediahosts';
const BEARER = `Bearer ${TOKEN}`;

const metadata = (url: string): StubReply => ({ json: { messaging_product: 'whatsapp', url, mime_type: 'image/jpeg', file_size: 3, id: '1037' } });
const jpeg: StubReply = { text: 'jpg' };
const redirect = (location: string, status = 302): StubReply => () => new Response(null, { status, headers: { location } });

function client(replies: StubReply[], options: Partial<WhatsAppOptions> = {}) {
  const stub = stubFetch(...replies);
  const wa = createWhatsApp({ accessToken: TOKEN, fetch: stub.fetch, ...options });
  /** The requests after the metadata lookup: the media host and any redirects. */
  const hops = (): RecordedRequest[] => stub.calls.slice(1);
  return { wa, hops, calls: stub.calls };
}

describe('where the token goes', () => {
  it("goes to Meta's media host over https", async () => {
    const { wa, hops } = client([metadata('https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1'), jpeg]);
    await wa.media.download('1037');
    expect(hops()[0]!.headers.authorization).toBe(BEARER);
  });

  it("is refused for Meta's host over plain http, and nothing is sent there", async () => {
    const { wa, hops } = client([metadata('http://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1'), jpeg]);
    const error = await rejectionOf(wa.media.download('1037'));
    expect(error).toBeInstanceOf(WhatsAppConfigError);
    expect((error as Error).message).toContain('http://lookaside.fbsbx.com');
    expect(hops()).toHaveLength(0);
  });

  it('is refused for a host that is not Meta’s, also one that only ends like it', async () => {
    for (const url of ['https://attacker.example/file', 'https://evilfbsbx.com/file', 'https://fbsbx.com.attacker.example/file']) {
      const { wa, hops } = client([metadata(url), jpeg]);
      await expect(wa.media.download('1037')).rejects.toBeInstanceOf(WhatsAppConfigError);
      expect(hops()).toHaveLength(0);
    }
  });

  it('goes to a host named in trustedHosts, and to the baseUrl origin', async () => {
    const proxy = client([metadata('https://media-proxy.internal.example:8443/file'), jpeg], { trustedHosts: ['media-proxy.internal.example:8443'] });
    await proxy.wa.media.download('1037');
    expect(proxy.hops()[0]!.headers.authorization).toBe(BEARER);

    const mock = client([metadata('http://127.0.0.1:4010/media/1037'), jpeg], { baseUrl: 'http://127.0.0.1:4010/v23.0' });
    await mock.wa.media.download('1037');
    expect(mock.hops()[0]!.headers.authorization).toBe(BEARER);
  });

  it('goes over plain http to a trusted host that is not loopback only with allowInsecureHttp', async () => {
    const url = 'http://media-proxy.internal.example/file';
    const strict = client([metadata(url), jpeg], { trustedHosts: ['media-proxy.internal.example'] });
    await expect(strict.wa.media.download('1037')).rejects.toBeInstanceOf(WhatsAppConfigError);
    const insecure = client([metadata(url), jpeg], { trustedHosts: ['media-proxy.internal.example'], allowInsecureHttp: true });
    await insecure.wa.media.download('1037');
    expect(insecure.hops()[0]!.headers.authorization).toBe(BEARER);
  });

  it('refuses a trustedHosts entry that is not a host name', () => {
    for (const entry of ['https://media.example', 'media.example/path', '*.example.com', '']) {
      expect(() => createWhatsApp({ accessToken: TOKEN, trustedHosts: [entry] })).toThrow(WhatsAppConfigError);
    }
  });
});

describe('redirects', () => {
  const start = 'https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1';

  it('are followed by the client, the token kept on the same origin', async () => {
    const { wa, hops } = client([metadata(start), redirect('/whatsapp_business/attachments/?mid=1&n=2', 307), jpeg]);
    await wa.media.download('1037');
    expect(hops().map((hop) => [hop.url, hop.headers.authorization])).toEqual([
      [start, BEARER],
      ['https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1&n=2', BEARER],
    ]);
  });

  it('drop the token (and the other headers but User-Agent) on a hop to another origin, even a Meta one', async () => {
    for (const location of ['https://attacker.example/steal', 'http://lookaside.fbsbx.com/plain', 'https://scontent.xx.fbcdn.net/v/file']) {
      const { wa, hops } = client([metadata(start), redirect(location), jpeg], { headers: { 'user-agent': 'my-app/1.0', 'x-proxy-key': 'k' } });
      await wa.media.download('1037');
      expect(hops()).toHaveLength(2);
      expect(hops()[0]!.headers).toMatchObject({ authorization: BEARER, 'x-proxy-key': 'k' });
      expect(hops()[1]!.url).toBe(location);
      expect(hops()[1]!.headers).toEqual({ 'user-agent': 'my-app/1.0' });
    }
  });

  it('do not bring the token back when a later hop returns to the first origin', async () => {
    const { wa, hops } = client([metadata(start), redirect('https://elsewhere.example/bounce'), redirect(start), jpeg]);
    await wa.media.download('1037');
    expect(hops().map((hop) => hop.headers.authorization)).toEqual([BEARER, undefined, undefined]);
  });

  it('stop after five, with a GraphApiError', async () => {
    const { wa, hops } = client([metadata(start), redirect(start)]);
    const error = await rejectionOf(wa.media.download('1037'));
    expect(error).toBeInstanceOf(GraphApiError);
    expect((error as Error).message).toContain('more than 5 redirects');
    expect(hops()).toHaveLength(6);
  });

  it('that the runtime hides (an opaque redirect) end the download instead of being followed blind', async () => {
    const opaque = Object.defineProperty(new Response(null, { status: 200 }), 'type', { value: 'opaqueredirect' });
    const { wa } = client([metadata(start), () => opaque]);
    await expect(wa.media.download('1037')).rejects.toThrow(/redirect cannot be followed/);
  });
});

describe('the fetch it is given', () => {
  it("receives redirect: 'manual' on every media request", async () => {
    const seen: RequestInit[] = [];
    const fetch = async (url: string, init: RequestInit) => {
      seen.push(init);
      if (url.startsWith('https://graph.facebook.com')) return Response.json({ url: `${start}`, mime_type: 'image/jpeg', file_size: 3, id: '1' });
      return new Response('jpg');
    };
    const start = 'https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1';
    await createWhatsApp({ accessToken: TOKEN, fetch }).media.download('1');
    expect(seen[1]!.redirect).toBe('manual');
  });
});
