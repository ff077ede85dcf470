// Runs a Lua script by its SHA, loading it when Redis does not know it (first use, or after a
// restart), so each call sends the script's hash and not its text.
import type { Redis } from 'ioredis';

/**
 * A Lua script and the hash Redis knows it by, learnt on first use. Written as an object literal
 * (`{ source: \`…\` }`): a call at module level would stay in every bundle that imports the module.
 */
export interface LuaScript {
  readonly source: string;
  sha?: string;
}

export async function runScript(redis: Redis, script: LuaScript, keys: readonly string[], args: readonly (string | number)[]): Promise<unknown> {
  if (script.sha) {
    try {
      return await redis.evalsha(script.sha, keys.length, ...keys, ...args);
    } catch (error) {
      if (!String((error as Error).message).includes('NOSCRIPT')) throw error;
    }
  }
  script.sha = (await redis.script('LOAD', script.source)) as string;
  return redis.evalsha(script.sha, keys.length, ...keys, ...args);
}
