// uploads: the Resumable Upload API. POST /{app-id}/uploads opens a session; POST /{upload-session-id}
// sends the bytes from `file_offset`; GET /{upload-session-id} says how far Graph got. The result is
// a handle for template header samples and profile pictures (not a media id for messages).
import { GraphApiError, WhatsAppError } from '../core/errors.js';
import type { CallOptions } from '../core/options.js';
import type { Schemas } from '../core/spec-types.js';
import type { Transport } from '../core/transport.js';
import { WhatsAppConfigError } from '../core/config-error.js';
import { appEdge } from './app-path.js';
import { callInput } from './request-options.js';
import type { UploadInput } from './upload-input.js';
import { checkUploadSize, readUploadFile } from './upload-limits.js';

export type UploadFileType = Schemas['UploadFileType'];

export interface UploadSessionOptions extends CallOptions {
  /** Overrides the client's `appId` for this call. */
  appId?: string;
  /** The file's name, shown nowhere but kept by Graph. */
  fileName?: string;
}

export interface ResumableUploadOptions extends UploadSessionOptions {
  /** The file's MIME type; a Blob's own `type` is used when this is missing. */
  fileType?: UploadFileType;
  /** How many times to resume after an interruption. Default 3. */
  maxResumes?: number;
}

export function uploadsResource(transport: Transport, defaultAppId: string | undefined) {
  const uploadsOf = appEdge('uploads', defaultAppId);

  /** `upload:abc?sig=x` → path `/upload:abc` and query `{ sig: 'x' }`. */
  function sessionTarget(sessionId: string): { path: string; query: Record<string, string> | undefined } {
    const at = sessionId.indexOf('?');
    const id = at < 0 ? sessionId : sessionId.slice(0, at);
    // Not URLSearchParams: it would turn a '+' in the signature into a space.
    const query = at < 0 ? undefined : parseQuery(sessionId.slice(at + 1));
    // One segment; ':' and '=' (base64 padding) are valid in a path segment and stay as Graph wrote them.
    return { path: `/${encodeURIComponent(id).replace(/%3A/gi, ':').replace(/%3D/gi, '=')}`, query };
  }

  async function createSession(fileLength: number, fileType: UploadFileType, options?: UploadSessionOptions): Promise<Schemas['UploadSession']> {
    checkUploadSize(fileLength, fileType);
    const path = uploadsOf(options);
    const query: Record<string, string | number> = { file_length: fileLength, file_type: fileType };
    if (options?.fileName) query.file_name = options.fileName;
    return transport.request('POST', path, { ...callInput(options), query });
  }

  async function status(sessionId: string, options?: CallOptions): Promise<Schemas['UploadSessionStatus']> {
    const { path, query } = sessionTarget(sessionId);
    // The session calls authenticate with `OAuth <token>` rather than `Bearer <token>`.
    return transport.request('GET', path, { ...callInput(options), query, auth: 'oauth' });
  }

  /** Sends `file` from `offset` to the end; resolves with the handle once Graph has the whole file. */
  async function send(sessionId: string, file: Blob, offset: number, options?: CallOptions): Promise<Schemas['UploadHandle']> {
    checkUploadSize(file.size, file.type);
    const { path, query } = sessionTarget(sessionId);
    return transport.request('POST', path, {
      ...callInput(options),
      query,
      auth: 'oauth',
      headers: { file_offset: String(offset), 'content-type': 'application/octet-stream' },
      body: file.slice(offset),
    });
  }

  return {
    createSession,
    status,
    send,

    /**
     * Uploads a whole file and returns its handle (`h`). The file may be a Blob, bytes, a
     * ReadableStream or an async iterable of bytes (a stream is read into memory first: a session
     * needs the length, and resuming needs the bytes again). A file over WhatsApp's limit for its
     * type rejects with MediaFileError before a session is opened. When sending is interrupted (a
     * network failure, a timeout, or a server error), it asks Graph for the offset it holds and
     * sends the rest from there, up to `maxResumes` times.
     */
    async upload(file: UploadInput, options?: ResumableUploadOptions): Promise<string> {
      const fileType = options?.fileType ?? (file instanceof Blob && file.type ? (file.type as UploadFileType) : undefined);
      if (!fileType) throw new WhatsAppConfigError('Resumable upload: pass fileType (the MIME type of the file)');
      const blob = await readUploadFile(file, fileType);
      const session = await createSession(blob.size, fileType, options);
      return (await transfer(session.id, blob, 0, options)).h;
    },

    /** Continues an upload session from the offset Graph reports (e.g. after a restart). */
    resume,
  };

  async function resume(sessionId: string, file: UploadInput, options?: ResumableUploadOptions): Promise<Schemas['UploadHandle']> {
    const fileType = options?.fileType ?? (file instanceof Blob ? file.type : '');
    const blob = await readUploadFile(file, fileType);
    return transfer(sessionId, blob, (await status(sessionId, options)).file_offset, options);
  }

  async function transfer(sessionId: string, file: Blob, from: number, options?: ResumableUploadOptions): Promise<Schemas['UploadHandle']> {
    const maxResumes = options?.maxResumes ?? 3;
    let offset = from;
    for (let attempt = 0; ; attempt++) {
      try {
        return await send(sessionId, file, offset, options);
      } catch (error) {
        if (attempt >= maxResumes || !interrupted(error)) throw error;
      }
      offset = (await status(sessionId, options)).file_offset;
    }
  }
}

function parseQuery(search: string): Record<string, string> {
  const query: Record<string, string> = {};
  for (const pair of search.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const key = eq < 0 ? pair : pair.slice(0, eq);
    query[safeDecode(key)] = eq < 0 ? '' : safeDecode(pair.slice(eq + 1));
  }
  return query;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Failures after which part of the file may have arrived and resuming makes sense. */
function interrupted(error: unknown): boolean {
  if (!(error instanceof WhatsAppError)) return false;
  if (error.category === 'network' || error.category === 'timeout') return true;
  return error instanceof GraphApiError && (error.status >= 500 || error.category === 'server');
}

export type UploadsResource = ReturnType<typeof uploadsResource>;
