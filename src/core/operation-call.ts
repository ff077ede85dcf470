// The one typed call: turns a row of the generated operation table into a method. The same
// function serves every plain operation and every hand-written helper that needs the operation
// (the send sugar, multipart uploads, flows deploy…), so no path or method is written twice.
import type { OperationRow } from '../../generated/operations.js';
import type { ClientCore } from './client-core.js';
import { WhatsAppConfigError } from './config-error.js';
import type { CallOptions } from './options.js';
import { itemsInData, PagePromise, type CursorPage, type ItemsOf } from './pager.js';
import { compilePath, type IdDefaults } from './path.js';
import { isMetaHost } from './token-hosts.js';
import type { QueryValue, RequestInput } from './transport.js';

type Query = Record<string, QueryValue>;

/** A compiled operation: `call` sends it (`pagePromise` walks a cursor list with it). */
export interface Operation {
  readonly row: OperationRow;
  /** Sends the operation: ids fill the path, payload is its body or query. */
  call<T>(ids: readonly unknown[], payload: unknown, options: (CallOptions & IdDefaults) | undefined, extra?: RequestInput): Promise<T>;
}

/** Compiles one row for one client. `label` (`templates.list`) names the method in errors. */
export function compileOperation(core: ClientCore, label: string, row: OperationRow): Operation {
  const { transport } = core;
  const fillPath = compilePath(label, row.path, row.params, core.defaults, row.opaque);
  const base = operationBase(label, row, core);

  function call<T>(ids: readonly unknown[], payload: unknown, options: (CallOptions & IdDefaults) | undefined, extra?: RequestInput): Promise<T> {
    let path: string;
    let input: RequestInput;
    try {
      path = fillPath(ids, options);
      input = requestInput(label, row, payload, options, extra);
      if (base !== undefined) input.base = base;
    } catch (error) {
      // A bad id or option rejects like any other failure, and nothing is sent.
      return Promise.reject(error);
    }
    return transport.request<T>(row.method, path, input);
  }

  return { row, call };
}

/**
 * One page promise over a cursor list, walking from the query's own `after` cursor. The first
 * request is the caller's query as given (a `before` cursor included); every later one walks
 * forward from the cursor Graph handed back. (Apart from `compileOperation`, so an app that never
 * lists ships no pager.)
 */
export function pagePromise<P extends CursorPage, Item = unknown>(
  operation: Operation,
  ids: readonly unknown[],
  query: Query | undefined,
  options: (CallOptions & IdDefaults) | undefined,
): PagePromise<P, Item> {
  const { after, before: _before, ...rest } = (query ?? {}) as Query & { after?: string; before?: string };
  const first = typeof after === 'string' ? after : undefined;
  const itemsAt = operation.row.itemsAt;
  const itemsOf = itemsAt === undefined ? itemsInData : nestedItems(itemsAt);
  return new PagePromise<P, Item>((cursor) => operation.call<P>(ids, cursor === undefined || cursor === first ? query : { ...rest, after: cursor }, options), first, itemsOf);
}

/** The client method of a row: `(…ids, payload?, options?)`, as the generated types describe it. */
export function operationMethod(operation: Operation): (...args: unknown[]) => unknown {
  const { row } = operation;
  const idCount = row.params.reduce((count, [, fill]) => (fill === null ? count + 1 : count), 0);
  const optionsAt = row.payload === 'none' ? idCount : idCount + 1;
  if (row.paged) return (...args) => pagePromise(operation, args.slice(0, idCount), args[idCount] as Query | undefined, args[optionsAt] as CallOptions | undefined);
  return (...args) => operation.call(idCount ? args.slice(0, idCount) : NO_IDS, row.payload === 'none' ? undefined : args[idCount], args[optionsAt] as CallOptions | undefined);
}

/** Binds every row of a resource's table: `{ list, get, … }` with the signature rule. */
export function bindOperations<Rows extends Record<string, OperationRow>>(core: ClientCore, resource: string, rows: Rows): { [Name in keyof Rows]: (...args: unknown[]) => unknown } {
  const methods = {} as { [Name in keyof Rows]: (...args: unknown[]) => unknown };
  for (const name of Object.keys(rows) as (keyof Rows & string)[]) {
    methods[name] = operationMethod(compileOperation(core, `${resource}.${name}`, rows[name]!));
  }
  return methods;
}

const NO_IDS: readonly unknown[] = [];

/**
 * Where an operation that lives on another of Meta's hosts (the spec's per-operation `servers`,
 * e.g. template archiving on api.facebook.com) is sent: to that host when the client talks to
 * Graph itself, to the client's own `baseUrl` when one is set (a mock or a proxy serves every
 * operation). Only an https URL on Meta's domains is accepted from the table.
 */
function operationBase(label: string, row: OperationRow, core: ClientCore): string | undefined {
  if (row.server === undefined || !core.defaultHost) return undefined;
  const base = row.server.replace('{version}', core.graphVersion).replace(/\/+$/, '');
  const url = new URL(base);
  if (url.protocol !== 'https:' || !isMetaHost(url.hostname)) throw new WhatsAppConfigError(`${label}: the operation's server ${base} is not one of Meta's https hosts`);
  return base;
}

/** Items Graph nests one level inside `data` (`data.groups`); an empty page may leave them out. */
function nestedItems(key: string): ItemsOf {
  return (page) => {
    const nested = (page.data as Record<string, unknown> | undefined)?.[key];
    return Array.isArray(nested) ? nested : [];
  };
}

function requestInput(label: string, row: OperationRow, payload: unknown, options: CallOptions | undefined, extra: RequestInput | undefined): RequestInput {
  const input: RequestInput = extra ? { ...extra } : {};
  if (options) {
    if (options.signal !== undefined) input.signal = options.signal;
    if (options.timeoutMs !== undefined) input.timeoutMs = checkedTimeout(label, options.timeoutMs);
    if (options.retry !== undefined) input.retry = options.retry;
  }
  if (payload === undefined || payload === null) {
    // A body that needs nothing but the product may be left out entirely.
    if (row.product && row.payload === 'json') input.body = { messaging_product: 'whatsapp' };
    return input;
  }
  if (typeof payload !== 'object') throw new WhatsAppConfigError(`${label}: the ${row.payload === 'query' ? 'query' : 'body'} must be an object, got ${typeof payload}`);
  if (row.payload === 'query') {
    input.query = payload as Query;
    return input;
  }
  const body = row.product && (payload as { messaging_product?: unknown }).messaging_product === undefined && !(payload instanceof FormData) ? { messaging_product: 'whatsapp', ...payload } : payload;
  input.body = row.payload === 'form' ? formBody(body) : body;
  return input;
}

function checkedTimeout(label: string, timeoutMs: unknown): number {
  if (typeof timeoutMs !== 'number' || !Number.isFinite(timeoutMs) || timeoutMs < 0) {
    throw new WhatsAppConfigError(`${label}: timeoutMs must be a finite number of milliseconds ≥ 0, got ${String(timeoutMs)}`);
  }
  return timeoutMs;
}

/** A multipart body: a FormData as given, or an object's fields (Blobs as files, the rest as text). */
function formBody(payload: object): FormData {
  if (payload instanceof FormData) return payload;
  const form = new FormData();
  for (const [name, value] of Object.entries(payload)) {
    if (value === undefined) continue;
    if (value instanceof Blob) form.append(name, value, (value as Partial<File>).name ?? name);
    else form.append(name, typeof value === 'object' ? JSON.stringify(value) : String(value));
  }
  return form;
}
