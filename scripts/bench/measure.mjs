// Side-by-side timing: every contender runs once per round, in turn, and we keep the median of
// the rounds. On a shared, noisy machine only ratios measured this way mean anything. Ratios are
// paired: each round's time over the first contender's time in the same round, then the median
// of those, so a slow spell of the machine that spans a round cancels out instead of landing on
// whichever contender happened to run in it.
export async function compare(contenders, { rounds = 9, iterations = 2000, concurrency = 1, warmup = 1 } = {}) {
  const samples = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
  for (let round = -warmup; round < rounds; round++) {
    for (const [name, fn] of Object.entries(contenders)) {
      const elapsed = await timeBatch(fn, iterations, concurrency);
      if (round >= 0) samples[name].push(elapsed / iterations);
    }
  }
  const [baseline] = Object.keys(contenders);
  const times = Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]));
  const ratios = Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values.map((value, round) => value / samples[baseline][round]))]));
  return Object.defineProperty(times, 'ratios', { value: ratios, enumerable: false });
}

async function timeBatch(fn, iterations, concurrency) {
  let next = 0;
  const start = process.hrtime.bigint();
  const worker = async () => {
    while (next < iterations) {
      next++;
      await fn();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return Number(process.hrtime.bigint() - start); // ns
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const micro = (ns) => `${(ns / 1000).toFixed(2)} µs`;
