// A seeded generator of damaged webhook payloads, shared by the fuzz tests: the same seed gives
// the same mutations, so any failure can be replayed.
import { fixtures, metaJson } from './support.js';

/** mulberry32: a tiny seeded PRNG, enough to make mutations repeatable. */
export function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function mutator(random: () => number) {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const randomValue = (): Json =>
    pick<() => Json>([
      () => null,
      () => random() < 0.5,
      () => Math.floor(random() * 2 ** 40) - 2 ** 39,
      () => pick(['', 'text', 'unknown', 'messages', 'interactive', 'nfm_reply', '{', '💥', '__proto__', 'constructor']),
      () => [],
      () => ({}),
      () => [pick([null, 1, 'x', {}])],
      () => ({ type: pick(['text', 'poll', 'interactive']), id: 'x' }),
    ])();

  /** Every container in the tree, with the key of each child, so one can be changed in place. */
  function slots(root: Json): { parent: Json[] | { [key: string]: Json }; key: string | number }[] {
    const out: { parent: Json[] | { [key: string]: Json }; key: string | number }[] = [];
    const walk = (node: Json) => {
      if (Array.isArray(node)) node.forEach((child, i) => (out.push({ parent: node, key: i }), walk(child)));
      else if (node && typeof node === 'object') for (const key of Object.keys(node)) out.push({ parent: node, key }), walk(node[key]!);
    };
    walk(root);
    return out;
  }

  return function mutate(payload: Json): unknown {
    const count = 1 + Math.floor(random() * 3);
    for (let i = 0; i < count; i++) {
      const all = slots(payload);
      if (all.length === 0) break;
      const { parent, key } = pick(all);
      const kind = random();
      if (kind < 0.3) {
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete parent[key as string];
      } else if (kind < 0.7) {
        (parent as Record<string | number, Json>)[key] = randomValue();
      } else if (kind < 0.8 && Array.isArray(parent)) {
        parent.push(structuredClone(parent[key as number]!));
      } else if (!Array.isArray(parent)) {
        parent[pick(['type', 'id', 'field', 'value', 'entry', 'changes', 'messages', 'statuses', 'extra', 'metadata'])] = randomValue();
      }
    }
    // Some mutations work on the text instead: truncation and stray bytes.
    const roll = random();
    if (roll < 0.1) {
      const text = metaJson(payload);
      return text.slice(0, Math.floor(random() * text.length));
    }
    if (roll < 0.15) {
      const text = metaJson(payload);
      const at = Math.floor(random() * text.length);
      return new TextEncoder().encode(text.slice(0, at) + pick(['"', '}', '\\u', '\u0000', ',', ']']) + text.slice(at));
    }
    return payload;
  };
}

/**
 * `count` mutated fixtures from `seed`, each as what a server would receive: an object, or text
 * or bytes when the mutation damaged the JSON itself.
 */
export function* mutatedPayloads(seed: number, count: number): Generator<{ index: number; input: unknown }> {
  const random = prng(seed);
  const mutate = mutator(random);
  const names = Object.keys(fixtures);
  for (let index = 0; index < count; index++) {
    yield { index, input: mutate(structuredClone(fixtures[names[Math.floor(random() * names.length)]!]) as Json) };
  }
}

/** The bytes a server would receive for a mutated payload, encoded the way Graph encodes. */
export function asBytes(input: unknown): Uint8Array {
  if (input instanceof Uint8Array) return input;
  return new TextEncoder().encode(typeof input === 'string' ? input : metaJson(input));
}
