// Every resource of the client, by its name on the client. A resource is its generated operations
// (bound from generated/operations.ts) plus, where it adds something, hand-written helpers in its
// own folder. Adding an operation to the spec adds its method here with no code.
import {
  blockedUsersOperations,
  businessComplianceOperations,
  businessesOperations,
  businessProfileOperations,
  businessUsernameOperations,
  callsOperations,
  commerceSettingsOperations,
  conversationalAutomationOperations,
  flowsOperations,
  groupsOperations,
  marketingMessagesOperations,
  mediaOperations,
  messageHistoryOperations,
  messagesOperations,
  officialBusinessAccountOperations,
  phoneNumbersOperations,
  preverifiedNumbersOperations,
  qrCodesOperations,
  settingsOperations,
  solutionsOperations,
  subscriptionsOperations,
  templatesOperations,
  uploadsOperations,
  wabaOperations,
  type OperationRow,
  type OperationTypes,
} from '../../generated/operations.js';
import type { ClientCore } from '../core/client-core.js';
import { bindOperations } from '../core/operation-call.js';
import type { ResourceOperations } from '../core/operation-types.js';
import { messagesHelpers } from './messages/index.js';
import { callsHelpers } from './calls/index.js';
import { mediaHelpers } from './media/index.js';
import { uploadsHelpers } from './uploads/index.js';
import { businessProfileHelpers } from './business-profile/index.js';
import { blockedUsersHelpers } from './blocked-users/index.js';
import { qrCodesHelpers } from './qr-codes/index.js';
import { conversationalAutomationHelpers } from './conversational-automation/index.js';
import { flowsHelpers } from './flows/index.js';
import { groupsHelpers } from './groups/index.js';
import { marketingMessagesHelpers } from './marketing-messages/index.js';
import { wabaHelpers } from './waba/index.js';
import type { MessagesResource } from './messages/index.js';
import type { CallsResource } from './calls/types.js';
import type { SettingsResource } from './settings/types.js';
import type { MediaResource } from './media/index.js';
import type { UploadsResource } from './uploads/index.js';
import type { TemplatesResource } from './templates/types.js';
import type { PhoneNumbersResource } from './phone-numbers/types.js';
import type { BusinessProfileResource } from './business-profile/types.js';
import type { BlockedUsersResource } from './blocked-users/types.js';
import type { QrCodesResource } from './qr-codes/types.js';
import type { CommerceSettingsResource } from './commerce-settings/types.js';
import type { ConversationalAutomationResource } from './conversational-automation/types.js';
import type { SubscriptionsResource } from './subscriptions/types.js';
import type { WabaResource } from './waba/types.js';
import type { BusinessesResource } from './businesses/types.js';
import type { PreverifiedNumbersResource } from './preverified-numbers/types.js';
import type { FlowsResource } from './flows/types.js';
import type { GroupsResource } from './groups/types.js';
import type { MarketingMessagesResource } from './marketing-messages/types.js';
import type { MessageHistoryResource } from './message-history/types.js';
import type { BusinessComplianceResource } from './business-compliance/types.js';
import type { OfficialBusinessAccountResource } from './official-business-account/types.js';
import type { BusinessUsernameResource } from './business-username/types.js';
import type { SolutionsResource } from './solutions/types.js';

/** A resource with nothing but its generated operations. */
function plain<Name extends keyof OperationTypes>(core: ClientCore, name: Name, rows: Record<string, OperationRow>) {
  return bindOperations(core, name, rows) as unknown as ResourceOperations<Name>;
}

/** Generated operations with hand-written helpers over them (helpers win where names meet). */
function withHelpers<Name extends keyof OperationTypes, Helpers extends object>(core: ClientCore, name: Name, rows: Record<string, OperationRow>, helpers: (core: ClientCore) => Helpers) {
  return { ...(bindOperations(core, name, rows) as unknown as ResourceOperations<Name>), ...helpers(core) } as Omit<ResourceOperations<Name>, keyof Helpers> & Helpers;
}

// Factories only (arrow functions, no calls at module level), so a bundler drops this table, and
// every resource with it, from an app that never calls createWhatsApp (e.g. one using
// createMessagesClient) without needing pure annotations, which minifiers do not keep.
export const resourceFactories: { readonly [Name in ResourceName]: (core: ClientCore) => Resources[Name] } = {
  messages: (core: ClientCore) => withHelpers(core, 'messages', messagesOperations, messagesHelpers),
  calls: (core: ClientCore) => withHelpers(core, 'calls', callsOperations, callsHelpers),
  settings: (core: ClientCore) => plain(core, 'settings', settingsOperations),
  media: (core: ClientCore) => withHelpers(core, 'media', mediaOperations, mediaHelpers),
  uploads: (core: ClientCore) => withHelpers(core, 'uploads', uploadsOperations, uploadsHelpers),
  templates: (core: ClientCore) => plain(core, 'templates', templatesOperations),
  phoneNumbers: (core: ClientCore) => plain(core, 'phoneNumbers', phoneNumbersOperations),
  businessProfile: (core: ClientCore) => withHelpers(core, 'businessProfile', businessProfileOperations, businessProfileHelpers),
  blockedUsers: (core: ClientCore) => withHelpers(core, 'blockedUsers', blockedUsersOperations, blockedUsersHelpers),
  qrCodes: (core: ClientCore) => withHelpers(core, 'qrCodes', qrCodesOperations, qrCodesHelpers),
  commerceSettings: (core: ClientCore) => plain(core, 'commerceSettings', commerceSettingsOperations),
  conversationalAutomation: (core: ClientCore) => withHelpers(core, 'conversationalAutomation', conversationalAutomationOperations, conversationalAutomationHelpers),
  subscriptions: (core: ClientCore) => plain(core, 'subscriptions', subscriptionsOperations),
  waba: (core: ClientCore) => withHelpers(core, 'waba', wabaOperations, wabaHelpers),
  businesses: (core: ClientCore) => plain(core, 'businesses', businessesOperations),
  preverifiedNumbers: (core: ClientCore) => plain(core, 'preverifiedNumbers', preverifiedNumbersOperations),
  flows: (core: ClientCore) => withHelpers(core, 'flows', flowsOperations, flowsHelpers),
  groups: (core: ClientCore) => withHelpers(core, 'groups', groupsOperations, groupsHelpers),
  marketingMessages: (core: ClientCore) => withHelpers(core, 'marketingMessages', marketingMessagesOperations, marketingMessagesHelpers),
  messageHistory: (core: ClientCore) => plain(core, 'messageHistory', messageHistoryOperations),
  businessCompliance: (core: ClientCore) => plain(core, 'businessCompliance', businessComplianceOperations),
  officialBusinessAccount: (core: ClientCore) => plain(core, 'officialBusinessAccount', officialBusinessAccountOperations),
  businessUsername: (core: ClientCore) => plain(core, 'businessUsername', businessUsernameOperations),
  solutions: (core: ClientCore) => plain(core, 'solutions', solutionsOperations),
};

export type ResourceName = keyof Resources;

/** The resources of a client, each built on first use. */
export interface Resources {
  readonly messages: MessagesResource;
  readonly calls: CallsResource;
  readonly settings: SettingsResource;
  readonly media: MediaResource;
  readonly uploads: UploadsResource;
  readonly templates: TemplatesResource;
  readonly phoneNumbers: PhoneNumbersResource;
  readonly businessProfile: BusinessProfileResource;
  readonly blockedUsers: BlockedUsersResource;
  readonly qrCodes: QrCodesResource;
  readonly commerceSettings: CommerceSettingsResource;
  readonly conversationalAutomation: ConversationalAutomationResource;
  readonly subscriptions: SubscriptionsResource;
  readonly waba: WabaResource;
  readonly businesses: BusinessesResource;
  readonly preverifiedNumbers: PreverifiedNumbersResource;
  readonly flows: FlowsResource;
  readonly groups: GroupsResource;
  readonly marketingMessages: MarketingMessagesResource;
  readonly messageHistory: MessageHistoryResource;
  readonly businessCompliance: BusinessComplianceResource;
  readonly officialBusinessAccount: OfficialBusinessAccountResource;
  readonly businessUsername: BusinessUsernameResource;
  readonly solutions: SolutionsResource;
}
