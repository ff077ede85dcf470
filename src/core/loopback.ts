// Whether a host name is this machine. Plain http is safe only there: nothing on the wire leaves
// the machine, so a mock server (Prism, a test double) may take the token without TLS.

/** `localhost` (and `*.localhost`), 127.0.0.0/8 and `[::1]`, as `URL.hostname` spells them. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (host === '[::1]') return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
