// The events parseWebhook produces: one per message, status, call, notice… Every shape comes
// from the generated schema types; this file only names them and adds the routing ids.
import type { ValidationIssue } from '../../generated/validation.js';
import type { Schemas } from '../core/spec-types.js';

/** The element type of an optional array (a bare `T extends U[] | undefined` would infer `unknown`). */
type Item<T> = NonNullable<T> extends readonly (infer U)[] ? U : never;

/** Names of the per-type message schemas (`InboundTextMessage`, `InboundImageMessage`, …). */
type MessageVariantName = Exclude<Extract<keyof Schemas, `Inbound${string}Message`>, 'InboundMessage' | 'InboundOtherMessage'>;
/** Every message `type` the spec describes. */
export type KnownMessageType = Schemas[MessageVariantName]['type'];
/** The members of a union whose `type` is a value the spec lists (the open fallback's is any string). */
type Listed<U> = U extends { type: infer T } ? (string extends T ? never : U) : never;
/**
 * An answer to an interactive message of a kind the spec describes; narrow it on `type` and the
 * object of that name is there (`button_reply`, `list_reply`, `nfm_reply`, `call_permission_reply`).
 * A kind Meta adds later arrives as an `unknown` event (reason `unknown_message_type`) instead.
 */
export type KnownInteractiveReply = Listed<Schemas['InboundInteractiveReply']>;
/** The interactive reply kinds the spec describes. */
export type KnownInteractiveReplyType = KnownInteractiveReply['type'];
/** An interactive message whose reply is one of the known kinds (the SDK routes the others elsewhere). */
type WithKnownReply<M> = M extends { type: 'interactive' } ? Omit<M, 'interactive'> & { interactive: KnownInteractiveReply } : M;
/** A received message of a type the spec describes; narrow it on `type` (and an interactive one on `interactive.type`). */
export type KnownInboundMessage = WithKnownReply<Extract<Schemas['InboundMessage'], { type: KnownMessageType }>>;
export type InboundMessage = Schemas['InboundMessage'];
export type InboundStatus = Schemas['InboundStatus'];
export type InboundError = Schemas['InboundError'];
export type InboundContactProfile = Schemas['InboundContactProfile'];

/** Where an event came from. */
export interface WebhookRouting {
  /** The webhook field, e.g. `messages`. */
  field: string;
  /** The WhatsApp Business Account id (the entry's `id`; on partner_solutions, the business portfolio id). */
  wabaId: string | undefined;
  /** The entry's `time` (Unix seconds), when Graph sent one. */
  time: number | undefined;
}

/** Routing of events about one business phone number. */
export interface PhoneNumberRouting extends WebhookRouting {
  /** The business phone number id (`metadata.phone_number_id`): the number to answer from. */
  phoneNumberId: string;
  displayPhoneNumber: string | undefined;
}

/** Routing of events about one conversation: the business number and the user on the other side. */
export interface ConversationRouting extends PhoneNumberRouting {
  /**
   * The user the event concerns: their WhatsApp id (phone number) when the payload gives one,
   * else their business-scoped user id (users known only by username have no phone number in
   * webhooks). For a status, the recipient (a group id for group messages). Undefined when the
   * payload names no one.
   */
  contactId: string | undefined;
  /** The user's WhatsApp id (phone number; for a status, possibly a group id), when the payload gives one. */
  waId: string | undefined;
  /** The user's business-scoped user id (BSUID), when the payload gives one. Answer through `recipient` with it when `waId` is missing. */
  userId: string | undefined;
}

export interface MessageEvent extends ConversationRouting {
  type: 'message';
  message: KnownInboundMessage;
  /**
   * The sender's entry in `value.contacts`, matched by WhatsApp id or business-scoped user id.
   * Undefined when no entry matches; never a guess among several.
   */
  contact: InboundContactProfile | undefined;
}

/** What a flow returned: its `response_json`, parsed. */
export type FlowResponse = { flow_token?: string } & Record<string, unknown>;

/** A completed flow: an interactive `nfm_reply` message with its `response_json` parsed. */
export interface FlowCompletionEvent extends ConversationRouting {
  type: 'flow_completion';
  message: Omit<Extract<KnownInboundMessage, { type: 'interactive' }>, 'interactive'> & { interactive: Extract<KnownInteractiveReply, { type: 'nfm_reply' }> };
  contact: InboundContactProfile | undefined;
  /** `response_json` parsed; undefined when it is not a JSON object. */
  response: FlowResponse | undefined;
}

/**
 * A message of a type the spec describes that arrived without its content (no `text`, no
 * `interactive`…) but with `errors` saying why: Graph could not render it (e.g. code 131000,
 * "Unsupported webhook payload"). It is still a message the user sent, with its id, sender and
 * time, so it gets its own event instead of being reported as invalid. On an echo field
 * (`smb_message_echoes`, `message_echoes`) it is one the business sent, and `contactId` names
 * its recipient.
 */
export interface UnreadableMessageEvent extends ConversationRouting {
  type: 'unreadable_message';
  message: Schemas['InboundMessageBase'] & { errors: InboundError[] };
  contact: InboundContactProfile | undefined;
}

export interface StatusEvent extends ConversationRouting {
  type: 'status';
  status: InboundStatus;
}

/** An error in `value.errors` of the messages or calls field (not tied to one message or call). */
export interface ErrorEvent extends PhoneNumberRouting {
  type: 'error';
  error: InboundError;
}

/**
 * A call event of a kind the spec describes. Checking `call.event === 'connect'` narrows it, so
 * `session` (the SDP offer or answer) is there without a guard. A kind Meta adds later arrives
 * as an `unknown` event (reason `unknown_call_event`) instead.
 */
export type KnownWebhookCall = Extract<Schemas['WebhookCall'], { event: KnownCallEventKind }>;
/** The call event kinds the spec describes. */
export type KnownCallEventKind = 'connect' | 'terminate' | 'call_recording_available' | 'call_transcription_available';

export interface CallEvent extends ConversationRouting {
  type: 'call';
  call: KnownWebhookCall;
  contact: InboundContactProfile | undefined;
}

export interface CallStatusEvent extends ConversationRouting {
  type: 'call_status';
  status: Schemas['WebhookCallStatus'];
}

/**
 * A message the business sent from another client of the number (field smb_message_echoes /
 * message_echoes). `contactId`, `waId` and `userId` name the user it went to (`to`, `to_user_id`).
 * Echoes share the received messages' schema and narrow on `type` the same way; an echo of a type
 * the spec does not list is an `unknown` event, one without its content an `unreadable_message`.
 */
export interface MessageEchoEvent extends ConversationRouting {
  type: 'message_echo';
  message: KnownInboundMessage;
}

/** One chunk of shared chat history. */
export interface HistoryEvent extends PhoneNumberRouting {
  type: 'history';
  chunk: Item<Schemas['WebhookHistoryValue']['history']>;
}

export interface AppStateSyncEvent extends PhoneNumberRouting {
  type: 'app_state_sync';
  sync: Item<Schemas['WebhookAppStateSyncValue']['state_sync']>;
}

export interface UserPreferenceEvent extends ConversationRouting {
  type: 'user_preference';
  preference: Item<Schemas['WebhookUserPreferencesValue']['user_preferences']>;
  contact: InboundContactProfile | undefined;
}

/**
 * A user's business-scoped user id changed (field user_id_update): replace `update.user_id.previous`
 * with `update.user_id.current` wherever it is stored. `userId` is the new id.
 */
export interface UserIdUpdateEvent extends ConversationRouting {
  type: 'user_id_update';
  update: Item<Schemas['WebhookUserIdUpdateValue']['user_id_update']>;
  contact: InboundContactProfile | undefined;
}

/** A conversion Graph detected in a chat that came from a Click to WhatsApp ad (field automatic_events). */
export interface AutomaticEvent extends PhoneNumberRouting {
  type: 'automatic_event';
  event: Item<Schemas['WebhookAutomaticEventsValue']['automatic_events']>;
}

/**
 * One update about a group the number manages; `field` says which group field it came on
 * (group_lifecycle_update, group_participants_update, group_settings_update, group_status_update)
 * and `group.type` what happened.
 */
export interface GroupUpdateEvent extends PhoneNumberRouting {
  type: 'group_update';
  group: Schemas['WebhookGroupUpdate'];
}

/** Fields whose whole value is one notice; their event's `type` is the field name. */
export interface NoticeValues {
  message_template_status_update: Schemas['WebhookTemplateStatusValue'];
  message_template_quality_update: Schemas['WebhookTemplateQualityValue'];
  message_template_components_update: Schemas['WebhookTemplateComponentsValue'];
  template_category_update: Schemas['WebhookTemplateCategoryValue'];
  phone_number_name_update: Schemas['WebhookPhoneNumberNameValue'];
  phone_number_quality_update: Schemas['WebhookPhoneNumberQualityValue'];
  account_update: Schemas['WebhookAccountUpdateValue'];
  account_alerts: Schemas['WebhookAccountAlertsValue'];
  account_review_update: Schemas['WebhookAccountReviewValue'];
  account_settings_update: Schemas['WebhookAccountSettingsValue'];
  business_capability_update: Schemas['WebhookBusinessCapabilityValue'];
  security: Schemas['WebhookSecurityValue'];
  flows: Schemas['WebhookFlowsValue'];
  partner_solutions: Schemas['WebhookPartnerSolutionsValue'];
  payment_configuration_update: Schemas['WebhookPaymentConfigurationValue'];
  messaging_handovers: Schemas['WebhookMessagingHandoversValue'];
  business_username_updates: Schemas['WebhookBusinessUsernameValue'];
}

export type NoticeEvent = {
  [F in keyof NoticeValues]: WebhookRouting & { type: F; value: NoticeValues[F] };
}[keyof NoticeValues];

/**
 * A part of the payload the spec does not describe: a field, a message type, or a key of a
 * known value. `value` is the raw JSON, untouched.
 */
export interface UnknownEvent extends WebhookRouting {
  type: 'unknown';
  reason: 'unknown_field' | 'unknown_message_type' | 'unknown_call_event' | 'unknown_key' | 'unknown_object';
  /** For `unknown_key`: the key inside the change's value. */
  key?: string;
  /** For `unknown_object`: the delivery's `object` (e.g. `page`); `field` is then empty and `value` is the whole body. */
  object?: string;
  /** The business phone number, when the value names one. */
  phoneNumberId?: string;
  displayPhoneNumber?: string | undefined;
  value: unknown;
}

/**
 * A part of the delivery that does not match the spec: one message, status, call, group update…
 * or a whole change value, entry or change when that part itself is broken. The rest of the
 * delivery is delivered as usual; this event keeps the raw part so nothing is lost.
 */
export interface InvalidEvent extends WebhookRouting {
  type: 'invalid';
  /** The business phone number, when the value it came in names one. */
  phoneNumberId: string | undefined;
  displayPhoneNumber: string | undefined;
  /** JSON Pointer to the part in the delivery, e.g. `/entry/0/changes/1/value/messages/3`. */
  pointer: string;
  /** The part as received (JSON), untouched. */
  value: unknown;
  /** What the validator found; `message` repeats the first one. */
  issues: readonly ValidationIssue[];
  message: string;
}

export type WebhookEvent =
  | MessageEvent
  | UnreadableMessageEvent
  | FlowCompletionEvent
  | StatusEvent
  | ErrorEvent
  | CallEvent
  | CallStatusEvent
  | MessageEchoEvent
  | HistoryEvent
  | AppStateSyncEvent
  | UserPreferenceEvent
  | UserIdUpdateEvent
  | AutomaticEvent
  | GroupUpdateEvent
  | NoticeEvent
  | UnknownEvent
  | InvalidEvent;

export type WebhookEventType = WebhookEvent['type'];
export type WebhookEventOf<T extends WebhookEventType> = Extract<WebhookEvent, { type: T }>;
