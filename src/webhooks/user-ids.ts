// The user ids an event carries. Users who adopt a username may arrive with only their
// business-scoped user id (BSUID), so routing falls back to it when no phone number is given.

/** `contactId` is the phone number when there is one, else the BSUID; both stay on the event. */
export function ids(waId: string | undefined, userId: string | undefined) {
  return { contactId: waId ?? userId, waId, userId };
}
