export function assertSideEffectFree(entries: readonly string[], options?: { external?: readonly string[] }): Promise<void>;
