// Limits of outbound messages that JSON Schema cannot express, checked before anything is sent.
// Everything a schema keyword can state (lengths, counts within one array) stays in the spec.
import type { OutboundMessage } from './index.js';
import { MessageLimitError } from './errors.js';

/**
 * Graph takes at most 10 rows in a list message in all, whatever the number of sections. The
 * schema can only bound each section's `rows` (see InteractiveList), so 6 + 5 rows pass it.
 */
export const LIST_ROWS_IN_ALL = 10;

/** The first limit the message breaks, or undefined. Tolerates malformed input: the caller may not be typed. */
export function messageLimitProblem(message: OutboundMessage): MessageLimitError | undefined {
  if (message?.type !== 'interactive' || message.interactive?.type !== 'list') return undefined;
  const sections: unknown = message.interactive.action?.sections;
  if (!Array.isArray(sections)) return undefined;
  const perSection = sections.map((section: { rows?: unknown } | null) => (Array.isArray(section?.rows) ? section.rows.length : 0));
  const rows = perSection.reduce((sum, count) => sum + count, 0);
  if (rows <= LIST_ROWS_IN_ALL) return undefined;
  return new MessageLimitError({
    field: '/interactive/action/sections',
    limit: LIST_ROWS_IN_ALL,
    actual: rows,
    rule: `a list has at most ${LIST_ROWS_IN_ALL} rows across all its sections (rows per section: ${perSection.join(' + ')})`,
  });
}
