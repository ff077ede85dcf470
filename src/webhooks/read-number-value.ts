// Reads the value of a field about one business phone number (messages, calls, echoes, groups…)
// item by item. Each value holds lists (messages, statuses, calls…) whose items become events.
// Its shell (the value without its lists) and each item are checked apart, so a broken item
// becomes one `invalid` event and the rest arrive typed. This costs no more than checking the
// whole value at once, which calls the same item validators one item at a time.
import type { Validator } from '../../generated/validation.js';
import type { Schemas } from '../core/spec-types.js';
import { contactFinder, type ContactOf } from './contacts.js';
import type { InboundContactProfile, PhoneNumberRouting, WebhookEvent, WebhookRouting } from './events.js';
import { invalidEvent, issuesOf, type PartialRouting } from './invalid.js';

/** What an item reader needs besides the item. */
export interface ValueContext {
  routing: PhoneNumberRouting;
  events: WebhookEvent[];
  contactOf: ContactOf;
  /** JSON Pointer to the value in the delivery. */
  pointer: string;
}

/** One list of a value, whose items each become events. */
export interface ItemList {
  key: string;
  /** Checks one item on its own. */
  check: Validator<unknown>;
  read: (item: never, context: ValueContext, index: number) => void;
}

export interface NumberValueReader {
  /** The value without its lists. */
  shell: Validator<unknown>;
  /** One entry of `value.contacts`, for values that carry contacts. */
  contact?: Validator<unknown>;
  lists: readonly ItemList[];
  /**
   * Keys some reader looks at besides `messaging_product` and `metadata`; any other key becomes
   * an `unknown` event. A plain list (a handful of names), so the readers hold no values made by
   * calls at module level and a bundler can drop them.
   */
  known: readonly string[];
}

type Value = Record<string, unknown>;
const isObject = (value: unknown): value is Value => value !== null && typeof value === 'object' && !Array.isArray(value);

export function readNumberValue(reader: NumberValueReader, value: Value, base: WebhookRouting, events: WebhookEvent[], pointer: string): void {
  let routing: PhoneNumberRouting;
  if (reader.shell(value as unknown)) {
    const metadata = value.metadata as Schemas['WebhookMetadata'];
    routing = { field: base.field, wabaId: base.wabaId, time: base.time, phoneNumberId: metadata.phone_number_id, displayPhoneNumber: metadata.display_phone_number };
  } else {
    const issues = issuesOf(reader.shell);
    const partial = readableRouting(value, base);
    events.push(invalidEvent(partial, pointer, value, issues));
    // Without the business number no item can be routed: each is reported with the value's findings.
    if (partial.phoneNumberId === undefined) return reportEveryItem(reader, value, partial, events, pointer, issues);
    routing = partial as PhoneNumberRouting;
  }
  const contacts = reader.contact && checkedContacts(reader.contact, value.contacts, routing, events, pointer);
  const context: ValueContext = { routing, events, contactOf: contactFinder(contacts), pointer };
  const lists = reader.lists;
  for (let l = 0; l < lists.length; l++) {
    const list = lists[l]!;
    const items = value[list.key];
    // A list that is not an array failed the shell check and is in that `invalid` event.
    if (!Array.isArray(items)) continue;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (list.check(item)) list.read(item as never, context, i);
      else events.push(invalidEvent(routing, `${pointer}/${list.key}/${i}`, item, issuesOf(list.check)));
    }
  }
  unknownKeys(value, reader.known, routing, events);
}

/** The routing ids that can be read from a value that did not validate. */
function readableRouting(value: Value, base: WebhookRouting): PartialRouting {
  const metadata = value.metadata;
  const id = isObject(metadata) ? metadata.phone_number_id : undefined;
  const display = isObject(metadata) ? metadata.display_phone_number : undefined;
  return {
    field: base.field,
    wabaId: base.wabaId,
    time: base.time,
    phoneNumberId: typeof id === 'string' ? id : undefined,
    displayPhoneNumber: typeof display === 'string' ? display : undefined,
  };
}

function reportEveryItem(reader: NumberValueReader, value: Value, routing: PartialRouting, events: WebhookEvent[], pointer: string, issues: ReturnType<typeof issuesOf>) {
  for (const list of reader.lists) {
    const items = value[list.key];
    if (Array.isArray(items)) for (let i = 0; i < items.length; i++) events.push(invalidEvent(routing, `${pointer}/${list.key}/${i}`, items[i], issues));
  }
}

/** The contacts that validate; each one that does not becomes an `invalid` event and matches no one. */
function checkedContacts(check: Validator<unknown>, contacts: unknown, routing: PhoneNumberRouting, events: WebhookEvent[], pointer: string): InboundContactProfile[] | undefined {
  if (!Array.isArray(contacts)) return undefined;
  // The usual case, every contact valid, allocates nothing.
  let valid: InboundContactProfile[] | undefined;
  for (let i = 0; i < contacts.length; i++) {
    if (check(contacts[i])) {
      valid?.push(contacts[i] as InboundContactProfile);
      continue;
    }
    valid ??= contacts.slice(0, i) as InboundContactProfile[];
    events.push(invalidEvent(routing, `${pointer}/contacts/${i}`, contacts[i], issuesOf(check)));
  }
  return valid ?? (contacts as InboundContactProfile[]);
}

/** Keys of a value that no reader looks at become `unknown` events instead of vanishing. */
function unknownKeys(value: Value, known: readonly string[], routing: PhoneNumberRouting, events: WebhookEvent[]) {
  for (const key in value) {
    if (key !== 'messaging_product' && key !== 'metadata' && !known.includes(key)) {
      events.push({ type: 'unknown', field: routing.field, wabaId: routing.wabaId, time: routing.time, phoneNumberId: routing.phoneNumberId, displayPhoneNumber: routing.displayPhoneNumber, reason: 'unknown_key', key, value: value[key] });
    }
  }
}
