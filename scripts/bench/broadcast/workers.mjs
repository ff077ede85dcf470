// Starts broadcast worker processes (worker.mjs) and follows what they print.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'worker.mjs');

/**
 * Starts one worker process with `config` and resolves once it takes jobs. The handle keeps its
 * lines (`lines`), the exit line (`exited`, a promise of it or of undefined when it was killed),
 * and can `kill(signal)` it.
 */
export function startWorkerProcess(config) {
  const child = spawn(process.execPath, [...(process.env.BROADCAST_WORKER_NODE_ARGS ?? '').split(' ').filter(Boolean), script, JSON.stringify(config)], { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines = [];
  let stderr = '';
  let buffer = '';
  let onLine = () => {};
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk) => {
    buffer += chunk;
    let newline;
    while ((newline = buffer.indexOf('\n')) >= 0) {
      const text = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      try {
        const line = JSON.parse(text);
        lines.push(line);
        onLine(line);
      } catch {
        stderr += `${text}\n`;
      }
    }
  });
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const ended = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const exited = ended.then(() => lines.find((line) => line.type === 'exit'));
  const ready = new Promise((resolve, reject) => {
    onLine = (line) => {
      if (line.type === 'ready') resolve();
      if (line.type === 'start_failed') reject(Object.assign(new Error(line.message), { name: line.name }));
    };
    ended.then(({ code, signal }) => reject(new Error(`worker exited (${code ?? signal}) before it was ready:\n${stderr}`)));
  });
  return {
    pid: child.pid,
    lines,
    ready,
    exited,
    ended,
    stderr: () => stderr,
    kill: (signal = 'SIGTERM') => child.kill(signal),
  };
}
