// Every operation of the spec is one client method and back, and each sends its own method and
// path, with every path id checked before any request. Driven by the bundled spec and the
// generated table, so an operation added to the YAML is covered without touching this file.
import { describe, expect, it } from 'vitest';
import spec from '../../generated/openapi.json' with { type: 'json' };
import { operationTable, type OperationRow } from '../../generated/operations.js';
import { createWhatsApp, GRAPH_VERSION, WhatsAppConfigError } from '../../src/index.js';
import { stubFetch } from '../support/fetch-stub.js';

const GRAPH = `https://graph.facebook.com/${GRAPH_VERSION}`;
const DEFAULTS = { phoneNumberId: '1061', wabaId: '1062', appId: '1063', businessId: '1064' } as const;
// Helpers that replace a generated method with a richer input (a file, a stream): their own tests
// cover the request; here they are only checked to exist.
const RICHER_INPUT = new Set(['media.upload', 'uploads.send', 'flows.uploadJson']);

type Method = (...args: unknown[]) => unknown;
const rows = Object.entries(operationTable).flatMap(([resource, group]) =>
  Object.entries(group as Record<string, OperationRow>).map(([name, row]) => ({ resource, name, row, label: `${resource}.${name}` })),
);
const specOperations = Object.values(spec.paths as Record<string, Record<string, { operationId?: string }>>).flatMap((item) =>
  ['get', 'post', 'delete', 'put', 'patch'].flatMap((method) => (item[method]?.operationId ? [item[method]!.operationId!] : [])),
);

function client() {
  const stub = stubFetch({ json: { data: [], success: true } });
  return { ...stub, wa: createWhatsApp({ accessToken: 'token-of-the-table-test', ...DEFAULTS, fetch: stub.fetch }) as unknown as Record<string, Record<string, Method>> };
}

type Media = { example?: unknown; examples?: Record<string, { value?: unknown }> };
type SpecOperation = { operationId?: string; requestBody?: { content?: Record<string, Media> } };
const operationsById = new Map(
  Object.values(spec.paths as Record<string, Record<string, SpecOperation>>).flatMap((item) =>
    Object.values(item).flatMap((operation) => (operation?.operationId ? [[operation.operationId, operation] as const] : [])),
  ),
);

/** The spec's own example body of an operation (helpers check what they are sent), else `{}`. */
function sampleBody(row: OperationRow): unknown {
  const media = operationsById.get(row.id)?.requestBody?.content?.['application/json'];
  return media?.example ?? Object.values(media?.examples ?? {})[0]?.value ?? {};
}

/** Arguments for the row: positional ids, then its payload when it takes one, then options. */
function argsFor(row: OperationRow, ids: string[], options?: object): unknown[] {
  const args: unknown[] = [...ids];
  if (row.payload !== 'none') args.push(row.payload === 'query' ? {} : sampleBody(row));
  if (options) args.push(options);
  return args;
}

/** Where the client sends the row: its own server (another Meta host) or Graph. */
const baseOf = (row: OperationRow) => (row.server ? row.server.replace('{version}', GRAPH_VERSION).replace(/\/+$/, '') : GRAPH);
const positional = (row: OperationRow) => row.params.filter(([, fill]) => fill === null).map(([name]) => name);
const expectedPath = (row: OperationRow, ids: Record<string, string>) =>
  row.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const fill = row.params.find(([param]) => param === name)![1];
    return encodeURIComponent(fill ? DEFAULTS[fill] : ids[name]!);
  });

describe('the operation table', () => {
  it('names every operationId of the spec exactly once, and nothing else', () => {
    expect(rows.map(({ row }) => row.id).sort()).toEqual([...specOperations].sort());
    expect(new Set(rows.map(({ label }) => label)).size).toBe(rows.length);
  });

  it.each(rows)('$label is a method of the client', ({ resource, name }) => {
    const { wa } = client();
    expect(typeof wa[resource]?.[name]).toBe('function');
  });
});

describe.each(rows.filter(({ label }) => !RICHER_INPUT.has(label)))('$label', ({ resource, name, row, label }) => {
  const idNames = positional(row);
  const ids = Object.fromEntries(idNames.map((param, index) => [param, `90${index} x`]));

  it(`sends ${row.method} ${row.path}`, async () => {
    const { wa, calls } = client();
    const result = wa[resource]![name]!(...argsFor(row, idNames.map((param) => ids[param]!)));
    await (row.paged ? Promise.resolve(result) : result);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.method).toBe(row.method);
    expect(calls[0]!.url.split('?')[0]).toBe(baseOf(row) + expectedPath(row, ids));
  });

  for (const [param, fill] of row.params) {
    // An opaque token from Graph (x-sdk-opaque) may hold '/': it is sent encoded (checked below).
    const opaque = row.opaque?.includes(param) === true;
    for (const bad of opaque ? ['', '.', '..'] : ['', '.', '..', 'a/b']) {
      it(`rejects ${JSON.stringify(bad)} as ${param} before any request`, async () => {
        const { wa, calls } = client();
        const idArgs = idNames.map((name) => (name === param ? bad : ids[name]!));
        const options = fill ? { [fill]: bad } : undefined;
        const error = await Promise.resolve(wa[resource]![name]!(...argsFor(row, idArgs, options))).then(
          () => undefined,
          (reason: unknown) => reason,
        );
        expect(error).toBeInstanceOf(WhatsAppConfigError);
        expect((error as Error).message).toContain(label);
        expect(calls).toHaveLength(0);
      });
    }
  }

  for (const param of row.opaque ?? []) {
    it(`sends a "/" in ${param} encoded, as one segment`, async () => {
      const { wa, calls } = client();
      await wa[resource]![name]!(...argsFor(row, idNames.map((id) => (id === param ? 'upload:MTph/ZmlsZQ==' : ids[id]!))));
      expect(calls[0]!.url.split('?')[0]).toBe(`${baseOf(row)}/upload:MTph%2FZmlsZQ==`);
    });
  }

  const filled = row.params.filter(([, fill]) => fill !== null);
  if (filled.length > 0) {
    it('rejects a missing client default, naming it, before any request', async () => {
      const { fetch, calls } = stubFetch({ json: {} });
      const bare = createWhatsApp({ accessToken: 'token-of-the-table-test', fetch }) as unknown as Record<string, Record<string, Method>>;
      const error = await Promise.resolve(bare[resource]![name]!(...argsFor(row, idNames.map((param) => ids[param]!)))).then(
        () => undefined,
        (reason: unknown) => reason,
      );
      expect(error).toBeInstanceOf(WhatsAppConfigError);
      expect((error as Error).message).toContain(filled[0]![1]!);
      expect(calls).toHaveLength(0);
    });

    it('takes a per-call override of the client default', async () => {
      const { wa, calls } = client();
      const overrides = Object.fromEntries(filled.map(([, fill]) => [fill, '5551']));
      await Promise.resolve(wa[resource]![name]!(...argsFor(row, idNames.map((param) => ids[param]!), overrides)));
      expect(calls[0]!.url.split('?')[0]).toBe(baseOf(row) + row.path.replace(/\{([^}]+)\}/g, (_, p: string) => (filled.some(([f]) => f === p) ? '5551' : encodeURIComponent(ids[p]!))));
    });
  }
});
