// The one path encoder: fills a Graph path template (`/{waba-id}/message_templates`) from the
// call's ids, the call's overrides and the client's defaults. Every id is checked before any
// request: an empty id, `.`, `..` or one holding `/` would address another object (the URL
// parser collapses dot segments, and `/v27.0/` is Graph's root), so each is refused with a
// WhatsAppConfigError naming the parameter and the method. The one exception is an id the spec
// marks opaque (`x-sdk-opaque`: a token Graph hands out, such as a base64 upload session id),
// whose `/` travels encoded as `%2F`.
import { WhatsAppConfigError } from './config-error.js';
import type { ClientDefault } from '../../generated/operations.js';

/** The client options that fill path ids, as a call may override them. */
export type IdDefaults = Partial<Record<ClientDefault, string | undefined>>;

/** A compiled template: fills the path from positional ids and the call's overrides. */
export type PathFiller = (ids: readonly unknown[], overrides: IdDefaults | undefined) => string;

const CLIENT_OPTION_NAMES: Record<ClientDefault, string> = {
  phoneNumberId: 'phone number id',
  wabaId: 'WhatsApp Business Account id',
  appId: 'app id',
  businessId: 'business portfolio id',
};

/**
 * Compiles `template` once per client. `params` are its path parameters in order, each with the
 * client option that fills it or null for a positional id. `method` names the SDK method in errors.
 */
export function compilePath(
  method: string,
  template: string,
  params: readonly (readonly [name: string, fill: ClientDefault | null])[],
  defaults: IdDefaults,
  opaque: readonly string[] = [],
): PathFiller {
  const literals = template.split(/\{[^}]+\}/);
  // A path whose only ids come from client defaults is the same string on every call that does
  // not override them: build it once (the send path takes this branch).
  const fixed = params.every(([, option]) => option !== null) ? tryFill(method, literals, params, defaults) : undefined;
  return (ids, overrides) => {
    if (fixed !== undefined && (overrides === undefined || params.every(([, fill]) => overrides[fill!] === undefined))) return fixed;
    return fill(method, literals, params, ids, overrides, defaults, opaque);
  };
}

/**
 * What is wrong with `id` as an id, or undefined. `slash` says whether a `/` may stand in it: not
 * in a path segment (it would address another path), but in an opaque token Graph hands out
 * (base64 upload session ids, which travel encoded) and in ids sent in a body (call ids).
 */
export function idProblem(method: string, parameter: string, id: unknown, slash: 'refuse' | 'allow' = 'refuse'): WhatsAppConfigError | undefined {
  if (typeof id !== 'string') return new WhatsAppConfigError(`${method}: ${parameter} must be a string id, got ${id === null ? 'null' : typeof id}`);
  if (id.trim() === '') return new WhatsAppConfigError(`${method}: ${parameter} is empty`);
  if (id === '.' || id === '..') return new WhatsAppConfigError(`${method}: ${parameter} is "${id}", which names no object`);
  if (slash === 'refuse' && id.includes('/')) return new WhatsAppConfigError(`${method}: ${parameter} contains "/", which would address another path`);
  return undefined;
}

/** One id checked as a path segment, then percent-encoded. */
export function encodeId(method: string, parameter: string, id: unknown, slash: 'refuse' | 'allow' = 'refuse'): string {
  const problem = idProblem(method, parameter, id, slash);
  if (problem) throw problem;
  const encoded = encodeURIComponent(id as string);
  // ':', '=', '@' and ',' may stand in a path segment as they are (RFC 3986 pchar); Graph's upload
  // session ids (`upload:MTphd…=`) are addressed as Graph wrote them.
  return encoded.includes('%') ? encoded.replace(/%(3A|3D|40|2C)/gi, (escape) => decodeURIComponent(escape)) : encoded;
}

function fill(
  method: string,
  literals: readonly string[],
  params: readonly (readonly [string, ClientDefault | null])[],
  ids: readonly unknown[],
  overrides: IdDefaults | undefined,
  defaults: IdDefaults,
  opaque: readonly string[] = [],
): string {
  let path = literals[0]!;
  let positional = 0;
  for (let index = 0; index < params.length; index++) {
    const [name, option] = params[index]!;
    let id: unknown;
    let label: string;
    if (option === null) {
      id = ids[positional++];
      label = camelCase(name);
    } else {
      id = overrides?.[option] ?? defaults[option];
      label = option;
      if (id === undefined) {
        throw new WhatsAppConfigError(`${method}: no ${CLIENT_OPTION_NAMES[option]}; pass ${option} to createWhatsApp or in this call's options`);
      }
    }
    path += encodeId(method, label, id, opaque.includes(name) ? 'allow' : 'refuse') + literals[index + 1]!;
  }
  return path;
}

/** The path from defaults alone, or undefined when one is missing or bad (each call then reports it). */
function tryFill(method: string, literals: readonly string[], params: readonly (readonly [string, ClientDefault | null])[], defaults: IdDefaults): string | undefined {
  try {
    return fill(method, literals, params, [], undefined, defaults);
  } catch {
    return undefined;
  }
}

const camelCase = (name: string) => name.replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
