// Reads how long Graph asks a client to wait, from the headers of a failed response.

/** `Retry-After` as milliseconds: delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/**
 * The longest `estimated_time_to_regain_access` (minutes) in `X-Business-Use-Case-Usage`, as
 * milliseconds. The header maps business ids to lists of usage records.
 */
export function parseBusinessUseCaseUsage(value: string | null): number | undefined {
  if (!value) return undefined;
  let usage: unknown;
  try {
    usage = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (!usage || typeof usage !== 'object') return undefined;
  let minutes: number | undefined;
  for (const records of Object.values(usage)) {
    if (!Array.isArray(records)) continue;
    for (const record of records) {
      const eta = (record as { estimated_time_to_regain_access?: unknown } | null)?.estimated_time_to_regain_access;
      if (typeof eta === 'number' && eta > 0 && (minutes === undefined || eta > minutes)) minutes = eta;
    }
  }
  return minutes === undefined ? undefined : minutes * 60_000;
}

/** The delay Graph asks for: `Retry-After` first, then the business use case usage header. */
export function retryDelayFromHeaders(headers: Headers): number | undefined {
  return parseRetryAfter(headers.get('retry-after')) ?? parseBusinessUseCaseUsage(headers.get('x-business-use-case-usage'));
}
