// What counts as one item of a delivery, written apart from the parser so the fuzz test checks
// the parser against an independent reading: every message, status, call, error, echo, history
// chunk, sync, preference, automatic event and group update; a whole notice or unknown value;
// and a broken entry or change, which can only be reported whole.
export const ITEM_LISTS: Record<string, readonly string[]> = {
  messages: ['messages', 'statuses', 'errors'],
  calls: ['calls', 'statuses', 'errors'],
  smb_message_echoes: ['message_echoes'],
  message_echoes: ['message_echoes'],
  history: ['history', 'errors'],
  smb_app_state_sync: ['state_sync'],
  user_preferences: ['user_preferences'],
  user_id_update: ['user_id_update'],
  automatic_events: ['automatic_events'],
  group_lifecycle_update: ['groups'],
  group_participants_update: ['groups'],
  group_settings_update: ['groups'],
  group_status_update: ['groups'],
};

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** True when the body is a JSON envelope: an object with an `entry` list (the only thing parseWebhook may refuse). */
export function isEnvelope(payload: unknown): boolean {
  return isObject(payload) && Array.isArray(payload.entry);
}

/** How many items the delivery holds: the least number of events parsing it must give. */
export function countItems(payload: Record<string, unknown>): number {
  if (typeof payload.object === 'string' && payload.object !== 'whatsapp_business_account') return 1;
  let count = 0;
  for (const entry of payload.entry as unknown[]) {
    if (!isObject(entry) || !Array.isArray(entry.changes)) {
      count++;
      continue;
    }
    for (const change of entry.changes) {
      if (!isObject(change) || typeof change.field !== 'string' || !isObject(change.value)) {
        count++;
        continue;
      }
      const lists = Object.hasOwn(ITEM_LISTS, change.field) ? ITEM_LISTS[change.field]! : undefined;
      if (!lists) {
        count++;
        continue;
      }
      for (const key of lists) {
        const items = change.value[key];
        if (Array.isArray(items)) count += items.length;
      }
    }
  }
  return count;
}

/** The value a JSON Pointer names inside a document (RFC 6901). */
export function resolvePointer(document: unknown, pointer: string): unknown {
  if (pointer === '') return document;
  let node: unknown = document;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}
