import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createWhatsApp, GraphApiError, MediaFileError, type UploadFileType } from '../../src/index.js';
import { stubFetch } from '../support/fetch-stub.js';

const GRAPH = 'https://graph.facebook.com/v27.0';
const SESSION = 'upload:MTphdHRhY2htZW50OjlkYWM3ZTE4?sig=ARZqkGCA_uQ';
const file = new Blob([new TextEncoder().encode('0123456789')], { type: 'image/png' });

async function bodyText(body: unknown): Promise<string> {
  return new Response(body as Blob).text();
}

describe('uploads (Resumable Upload API)', () => {
  it('opens a session, sends the bytes from offset 0 with OAuth auth, and returns the handle', async () => {
    const { fetch, calls } = stubFetch({ json: { id: SESSION } }, { json: { h: '2:c2FtcGxl:ARa' } });
    const wa = createWhatsApp({ accessToken: 'tok', appId: '1581203058692316', fetch });
    await expect(wa.uploads.upload(file, { fileName: 'header.png' })).resolves.toBe('2:c2FtcGxl:ARa');

    expect(calls).toHaveLength(2);
    expect(calls[0]).toMatchObject({
      method: 'POST',
      url: `${GRAPH}/1581203058692316/uploads?file_length=10&file_type=image%2Fpng&file_name=header.png`,
      body: undefined,
    });
    expect(calls[0]?.headers.authorization).toBe('Bearer tok');
    expect(calls[1]).toMatchObject({ method: 'POST', url: `${GRAPH}/upload:MTphdHRhY2htZW50OjlkYWM3ZTE4?sig=ARZqkGCA_uQ` });
    expect(calls[1]?.headers).toMatchObject({ authorization: 'OAuth tok', file_offset: '0', 'content-type': 'application/octet-stream' });
    expect(await bodyText(calls[1]?.rawBody)).toBe('0123456789');
  });

  it('resumes an interrupted upload from the offset Graph reports', async () => {
    const { fetch, calls } = stubFetch(
      { json: { id: SESSION } },
      () => Promise.reject(new TypeError('fetch failed', { cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }) })),
      { json: { id: SESSION, file_offset: 4 } },
      { json: { h: 'handle-after-resume' } },
    );
    const wa = createWhatsApp({ accessToken: 'tok', appId: '1', fetch });
    await expect(wa.uploads.upload(new Uint8Array(new TextEncoder().encode('0123456789')), { fileType: 'application/pdf' })).resolves.toBe(
      'handle-after-resume',
    );
    expect(calls.map((c) => [c.method, c.url, c.headers.file_offset])).toEqual([
      ['POST', `${GRAPH}/1/uploads?file_length=10&file_type=application%2Fpdf`, undefined],
      ['POST', `${GRAPH}/upload:MTphdHRhY2htZW50OjlkYWM3ZTE4?sig=ARZqkGCA_uQ`, '0'],
      ['GET', `${GRAPH}/upload:MTphdHRhY2htZW50OjlkYWM3ZTE4?sig=ARZqkGCA_uQ`, undefined],
      ['POST', `${GRAPH}/upload:MTphdHRhY2htZW50OjlkYWM3ZTE4?sig=ARZqkGCA_uQ`, '4'],
    ]);
    expect(calls[2]?.headers.authorization).toBe('OAuth tok');
    expect(await bodyText(calls[3]?.rawBody)).toBe('456789');
  });

  it('resumes after a server error, but not after a parameter error', async () => {
    const serverError = { status: 500, json: { error: { message: 'Service unavailable', code: 131016 } } };
    const badRequest = { status: 400, json: { error: { message: 'Invalid parameter', code: 100 } } };
    const { fetch, calls } = stubFetch(serverError, { json: { id: SESSION, file_offset: 7 } }, badRequest);
    const wa = createWhatsApp({ accessToken: 'tok', fetch });
    const error = await wa.uploads.resume(SESSION, file).catch((e: unknown) => e);
    // resume() first asks where to start; here that first GET answers 500, so it is an error.
    expect(error).toBeInstanceOf(GraphApiError);
    expect(calls).toHaveLength(1);

    const second = stubFetch({ json: { id: SESSION, file_offset: 3 } }, serverError, { json: { id: SESSION, file_offset: 7 } }, badRequest);
    const wa2 = createWhatsApp({ accessToken: 'tok', fetch: second.fetch });
    await expect(wa2.uploads.resume(SESSION, file)).rejects.toMatchObject({ name: 'GraphApiError', code: 100 });
    expect(second.calls.map((c) => [c.method, c.headers.file_offset])).toEqual([
      ['GET', undefined],
      ['POST', '3'],
      ['GET', undefined],
      ['POST', '7'],
    ]);
  });

  it('stops after maxResumes interruptions', async () => {
    const reset = () => Promise.reject(new TypeError('fetch failed'));
    const offset = { json: { id: SESSION, file_offset: 2 } };
    const { fetch, calls } = stubFetch({ json: { id: SESSION } }, reset, offset, reset, offset, reset);
    const wa = createWhatsApp({ accessToken: 'tok', appId: '1', fetch });
    await expect(wa.uploads.upload(file, { maxResumes: 2 })).rejects.toMatchObject({ name: 'GraphNetworkError' });
    expect(calls).toHaveLength(6);
  });

  it('reads the session offset with GET /{upload-session-id}, keeping the id as Graph wrote it', async () => {
    const { fetch, calls } = stubFetch({ json: { id: 'upload:abc', file_offset: 0 } });
    const wa = createWhatsApp({ accessToken: 'tok', fetch });
    await expect(wa.uploads.status('upload:abc')).resolves.toEqual({ id: 'upload:abc', file_offset: 0 });
    await wa.uploads.status('upload:MTph/ZmlsZQ==?sig=AR+Zq');
    expect(calls[0]).toMatchObject({ method: 'GET', url: `${GRAPH}/upload:abc` });
    expect(calls[1]).toMatchObject({ method: 'GET', url: `${GRAPH}/upload:MTph%2FZmlsZQ==?sig=AR%2BZq` });
    expect(calls[0]?.headers.authorization).toBe('OAuth tok');
  });

  it('needs an app id and a file type', async () => {
    const wa = createWhatsApp({ accessToken: 'tok', fetch: stubFetch().fetch });
    await expect(wa.uploads.upload(file)).rejects.toMatchObject({ name: 'WhatsAppConfigError' });
    await expect(wa.uploads.upload(new Uint8Array(3), { appId: '1' })).rejects.toMatchObject({ name: 'WhatsAppConfigError' });
  });
});

describe('uploads.upload: inputs and limits', () => {
  const MB = 1024 * 1024;

  it('takes a Node Readable, a web ReadableStream and an async generator: file_length is the bytes read', async () => {
    const { fetch, calls } = stubFetch((request) =>
      Promise.resolve(new Response(JSON.stringify(request.method === 'POST' && request.url.includes('/uploads?') ? { id: SESSION } : { h: 'handle' }))),
    );
    const wa = createWhatsApp({ accessToken: 'tok', appId: '1', fetch });
    const web = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('01234'));
        controller.enqueue(new TextEncoder().encode('56789'));
        controller.close();
      },
    });
    async function* generated() {
      yield new TextEncoder().encode('0123456789');
    }
    for (const input of [Readable.from([Buffer.from('0123'), Buffer.from('456789')]), web, generated()]) {
      await expect(wa.uploads.upload(input, { fileType: 'image/png', fileName: 'header.png' })).resolves.toBe('handle');
    }
    const sessions = calls.filter((c) => c.url.includes('/uploads?'));
    expect(sessions.map((c) => c.url)).toEqual(Array(3).fill(`${GRAPH}/1/uploads?file_length=10&file_type=image%2Fpng&file_name=header.png`));
    const sends = calls.filter((c) => c.headers.file_offset !== undefined);
    expect(await Promise.all(sends.map((c) => bodyText(c.rawBody)))).toEqual(['0123456789', '0123456789', '0123456789']);
  });

  it('refuses a file over its type limit before opening a session', async () => {
    const { fetch, calls } = stubFetch({ json: { id: SESSION } });
    const wa = createWhatsApp({ accessToken: 'tok', appId: '1', fetch });
    const cases: [Blob | Uint8Array, UploadFileType, number][] = [
      [new Blob([new Uint8Array(5 * MB + 1)], { type: 'image/png' }), 'image/png', 5 * MB],
      [new Uint8Array(5 * MB + 1), 'image/jpg', 5 * MB],
      [new Uint8Array(16 * MB + 1), 'video/mp4', 16 * MB],
    ];
    for (const [file, fileType, limit] of cases) {
      const error = await wa.uploads.upload(file, { fileType }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MediaFileError);
      expect(error).toMatchObject({ reason: 'size', size: file instanceof Blob ? file.size : file.byteLength, limit });
    }
    await expect(wa.uploads.upload(new Uint8Array(0), { fileType: 'application/pdf' })).rejects.toMatchObject({ name: 'MediaFileError', reason: 'size', size: 0 });
    expect(calls).toHaveLength(0);
  });

  it('stops reading an oversize stream at the limit, before opening a session', async () => {
    const { fetch, calls } = stubFetch({ json: { id: SESSION } });
    const wa = createWhatsApp({ accessToken: 'tok', appId: '1', fetch });
    let yielded = 0;
    async function* endless() {
      for (;;) {
        yielded++;
        yield new Uint8Array(MB);
      }
    }
    await expect(wa.uploads.upload(endless(), { fileType: 'image/jpeg' })).rejects.toMatchObject({ name: 'MediaFileError', mimeType: 'image/jpeg', limit: 5 * MB });
    expect(yielded).toBe(6);
    expect(calls).toHaveLength(0);
  });

  it('a stream needs its fileType', async () => {
    const wa = createWhatsApp({ accessToken: 'tok', appId: '1', fetch: stubFetch().fetch });
    await expect(wa.uploads.upload(Readable.from([Buffer.from('x')]))).rejects.toMatchObject({ name: 'WhatsAppConfigError' });
  });

  it('resume takes bytes as well as a Blob', async () => {
    const { fetch, calls } = stubFetch({ json: { id: SESSION, file_offset: 6 } }, { json: { h: 'done' } });
    const wa = createWhatsApp({ accessToken: 'tok', fetch });
    await expect(wa.uploads.resume(SESSION, new TextEncoder().encode('0123456789'), { fileType: 'application/pdf' })).resolves.toEqual({ h: 'done' });
    expect(calls[1]?.headers.file_offset).toBe('6');
    expect(await bodyText(calls[1]?.rawBody)).toBe('6789');
  });
});
