// A real redis-server per test file (Debian's package, installed as root when missing; the
// tests fail when it cannot be had), and the broadcast benchmark's parts the scale tests share.
export { startRedisServer, ensureRedisServer, type RedisServer } from '../../scripts/lib/redis-server.mjs';
export { freePort } from '../../scripts/lib/prism.mjs';
