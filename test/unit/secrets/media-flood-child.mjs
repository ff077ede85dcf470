// The client side of the bounded-download check, in a process of its own so that its RSS is the
// SDK's and not the test runner's. It downloads media whose metadata says 10 bytes from a host
// that sends 100 MB, as bytes and as a stream, and, as a control for the measurement, reads the
// whole 100 MB with plain fetch. It prints one JSON line: for each run, the error it ended with
// and the peak RSS growth over the RSS before it.
// Usage: node --expose-gc media-flood-child.mjs <bundled sdk> <base url>
import { pathToFileURL } from 'node:url';

const [sdkPath, baseUrl] = process.argv.slice(2);
const { createWhatsApp } = await import(pathToFileURL(sdkPath).href);
const wa = createWhatsApp({ accessToken: 'EAAGm0PX4ZCpsBAKZCZCflood', baseUrl, timeoutMs: 0 });

async function measure(run) {
  globalThis.gc?.();
  const start = process.memoryUsage.rss();
  let peak = start;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 2);
  let outcome;
  try {
    outcome = { ok: await run() };
  } catch (error) {
    outcome = { error: error.name, limit: error.limit, received: error.received, message: error.message };
  } finally {
    clearInterval(timer);
  }
  peak = Math.max(peak, process.memoryUsage.rss());
  return { ...outcome, rssGrowthMb: (peak - start) / 1024 / 1024 };
}

// Warm up once (heap growth, undici's pools) so the runs compare like with like.
await measure(() => wa.media.get('1037'));
const bytes = await measure(async () => (await wa.media.download('1037')).data.byteLength);
const stream = await measure(async () => {
  let read = 0;
  for await (const chunk of (await wa.media.download('1037', { as: 'stream' })).stream) read += chunk.byteLength;
  return read;
});
const control = await measure(async () => (await (await fetch(`${baseUrl}/file`)).arrayBuffer()).byteLength);
process.stdout.write(`${JSON.stringify({ bytes, stream, control })}\n`);
