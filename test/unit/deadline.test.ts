import { describe, expect, it } from 'vitest';
import { deadlineSignal, isDeadlineAbort } from '../../src/core/deadline.js';

describe('deadline signals', () => {
  it('calls that start together share a signal, at most 16 to one', () => {
    const signals = Array.from({ length: 40 }, () => deadlineSignal(60_000));
    const distinct = new Set(signals);
    expect(distinct.size).toBeGreaterThanOrEqual(3);
    for (const signal of distinct) expect(signals.filter((s) => s === signal).length).toBeLessThanOrEqual(16);
  });

  it('fires a TimeoutError no sooner than the timeout and within one slice after it', async () => {
    const started = Date.now();
    const signal = deadlineSignal(50);
    await new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(49);
    expect(isDeadlineAbort(signal)).toBe(true);
    expect((signal.reason as Error).message).toMatch(/timed out after 50 ms/);
  });

  it('a new call after the deadline fired gets a fresh signal', async () => {
    const first = deadlineSignal(10);
    await new Promise((resolve) => first.addEventListener('abort', resolve, { once: true }));
    const next = deadlineSignal(10);
    expect(next).not.toBe(first);
    expect(next.aborted).toBe(false);
  });
});
