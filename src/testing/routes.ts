// Which operation a request to Graph is: its method and path matched against the generated
// operation table, the same rows the client is built from. Graph addresses many objects by bare
// id (`GET /{media-id}`, `GET /{flow-id}`, `GET /{template-id}` …), so a path can fit several
// operations; the most literal template wins, then one whose id the test named in `ids`, then one
// that declares every query parameter sent, then one that takes the kind of body sent (JSON, form,
// bytes, none), then one whose body validates, then table order.
import { operationTable, type OperationRow } from '../../generated/operations.js';

/** A matched operation: its row and its path parameters by the spec's names (`phone-number-id`). */
export interface RouteMatch {
  readonly row: OperationRow;
  readonly params: Readonly<Record<string, string>>;
  readonly literals: number;
}

interface Route {
  readonly row: OperationRow;
  /** Per path segment: the literal text, or the parameter's name in braces. */
  readonly segments: readonly string[];
}

// Built on first use, not at import: importing the kit runs no code.
let routes: readonly Route[] | undefined;
const allRoutes = (): readonly Route[] =>
  (routes ??= Object.values(operationTable)
    .flatMap((rows) => Object.values(rows as Record<string, OperationRow>))
    .map((row) => ({ row, segments: row.path.split('/').slice(1) })));

/** The Graph path of a URL without its version prefix (`/v23.0/123/messages` → `/123/messages`). */
export function graphPath(url: URL): string {
  return url.pathname.replace(/^\/v\d+\.\d+(?=\/)/, '');
}

/** Every operation whose method and path template fit, most literal first. */
export function candidates(method: string, path: string): RouteMatch[] {
  const segments = path.split('/').slice(1);
  const out: RouteMatch[] = [];
  for (const { row, segments: template } of allRoutes()) {
    if (row.method !== method || template.length !== segments.length) continue;
    const params: Record<string, string> = {};
    let literals = 0;
    let fits = true;
    for (let i = 0; i < template.length && fits; i++) {
      const part = template[i]!;
      const given = segments[i]!;
      if (part.startsWith('{')) {
        if (given === '') fits = false;
        else params[part.slice(1, -1)] = safeDecode(given);
      } else if (part === given) literals++;
      else fits = false;
    }
    if (fits) out.push({ row, params, literals });
  }
  return out.sort((a, b) => b.literals - a.literals);
}

/** What a request carries: a JSON body, a multipart form, other bytes, or nothing. */
export type BodyKind = 'json' | 'form' | 'bytes' | 'none';

/**
 * The one operation among `found` (most literal first). `ids` maps ids to the path parameter they
 * stand for; `queryKeys` are the query parameters sent; `body` is what the request carries and
 * `bodyFits` whether its body validates against an operation's schema.
 */
export function pickRoute(
  found: readonly RouteMatch[],
  ids: Readonly<Record<string, string>>,
  queryKeys: readonly string[],
  body: BodyKind,
  bodyFits: (row: OperationRow) => boolean,
): RouteMatch | undefined {
  if (found.length <= 1) return found[0];
  let pool = found.filter((match) => match.literals === found[0]!.literals);
  const narrow = (keep: (match: RouteMatch) => boolean) => {
    const kept = pool.filter(keep);
    if (kept.length) pool = kept;
  };
  narrow((match) => Object.entries(match.params).some(([name, id]) => ids[id] === name));
  narrow((match) => queryKeys.every((key) => match.row.query.includes(key)));
  narrow((match) => (body === 'none' ? match.row.payload === 'none' || match.row.payload === 'query' : match.row.payload === body));
  narrow((match) => bodyFits(match.row));
  return pool[0];
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
