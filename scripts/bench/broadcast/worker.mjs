// One broadcast worker process: the SDK's client, a Redis pacer and startBroadcastWorker, as an
// app would run them. Usage: node worker.mjs '<config json>'. It writes JSON lines to stdout:
// `{"type":"ready"}` once it takes jobs, one `{"type":"outcome",…}` per recipient when `log` is
// set, and `{"type":"exit",…}` (the worker's report) when it stops: on SIGTERM, or by itself
// when Redis is lost.
import { Redis } from 'ioredis';
import { pathToFileURL } from 'node:url';

const config = JSON.parse(process.argv[2]);
const sdk = await import(pathToFileURL(config.sdk).href);
const print = (line) => process.stdout.write(`${JSON.stringify(line)}\n`);

const wa = sdk.createWhatsApp({ accessToken: 'stand-in-token', baseUrl: config.baseUrl, timeoutMs: config.timeoutMs ?? 10_000 });
const pacerRedis = new Redis(config.redisUrl, { maxRetriesPerRequest: 0, enableOfflineQueue: false, retryStrategy: () => null });
pacerRedis.on('error', () => {});
const pacer = sdk.createRedisPacer(pacerRedis, { messagesPerSecond: config.messagesPerSecond ?? 80 });

let worker;
try {
  worker = await sdk.startBroadcastWorker({
    connection: config.redisUrl,
    wa,
    pacer,
    concurrency: config.concurrency ?? 16,
    lockDurationMs: config.lockDurationMs ?? 30_000,
    ...(config.queueName ? { queueName: config.queueName } : {}),
    onOutcome: config.log ? (event) => print({ type: 'outcome', recipient: event.recipient, status: event.status, wamid: event.wamid, error: event.error?.message }) : undefined,
  });
} catch (error) {
  print({ type: 'start_failed', name: error.name, message: error.message });
  process.exit(1);
}
print({ type: 'ready', pid: process.pid });

process.once('SIGTERM', () => void worker.close());
const exit = await worker.closed;
print({ type: 'exit', cpuMs: Math.round((process.cpuUsage().user + process.cpuUsage().system) / 1000), ...exit, error: exit.error && { name: exit.error.name, message: exit.error.message }, unrecorded: exit.unrecorded.map(({ error, ...event }) => event) });
pacerRedis.disconnect();
process.exit(0);
