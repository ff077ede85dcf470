#!/usr/bin/env node
// The broadcast benchmark: N recipients sent by W worker processes through the Redis pacer,
// against the loopback Graph stand-in (80 messages/s per number by default, the pair rate,
// 130429/131056 when exceeded), with one worker killed (SIGKILL) a third of the way through.
// Duplicates and misses are counted from the stand-in's own log of accepted messages; a
// recipient the report lists as ambiguous is listed, not lost, and is not counted as missed.
//
//   node scripts/bench/broadcast.mjs [--recipients N] [--workers W] [--limit L]
//
// It ends with one line:
// broadcast: recipients=N sent=S duplicates=D missed=M ambiguous=A throttled=T workers=W limit_mps=L achieved_mps=X
// `npm run bench broadcast` runs it too (10,000 recipients take over two minutes, so it is not
// in the default set).
import { pathToFileURL } from 'node:url';
import { startRedisServer } from '../lib/redis-server.mjs';
import { bundleBroadcastSdk } from './broadcast/bundle.mjs';
import { startGraphStandIn } from './broadcast/graph-stand-in.mjs';
import { startWorkerProcess } from './broadcast/workers.mjs';

const PHONE_NUMBER_ID = '106540352242922';

/**
 * Jobs each worker holds: they book the number's schedule ahead, so a worker the machine holds
 * up for a moment does not leave the schedule empty. All workers together hold under one
 * second's worth of the limit (24 each for 3 workers at 80/s), so the sends a pause makes late
 * never exceed what Graph allows in a second.
 */
const concurrencyFor = (limit, workers) => Math.max(1, Math.floor((limit * 0.9) / workers));

/** Runs one broadcast and returns its figures; `log` gets progress lines. */
export async function runBroadcastBenchmark({ recipients = 10_000, workers = 3, limit = 80, log = () => {} } = {}) {
  if (workers < 2) throw new Error('--workers must be at least 2: one of them is killed mid-run');
  const sdkFile = await bundleBroadcastSdk();
  const sdk = await import(pathToFileURL(sdkFile).href);
  const redis = await startRedisServer();
  const graph = await startGraphStandIn({ limit });
  const processes = [];
  try {
    const config = { sdk: sdkFile, redisUrl: redis.url, baseUrl: graph.baseUrl, messagesPerSecond: limit, concurrency: concurrencyFor(limit, workers), lockDurationMs: 10_000 };
    for (let index = 0; index < workers; index++) processes.push(startWorkerProcess(config));
    await Promise.all(processes.map((worker) => worker.ready));

    const phones = Array.from({ length: recipients }, (_, index) => `+1 555 ${String(index).padStart(7, '0')}`);
    const started = Date.now();
    const broadcast = await sdk.createBroadcast({
      connection: redis.url,
      phoneNumberId: PHONE_NUMBER_ID,
      recipients: phones,
      message: (to, index) => ({ messaging_product: 'whatsapp', recipient_type: 'individual', to, type: 'text', text: { body: `Hello ${index}, your order ships today.` } }),
    });
    log(`enqueued ${recipients} recipients in ${Date.now() - started} ms`);

    const victim = processes[0];
    let killed = false;
    let lastLog = 0;
    let report;
    const deadline = Date.now() + ((recipients / limit) * 3 + 120) * 1000;
    for await (report of broadcast.progress({ intervalMs: 250 })) {
      if (!killed && report.done >= recipients / 3) {
        victim.kill('SIGKILL');
        killed = true;
        log(`killed worker ${victim.pid} (SIGKILL) at ${report.done}/${recipients}`);
      }
      if (Date.now() - lastLog >= 5_000) {
        lastLog = Date.now();
        log(`progress ${report.done}/${recipients}: sent ${report.sent}, failed ${report.failed}, ambiguous ${report.ambiguous}`);
      }
      if (Date.now() > deadline) throw new Error(`the broadcast did not finish in time: ${JSON.stringify(report)}`);
    }
    const ambiguousList = await broadcast.ambiguousRecipients();
    const failures = await broadcast.failures();
    await broadcast.close();
    for (const worker of processes.slice(1)) worker.kill('SIGTERM');
    await Promise.all(processes.map((worker) => worker.ended));
    const exits = await Promise.all(processes.slice(1).map((worker) => worker.exited));
    const cpu = process.cpuUsage();
    log(`CPU time: this process ${Math.round((cpu.user + cpu.system) / 1000)} ms, surviving workers ${exits.map((exit) => `${exit?.cpuMs} ms`).join(', ')}, redis-server ${redis.cpuMs()} ms`);

    const { duplicates, missed } = graph.count(phones);
    const listed = new Set(ambiguousList);
    const lost = missed.filter((to) => !listed.has(to));
    const times = graph.accepted.map((entry) => entry.at);
    const spanSeconds = (Math.max(...times) - Math.min(...times)) / 1000;
    const achieved = spanSeconds > 0 ? (graph.accepted.length - 1) / spanSeconds : 0;
    log(`longest pauses between accepted messages: ${longestPauses(times).join(', ')}`);
    log(`accepted per 10 s: ${perTenSeconds(times).join(' ')}`);
    if (ambiguousList.length) log(`ambiguous (listed for a manual check): ${ambiguousList.join(', ')}`);
    if (failures.length) log(`failed: ${failures.slice(0, 10).map((failure) => `${failure.recipient} ${failure.category} ${failure.code ?? ''}`).join('; ')}`);
    log(`report: sent ${report.sent}, failed ${report.failed}, ambiguous ${report.ambiguous}; stand-in accepted ${graph.accepted.length} messages in ${spanSeconds.toFixed(1)} s`);
    return {
      recipients,
      sent: graph.accepted.length,
      duplicates: duplicates.length,
      missed: lost.length,
      ambiguous: report.ambiguous,
      throttled: graph.throttled[130429] + graph.throttled[131056],
      workers,
      limit,
      achieved,
    };
  } finally {
    for (const worker of processes) worker.kill('SIGKILL');
    await graph.stop();
    await redis.stop();
  }
}

/** The three longest gaps between consecutive accepted messages, as `<gap> ms at <second of the run> s`. */
function longestPauses(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const gaps = sorted.slice(1).map((at, index) => ({ gap: at - sorted[index], at: (sorted[index] - sorted[0]) / 1000 }));
  return gaps.sort((a, b) => b.gap - a.gap).slice(0, 3).map(({ gap, at }) => `${gap} ms at ${at.toFixed(1)} s`);
}

/** How many messages the stand-in accepted in each 10 s of the run. */
function perTenSeconds(times) {
  const first = Math.min(...times);
  const counts = [];
  for (const at of times) {
    const slot = Math.floor((at - first) / 10_000);
    counts[slot] = (counts[slot] ?? 0) + 1;
  }
  return Array.from(counts, (count) => count ?? 0);
}

/** The benchmark's last line, in the issue's exact form. */
export function resultLine(result) {
  return `broadcast: recipients=${result.recipients} sent=${result.sent} duplicates=${result.duplicates} missed=${result.missed} ambiguous=${result.ambiguous} throttled=${result.throttled} workers=${result.workers} limit_mps=${result.limit} achieved_mps=${result.achieved.toFixed(1)}`;
}

/** For scripts/bench.mjs: the figures as table rows. */
export async function run() {
  const result = await runBroadcastBenchmark({ log: (line) => process.stdout.write(`  ${line}\n`) });
  console.log(resultLine(result));
  const group = `broadcast (${result.recipients} recipients, ${result.workers} workers, one killed, limit ${result.limit}/s)`;
  return [
    { group, name: 'achieved messages/s', value: result.achieved.toFixed(1) },
    { group, name: 'duplicates', value: result.duplicates },
    { group, name: 'missed', value: result.missed },
    { group, name: 'ambiguous (listed)', value: result.ambiguous },
    { group, name: 'throttled answers', value: result.throttled },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const flag = (name, fallback) => {
    const index = process.argv.indexOf(`--${name}`);
    if (index < 0) return fallback;
    const value = Number(process.argv[index + 1]);
    if (!Number.isInteger(value) || value < 1) {
      console.error(`--${name} needs a positive integer`);
      process.exit(2);
    }
    return value;
  };
  const result = await runBroadcastBenchmark({
    recipients: flag('recipients', 10_000),
    workers: flag('workers', 3),
    limit: flag('limit', 80),
    log: (line) => console.log(line),
  });
  console.log(resultLine(result));
}
