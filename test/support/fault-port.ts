// A loopback port where nothing listens: one that is free to bind, then released. Connecting to it
// is refused at once, before any byte of a request is written. It is picked below Linux's
// ephemeral range (32768 and up): a connection whose own source port happened to equal a free
// destination port inside that range would connect to itself instead of being refused.
import { createServer } from 'node:net';

const LOW = 20_000;
const HIGH = 32_000;

function tryPort(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

export async function unusedPort(): Promise<number> {
  for (let tries = 0; tries < 200; tries++) {
    const port = LOW + Math.floor(Math.random() * (HIGH - LOW));
    if (await tryPort(port)) return port;
  }
  throw new Error(`no free loopback port between ${LOW} and ${HIGH}`);
}
