export const REDIS_SERVER: string;
export interface RedisServer {
  /** The loopback port it listens on. */
  port: number;
  /** `redis://127.0.0.1:<port>` */
  url: string;
  /** Everything redis-server printed, for failure messages. */
  log(): string;
  /** CPU time it has used so far (ms), from /proc; undefined off Linux. */
  cpuMs(): number | undefined;
  /** Ends it (SIGTERM) and removes its directory. */
  stop(): Promise<void>;
  /** Ends it at once (SIGKILL) and removes its directory. */
  kill(): Promise<void>;
}
/** Installs Debian's redis-server when missing (as root); throws the reason when it cannot. */
export function ensureRedisServer(): Promise<string>;
export function startRedisServer(): Promise<RedisServer>;
