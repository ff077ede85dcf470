// createWhatsApp: the client factory. Resources share one transport; the raw typed client is
// built on first use.
import type { WhatsAppOptions } from './core/options.js';
import { createRawClient, type RawClient } from './core/raw-client.js';
import { createTransport } from './core/transport.js';
import { messagesResource } from './resources/messages.js';
import { groupsResource } from './resources/groups.js';
import { marketingMessagesResource } from './resources/marketing-messages.js';
import { messageHistoryResource } from './resources/message-history.js';
import { businessComplianceResource } from './resources/business-compliance.js';
import { officialBusinessAccountResource } from './resources/official-business-account.js';
import { solutionsResource } from './resources/partner-solutions.js';
import { clientBusinessesResource } from './resources/client-businesses.js';
import { callsResource } from './resources/calls.js';
import { settingsResource } from './resources/settings.js';
import { mediaResource } from './resources/media.js';
import { uploadsResource } from './resources/uploads.js';
import { templatesResource } from './resources/templates.js';
import { phoneNumbersResource } from './resources/phone-numbers.js';
import { businessProfileResource } from './resources/business-profile.js';
import { blockedUsersResource } from './resources/blocked-users.js';
import { qrCodesResource } from './resources/qr-codes.js';
import { commerceSettingsResource } from './resources/commerce-settings.js';
import { conversationalAutomationResource } from './resources/conversational-automation.js';
import { subscriptionsResource } from './resources/subscriptions.js';
import { wabaResource } from './resources/waba.js';
import { businessesResource } from './resources/businesses.js';
import { preverifiedNumbersResource } from './resources/preverified-numbers.js';
import { flowsResource } from './resources/flows.js';

export function createWhatsApp(options: WhatsAppOptions) {
  const transport = createTransport(options);
  let raw: RawClient | undefined;
  return {
    messages: messagesResource(transport, options.phoneNumberId),
    groups: groupsResource(transport, options.phoneNumberId),
    marketingMessages: marketingMessagesResource(transport, options.phoneNumberId),
    messageHistory: messageHistoryResource(transport, options.phoneNumberId),
    businessCompliance: businessComplianceResource(transport, options.phoneNumberId),
    officialBusinessAccount: officialBusinessAccountResource(transport, options.phoneNumberId),
    solutions: solutionsResource(transport, { appId: options.appId, wabaId: options.wabaId }),
    clientBusinesses: clientBusinessesResource(transport, options.appId),
    calls: callsResource(transport, options.phoneNumberId),
    settings: settingsResource(transport, options.phoneNumberId),
    media: mediaResource(transport, { phoneNumberId: options.phoneNumberId, headers: options.headers, timeoutMs: options.timeoutMs }),
    uploads: uploadsResource(transport, options.appId),
    templates: templatesResource(transport, options.wabaId),
    phoneNumbers: phoneNumbersResource(transport, { phoneNumberId: options.phoneNumberId, wabaId: options.wabaId }),
    businessProfile: businessProfileResource(transport, options.phoneNumberId),
    blockedUsers: blockedUsersResource(transport, options.phoneNumberId),
    qrCodes: qrCodesResource(transport, options.phoneNumberId),
    commerceSettings: commerceSettingsResource(transport, options.phoneNumberId),
    conversationalAutomation: conversationalAutomationResource(transport, options.phoneNumberId),
    subscriptions: subscriptionsResource(transport, options.wabaId),
    waba: wabaResource(transport, options.wabaId),
    businesses: businessesResource(transport),
    preverifiedNumbers: preverifiedNumbersResource(transport),
    flows: flowsResource(transport, options.wabaId, options.phoneNumberId, options.timeoutMs),
    /** The typed openapi-fetch client for any operation in the spec: `wa.raw.GET('/{media-id}', …)`. */
    get raw(): RawClient {
      return (raw ??= createRawClient(transport, options.headers));
    },
    /** Low-level access for extensions: the request function every resource uses. */
    transport,
  };
}

export type WhatsApp = ReturnType<typeof createWhatsApp>;
