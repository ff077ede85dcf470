// Opens the Redis connections a broadcast owns (its own commands and BullMQ's), and fails fast and
// clearly when Redis is not there: no offline queue that would hold commands while reconnecting,
// no silent reconnects. It is the one module that loads ioredis itself, which is why it lives
// under broadcast/: `whatsapp-cloud-sdk/redis` takes the app's own client and never loads ioredis.
import type { ConnectionOptions } from 'bullmq';
import type { Redis, RedisOptions } from 'ioredis';
import { WhatsAppConfigError } from '../../core/config-error.js';
import { RedisUnavailableError } from '../errors.js';

/** Where Redis is: a `redis://` / `rediss://` URL, or ioredis options (host, port, password, tls…). */
export type RedisConnection = string | RedisOptions;

/** How long connecting may take before Redis counts as unreachable (ms). */
export const CONNECT_TIMEOUT_MS = 5_000;

/**
 * A connected client for this library's own commands. It does not queue commands while
 * disconnected and does not reconnect: a command fails at once when Redis is gone, so nothing is
 * claimed or sent on a connection that is not there.
 */
export async function openRedis(connection: RedisConnection, purpose: string): Promise<Redis> {
  const options: RedisOptions = {
    connectTimeout: CONNECT_TIMEOUT_MS,
    commandTimeout: 10_000,
    ...(typeof connection === 'string' ? {} : connection),
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  };
  const url = typeof connection === 'string' ? checkUrl(connection) : undefined;
  // Loaded on first connect, not when the entry point is imported (bullmq, too, loads ioredis only
  // when it connects): importing ioredis adds 40-60 ms to a cold start.
  const { Redis } = await import('ioredis');
  const client = url === undefined ? new Redis(options) : new Redis(url, options);
  // Errors surface through the commands; without a listener ioredis would print each one.
  client.on('error', () => {});
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    client.disconnect();
    const server = describeServer(connection);
    throw new RedisUnavailableError(`Redis at ${server} is unreachable (${purpose}): ${(error as Error).message ?? String(error)}`, server, error);
  }
  return client;
}

/** Options for BullMQ's own connections to the same server (it needs `maxRetriesPerRequest: null`). */
export function bullConnection(connection: RedisConnection): ConnectionOptions {
  if (typeof connection === 'string') return { url: checkUrl(connection), maxRetriesPerRequest: null };
  return { ...connection, maxRetriesPerRequest: null } as ConnectionOptions;
}

/** The server as `host:port` (or the URL without user and password), for messages. */
export function describeServer(connection: RedisConnection): string {
  if (typeof connection !== 'string') return `${connection.host ?? '127.0.0.1'}:${connection.port ?? 6379}`;
  try {
    const url = new URL(connection);
    return `${url.protocol}//${url.host}${url.pathname === '/' ? '' : url.pathname}`;
  } catch {
    return '(invalid Redis URL)';
  }
}

function checkUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new WhatsAppConfigError('connection must be a redis:// or rediss:// URL or ioredis options; the string given is not a URL');
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') {
    throw new WhatsAppConfigError(`connection must be a redis:// or rediss:// URL, got ${parsed.protocol}//`);
  }
  return url;
}
