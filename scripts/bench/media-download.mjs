// Media download: 100 MB streamed from a loopback "media host" through `media.download(id, { as:
// 'stream' })`, and the same file as bytes for contrast. Reports the peak RSS growth over the
// starting RSS: streaming must stay bounded (a few MB of buffers), bytes hold the whole file.
// Last, the same 100 MB sent for media whose metadata says 10 bytes: the download must stop at the
// limit, so its growth stays at a few chunks whether read as bytes or as a stream.
// MEDIA_BENCH_MB changes the file size (default 100) to show the streaming growth does not scale.
// The server runs in a child process (this same file with the `serve` argument) so its buffers do
// not count against the client's memory.
import { fork } from 'node:child_process';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

const SIZE = Number(process.env.MEDIA_BENCH_MB ?? 100) * 1024 * 1024;
const CHUNK = 64 * 1024;
const MEDIA_ID = '1037543291543636';
/** Media whose metadata says 10 bytes, served the same 100 MB. */
const FLOOD_ID = '1037543291549999';

if (process.argv[2] === 'serve') serve();

export async function run({ sdk }) {
  const server = fork(fileURLToPath(import.meta.url), ['serve'], { stdio: 'ignore' });
  const port = await new Promise((resolve) => server.once('message', (m) => resolve(m.port)));
  try {
    const wa = sdk.createWhatsApp({ accessToken: 'token', baseUrl: `http://127.0.0.1:${port}`, timeoutMs: 0 });
    const url = `http://127.0.0.1:${port}/file?mid=${MEDIA_ID}`;
    // The first download in a process grows the heap and undici's pools once (tens of MB, whatever
    // the file size); it is reported on its own, then every contender runs warm.
    const cold = await measure((sample) => drain(async () => (await wa.media.download(MEDIA_ID, { as: 'stream' })).stream, sample));
    const floor = await measure((sample) => drain(async () => (await fetch(url, { headers: { authorization: 'Bearer token' } })).body, sample));
    const stream = await measure((sample) => drain(async () => (await wa.media.download(MEDIA_ID, { as: 'stream' })).stream, sample));
    const bytes = await measure(async () => (await wa.media.download(MEDIA_ID)).data.byteLength);
    const row = (name, result) => ({
      group: `media download (${SIZE / 1024 / 1024} MB over loopback)`,
      name,
      value: `${mb(result.growth)} MB`,
      rssGrowthMb: Number(mb(result.growth)),
      bytes: result.bytes,
      ms: Math.round(result.ms),
      mbPerSecond: Number((result.bytes / 1024 / 1024 / (result.ms / 1000)).toFixed(1)),
    });
    const floodBytes = await measureRefusal(() => wa.media.download(FLOOD_ID));
    const floodStream = await measureRefusal(async () => {
      for await (const chunk of (await wa.media.download(FLOOD_ID, { as: 'stream' })).stream) void chunk;
    });
    const refused = (name, result) => ({
      group: `media download (${SIZE / 1024 / 1024} MB over loopback)`,
      name,
      value: `${mb(result.growth)} MB`,
      rssGrowthMb: Number(mb(result.growth)),
      error: result.error,
      received: result.received,
    });
    return [
      row('media.download stream, first in process: peak RSS growth', cold),
      row('raw fetch stream (floor), warm: peak RSS growth', floor),
      row('media.download stream, warm: peak RSS growth', stream),
      row('media.download bytes (whole file in memory): peak RSS growth', bytes),
      refused('media.download bytes, file_size 10: peak RSS growth until refused', floodBytes),
      refused('media.download stream, file_size 10: peak RSS growth until refused', floodStream),
    ];
  } finally {
    server.kill();
  }
}

/** Reads a stream to the end, sampling RSS every MB; returns the byte count. */
async function drain(open, sample) {
  const stream = await open();
  let bytes = 0;
  let sinceSample = 0;
  for await (const chunk of stream) {
    bytes += chunk.byteLength;
    sinceSample += chunk.byteLength;
    if (sinceSample >= 1024 * 1024) {
      sinceSample = 0;
      sample();
    }
  }
  return bytes;
}

/** Runs `body`, sampling RSS whenever it calls `sample()` and every 20 ms; returns the peak growth. */
async function measure(body) {
  globalThis.gc?.();
  const start = process.memoryUsage.rss();
  let peak = start;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage.rss());
  };
  const timer = setInterval(sample, 20);
  const began = performance.now();
  try {
    const bytes = await body(sample);
    sample();
    if (bytes !== SIZE) throw new Error(`media-download: read ${bytes} bytes, expected ${SIZE}`);
    return { bytes, growth: peak - start, ms: performance.now() - began };
  } finally {
    clearInterval(timer);
  }
}

/** Runs a download that must be refused for its size; returns the peak RSS growth and the error. */
async function measureRefusal(body) {
  globalThis.gc?.();
  const start = process.memoryUsage.rss();
  let peak = start;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 5);
  try {
    await body();
  } catch (error) {
    if (error.name !== 'MediaTooLargeError') throw error;
    peak = Math.max(peak, process.memoryUsage.rss());
    return { growth: peak - start, error: error.name, received: error.received };
  } finally {
    clearInterval(timer);
  }
  throw new Error('media-download: 100 MB behind a 10-byte file_size was not refused');
}

const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);

/** The Graph stand-in: GET /{media-id} gives the URL; GET /file streams SIZE bytes of one reused chunk. */
function serve() {
  const chunk = Buffer.alloc(CHUNK, 0x61);
  const server = createServer((req, res) => {
    const { port } = server.address();
    if (req.url?.startsWith(`/${MEDIA_ID}`) || req.url?.startsWith(`/${FLOOD_ID}`)) {
      const id = req.url.slice(1, 1 + MEDIA_ID.length);
      const fileSize = id === FLOOD_ID ? 10 : SIZE;
      const body = JSON.stringify({ messaging_product: 'whatsapp', url: `http://127.0.0.1:${port}/file?mid=${id}`, mime_type: 'video/mp4', file_size: fileSize, id });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(body);
      return;
    }
    if (req.headers.authorization !== 'Bearer token') {
      res.writeHead(401).end();
      return;
    }
    // The flood is chunked, with no Content-Length, so only counting bytes as they arrive stops it.
    const flood = req.url?.includes(FLOOD_ID);
    res.writeHead(200, flood ? { 'content-type': 'video/mp4' } : { 'content-type': 'video/mp4', 'content-length': SIZE });
    let sent = 0;
    const write = () => {
      while (sent < SIZE && !res.destroyed) {
        sent += CHUNK;
        if (!res.write(chunk)) return void res.once('drain', write);
      }
      res.end();
    };
    write();
  });
  server.listen(0, '127.0.0.1', () => process.send?.({ port: server.address().port }));
  process.on('disconnect', () => process.exit(0));
}
