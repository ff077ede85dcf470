// Names of the WhatsApp Business Account shapes the package exports, from the spec's schemas.
import type { operations } from '../../../generated/schema.js';
import type { ResourceOperations } from '../../core/operation-types.js';
import type { Schemas } from '../../core/spec-types.js';
import type { AnalyticsTime } from './analytics-field.js';
import type { wabaHelpers } from './index.js';

export type WhatsAppBusinessAccount = Schemas['WhatsAppBusinessAccount'];
export type WabaHealthStatus = Schemas['WabaHealthStatus'];
export type WabaUpdateRequest = Schemas['WabaUpdateRequest'];
export type WabaUpdateResponse = Schemas['WabaUpdateResponse'];
export type WabaAssignedUser = Schemas['WabaAssignedUser'];
export type WabaAssignedUserList = Schemas['WabaAssignedUserList'];
export type WabaUserTask = Schemas['WabaUserTask'];
/** The business portfolio whose users to list (`business`, required), fields, page size and cursors. */
export type WabaAssignedUserListQuery = NonNullable<operations['listWabaAssignedUsers']['parameters']['query']>;
export type WabaActivity = Schemas['WabaActivity'];
export type WabaActivityList = Schemas['WabaActivityList'];
/** Fields, page size, cursors and a `since` / `until` time range of the activity log. */
export type WabaActivityListQuery = NonNullable<operations['listWabaActivities']['parameters']['query']>;


/** A parameter object of the spec with `start` and `end` also taking a Date. */
type Dated<P> = Omit<P, 'start' | 'end'> & { start: AnalyticsTime; end: AnalyticsTime };

/** Parameters of `messagingAnalytics` (the account's `analytics` field). */
export type MessagingAnalyticsQuery = Dated<Schemas['MessagingAnalyticsParameters']>;
/** Parameters of `pricingAnalytics`. */
export type PricingAnalyticsQuery = Dated<Schemas['PricingAnalyticsParameters']>;
/** Parameters of `conversationAnalytics`. */
export type ConversationAnalyticsQuery = Dated<Schemas['ConversationAnalyticsParameters']>;
/** Parameters of `callAnalytics`. */
export type CallAnalyticsQuery = Dated<Schemas['CallAnalyticsParameters']>;

type Points<T> = T extends { data_points?: (infer P)[] } ? P : never;
type BlockPoints<T> = T extends { data?: (infer B)[] } ? Points<B> : never;

export type MessagingAnalyticsDataPoint = Schemas['MessagingAnalyticsDataPoint'];
export type PricingAnalyticsDataPoint = Schemas['PricingAnalyticsDataPoint'];
export type ConversationAnalyticsDataPoint = BlockPoints<Schemas['ConversationAnalytics']>;
export type CallAnalyticsDataPoint = Points<Schemas['CallAnalytics']>;
export type TemplateAnalyticsDataPoint = Schemas['TemplateAnalyticsDataPoint'];

/**
 * `wa.waba`: the account itself, its users (`listUsers`, `assignUser`, `removeUser`), its activity
 * log (`listActivities`), the paged template, template group and group analytics, and the dated
 * analytics helpers (`messagingAnalytics`, `pricingAnalytics`, `conversationAnalytics`, `callAnalytics`).
 * @interface
 */
export type WabaResource = Omit<ResourceOperations<'waba'>, keyof ReturnType<typeof wabaHelpers>> & ReturnType<typeof wabaHelpers>;
