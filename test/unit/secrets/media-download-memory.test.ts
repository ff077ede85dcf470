// A media host that sends 100 MB for media Graph says is 10 bytes costs the client no more memory
// than a few chunks: the download stops at the limit and the rest is never read. Measured as the
// peak RSS growth of a child process running the SDK, against a control in the same process that
// reads the whole body (which proves the measurement sees a 100 MB read). Memory, not time, is
// asserted.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..', '..');
const SIZE = 100 * 1024 * 1024;
const CHUNK = 64 * 1024;

interface Run {
  ok?: number;
  error?: string;
  limit?: number;
  received?: number;
  rssGrowthMb: number;
}

let server: Server;
let baseUrl: string;
let tmp: string;
/** Bytes the host got to write for each request for the file, before the client went away. */
const written: number[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const { port } = server.address() as { port: number };
    if (request.url === '/1037') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ messaging_product: 'whatsapp', url: `http://127.0.0.1:${port}/file`, mime_type: 'video/mp4', file_size: 10, sha256: '', id: '1037' }));
      return;
    }
    // Chunked, with no Content-Length, so only counting the bytes as they arrive can stop it.
    response.writeHead(200, { 'content-type': 'video/mp4' });
    const chunk = Buffer.alloc(CHUNK, 0x61);
    const entry = written.push(0) - 1;
    const write = () => {
      while (written[entry]! < SIZE && !response.destroyed) {
        written[entry]! += CHUNK;
        if (!response.write(chunk)) return void response.once('drain', write);
      }
      response.end();
    };
    response.on('close', () => response.destroy());
    write();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  tmp = mkdtempSync(path.join(os.tmpdir(), 'media-flood-'));
  await build({ entryPoints: [path.join(root, 'src', 'index.ts')], bundle: true, platform: 'node', format: 'esm', outfile: path.join(tmp, 'sdk.mjs'), logLevel: 'silent' });
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(tmp, { recursive: true, force: true });
});

function runChild(): Promise<{ bytes: Run; stream: Run; control: Run }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', path.join(here, 'media-flood-child.mjs'), path.join(tmp, 'sdk.mjs'), baseUrl], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (data: Buffer) => (out += data.toString()));
    child.stderr.on('data', (data: Buffer) => (err += data.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`child exited with ${code}: ${err}`))));
  });
}

describe('100 MB behind a 10-byte file_size', () => {
  it('is stopped at the limit with bounded memory, as bytes and as a stream', async () => {
    const { bytes, stream, control } = await runChild();
    for (const run of [bytes, stream]) {
      expect(run).toMatchObject({ error: 'MediaTooLargeError', limit: 10 });
      expect(run.received).toBeLessThanOrEqual(CHUNK);
      expect(run.rssGrowthMb).toBeLessThan(24);
    }
    // The control read every byte, and the measurement saw it.
    expect(control.ok).toBe(SIZE);
    expect(control.rssGrowthMb).toBeGreaterThan(90);
    // The host was cut off long before the end: only what sat in socket buffers went out.
    expect(written.slice(0, 2).every((count) => count < SIZE / 4)).toBe(true);
  });
});
