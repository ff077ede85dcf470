// One key per user, however the number is written: "+1 (555) 010-2030", "15550102030" and
// "+15550102030" are the same recipient to Graph, so they share a pair rate and a broadcast claim.

const PHONE_LIKE = /^\+?[\d\s().-]+$/;

/**
 * The key of a recipient: a phone number reduced to its digits; anything else (a
 * business-scoped user id, a group id with letters) as given, trimmed.
 */
export function recipientKey(recipient: string): string {
  const trimmed = recipient.trim();
  return PHONE_LIKE.test(trimmed) ? trimmed.replace(/\D/g, '') : trimmed;
}
