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

/** A resource with nothing but its generated operations. */
function plain<Name extends keyof OperationTypes>(name: Name, rows: Record<string, OperationRow>) {
  return (core: ClientCore) => bindOperations(core, name, rows) as unknown as ResourceOperations<Name>;
}

/** Generated operations with hand-written helpers over them (helpers win where names meet). */
function withHelpers<Name extends keyof OperationTypes, Helpers extends object>(name: Name, rows: Record<string, OperationRow>, helpers: (core: ClientCore) => Helpers) {
  return (core: ClientCore) => ({ ...(bindOperations(core, name, rows) as unknown as ResourceOperations<Name>), ...helpers(core) }) as Omit<ResourceOperations<Name>, keyof Helpers> & Helpers;
}

// The factories are made by calls; marked pure so a bundler drops this table (and every resource
// with it) from an app that never calls createWhatsApp, e.g. one using createMessagesClient.
export const resourceFactories = {
  messages: /* @__PURE__ */ withHelpers('messages', messagesOperations, messagesHelpers),
  calls: /* @__PURE__ */ withHelpers('calls', callsOperations, callsHelpers),
  settings: /* @__PURE__ */ plain('settings', settingsOperations),
  media: /* @__PURE__ */ withHelpers('media', mediaOperations, mediaHelpers),
  uploads: /* @__PURE__ */ withHelpers('uploads', uploadsOperations, uploadsHelpers),
  templates: /* @__PURE__ */ plain('templates', templatesOperations),
  phoneNumbers: /* @__PURE__ */ plain('phoneNumbers', phoneNumbersOperations),
  businessProfile: /* @__PURE__ */ withHelpers('businessProfile', businessProfileOperations, businessProfileHelpers),
  blockedUsers: /* @__PURE__ */ withHelpers('blockedUsers', blockedUsersOperations, blockedUsersHelpers),
  qrCodes: /* @__PURE__ */ withHelpers('qrCodes', qrCodesOperations, qrCodesHelpers),
  commerceSettings: /* @__PURE__ */ plain('commerceSettings', commerceSettingsOperations),
  conversationalAutomation: /* @__PURE__ */ withHelpers('conversationalAutomation', conversationalAutomationOperations, conversationalAutomationHelpers),
  subscriptions: /* @__PURE__ */ plain('subscriptions', subscriptionsOperations),
  waba: /* @__PURE__ */ withHelpers('waba', wabaOperations, wabaHelpers),
  businesses: /* @__PURE__ */ plain('businesses', businessesOperations),
  preverifiedNumbers: /* @__PURE__ */ plain('preverifiedNumbers', preverifiedNumbersOperations),
  flows: /* @__PURE__ */ withHelpers('flows', flowsOperations, flowsHelpers),
  groups: /* @__PURE__ */ withHelpers('groups', groupsOperations, groupsHelpers),
  marketingMessages: /* @__PURE__ */ withHelpers('marketingMessages', marketingMessagesOperations, marketingMessagesHelpers),
  messageHistory: /* @__PURE__ */ plain('messageHistory', messageHistoryOperations),
  businessCompliance: /* @__PURE__ */ plain('businessCompliance', businessComplianceOperations),
  officialBusinessAccount: /* @__PURE__ */ plain('officialBusinessAccount', officialBusinessAccountOperations),
  businessUsername: /* @__PURE__ */ plain('businessUsername', businessUsernameOperations),
  solutions: /* @__PURE__ */ plain('solutions', solutionsOperations),
};

export type ResourceName = keyof typeof resourceFactories;
/** The resources of a client, each built on first use. */
export type Resources = { readonly [Name in ResourceName]: ReturnType<(typeof resourceFactories)[Name]> };
