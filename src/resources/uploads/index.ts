// uploads: the Resumable Upload API. POST /{app-id}/uploads opens a session; POST /{upload-session-id}
// sends the bytes from `file_offset`; GET /{upload-session-id} says how far Graph got. The result is
// a handle for template header samples and profile pictures (not a media id for messages). The
// helpers take a session id as Graph returns it (`upload:…?sig=…`), check sizes, send the session
// calls with `OAuth` rather than `Bearer` as Graph wants, and resume an interrupted upload.
import { uploadsOperations } from '../../../generated/operations.js';
import type { ClientCore } from '../../core/client-core.js';
import { WhatsAppConfigError } from '../../core/config-error.js';
import { GraphApiError, WhatsAppError } from '../../core/errors.js';
import { compileOperation } from '../../core/operation-call.js';
import type { ResourceOperations } from '../../core/operation-types.js';
import type { CallOptions } from '../../core/options.js';
import type { Schemas } from '../../core/spec-types.js';
import type { UploadInput } from '../media/upload-input.js';
import { checkUploadSize, readUploadFile } from './limits.js';

export type UploadFileType = Schemas['UploadFileType'];

export interface UploadSessionOptions extends CallOptions {
  /** Overrides the client's `appId` for this call. */
  appId?: string;
}

export interface ResumableUploadOptions extends UploadSessionOptions {
  /** The file's name, shown nowhere but kept by Graph. */
  fileName?: string;
  /** The file's MIME type; a Blob's own `type` is used when this is missing. */
  fileType?: UploadFileType;
  /** How many times to resume after an interruption. Default 3. */
  maxResumes?: number;
}

/** The session-creation query, as `createSession` takes it. */
export type UploadSessionQuery = Parameters<ResourceOperations<'uploads'>['createSession']>[0];

export function uploadsHelpers(core: ClientCore) {
  const open = compileOperation(core, 'uploads.createSession', uploadsOperations.createSession);
  const check = compileOperation(core, 'uploads.status', uploadsOperations.status);
  const write = compileOperation(core, 'uploads.send', uploadsOperations.send);
  const oauth = { auth: 'oauth' } as const;

  /** Opens a session for a file of `file_length` bytes; a file over its type's limit is refused first. */
  async function createSession(query: UploadSessionQuery, options?: UploadSessionOptions): Promise<Schemas['UploadSession']> {
    checkUploadSize(query.file_length, query.file_type);
    return open.call([], query, options);
  }

  /** How many bytes of the file Graph holds (`file_offset`). The id may carry its `?sig=`. */
  async function status(sessionId: string, query?: { sig?: string }, options?: CallOptions): Promise<Schemas['UploadSessionStatus']> {
    const target = sessionTarget(sessionId);
    return check.call([target.id], { ...target.query, ...query }, options, oauth);
  }

  /** Sends `file` from `offset` to the end; resolves with the handle once Graph has the whole file. */
  async function send(sessionId: string, file: Blob, offset: number, options?: CallOptions): Promise<Schemas['UploadHandle']> {
    checkUploadSize(file.size, file.type);
    const target = sessionTarget(sessionId);
    return write.call([target.id], undefined, options, {
      ...oauth,
      query: target.query,
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
      const session = await createSession(options?.fileName ? { file_length: blob.size, file_type: fileType, file_name: options.fileName } : { file_length: blob.size, file_type: fileType }, options);
      return (await transfer(session.id, blob, 0, options)).h;
    },

    /** Continues an upload session from the offset Graph reports (e.g. after a restart). */
    resume,
  };

  async function resume(sessionId: string, file: UploadInput, options?: ResumableUploadOptions): Promise<Schemas['UploadHandle']> {
    const fileType = options?.fileType ?? (file instanceof Blob ? file.type : '');
    const blob = await readUploadFile(file, fileType);
    return transfer(sessionId, blob, (await status(sessionId, undefined, options)).file_offset, options);
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
      offset = (await status(sessionId, undefined, options)).file_offset;
    }
  }
}

/** `upload:abc?sig=x` → the id `upload:abc` and the query `{ sig: 'x' }`. */
function sessionTarget(sessionId: string): { id: string; query: Record<string, string> | undefined } {
  const at = typeof sessionId === 'string' ? sessionId.indexOf('?') : -1;
  if (at < 0) return { id: sessionId, query: undefined };
  // Not URLSearchParams: it would turn a '+' in the signature into a space.
  return { id: sessionId.slice(0, at), query: parseQuery(sessionId.slice(at + 1)) };
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

/**
 * `wa.uploads`: sessions opened, checked and written, and whole-file `upload` / `resume`.
 * @interface
 */
export type UploadsResource = ReturnType<typeof uploadsHelpers>;
