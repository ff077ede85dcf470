// Which entry of `value.contacts` a message, call or preference is about.
import type { InboundContactProfile } from './events.js';

/** Finds the `value.contacts` entry of a user by WhatsApp id (`wa_id`) or business-scoped user id (`user_id`). */
export type ContactOf = (waId: string | undefined, userId: string | undefined) => InboundContactProfile | undefined;
const noContact: ContactOf = () => undefined;

export function contactFinder(contacts: readonly InboundContactProfile[] | undefined): ContactOf {
  if (!contacts || contacts.length === 0) return noContact;
  if (contacts.length === 1) {
    // The usual case. The one contact is the user, unless an id present on both sides differs.
    const only = contacts[0]!;
    return (waId, userId) => {
      if (waId !== undefined && only.wa_id !== undefined) return only.wa_id === waId ? only : undefined;
      if (userId !== undefined && only.user_id !== undefined) return only.user_id === userId ? only : undefined;
      return only;
    };
  }
  // Several: only an id decides. A user known by username has no `wa_id` (and the message no
  // `from`), so position or a missing id must never pick someone else's profile.
  return (waId, userId) => {
    if (waId === undefined && userId === undefined) return undefined;
    for (let i = 0; i < contacts.length; i++) {
      const contact = contacts[i]!;
      if ((waId !== undefined && contact.wa_id === waId) || (userId !== undefined && contact.user_id === userId)) return contact;
    }
    return undefined;
  };
}
