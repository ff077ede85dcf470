// whatsapp-cloud-sdk: a typed client for the WhatsApp Business Cloud API.
export { createWhatsApp, type WhatsApp } from './client.js';
export { createMessagesClient } from './resources/messages/standalone.js';
export type { WhatsAppOptions, CallOptions, PhoneNumberCallOptions, FetchLike } from './core/options.js';
export {
  WhatsAppError,
  GraphApiError,
  GraphNetworkError,
  GraphTimeoutError,
  GraphAbortError,
  UnexpectedResponseError,
  type RequestSummary,
} from './core/errors.js';
export { WhatsAppConfigError } from './core/config-error.js';
export { classifyGraphError } from './core/classify.js';
export { parseRetryAfter, parseBusinessUseCaseUsage } from './core/retry-delay.js';
export { GRAPH_VERSION } from '../generated/version.js';
export type { Recipient, Schemas } from './core/spec-types.js';
export type { MessageOptions, OutboundMessage, SendMessageResponse, MessagesResource } from './resources/messages/index.js';
export type { RawClient } from './core/raw-client.js';
export { errorCodes, errorCategories, retryActions, type ErrorCategory, type RetryAction, type ErrorCodeInfo } from '../generated/errors.js';
export type { paths, components, webhooks } from '../generated/schema.js';
export type {
  CallRequest,
  ConnectCallResponse,
  CallActionResponse,
  CallPermissions,
  CallingSettings,
  CallingSettingsUpdate,
  CallsResource,
} from './resources/calls/types.js';
export type { CallOptionsWithCallback } from './resources/calls/index.js';
export type { AnswerCallInput } from './resources/calls/answer-and-start.js';
export { CallPermissionError } from './resources/calls/permission-error.js';
export type {
  PhoneNumberSettings,
  UpdatePhoneNumberSettingsRequest,
  UpdatePhoneNumberSettingsResponse,
  GetSettingsOptions,
  SettingsResource,
} from './resources/settings.js';
export { MediaFileError } from './resources/media-limits.js';
export {
  MediaIntegrityError,
  type MediaResource,
  type MediaUrl,
  type MediaUploadInput,
  type MediaUploadOptions,
  type MediaUploadResponse,
  type MediaLookupOptions,
  type MediaDownloadOptions,
  type MediaBytes,
  type MediaStream,
} from './resources/media.js';
export type { UploadsResource, UploadFileType, UploadSessionOptions, ResumableUploadOptions } from './resources/uploads.js';
export type {
  TemplatesResource,
  Template,
  TemplateList,
  TemplateListQuery,
  TemplateCreateRequest,
  TemplateEditRequest,
} from './resources/templates.js';
export type { PhoneNumbersResource, PhoneNumber, PhoneNumberList, PhoneNumberListQuery } from './resources/phone-numbers.js';
export type { BusinessProfileResource, BusinessProfile, BusinessProfileChanges } from './resources/business-profile.js';
export type {
  BlockedUsersResource,
  BlockedUser,
  BlockedUserList,
  BlockedUserListQuery,
  BlockUsersRequest,
  BlockUsersResponse,
  UnblockUsersResponse,
} from './resources/blocked-users/types.js';
export {
  BlockUsersError,
  BlockUsersLimitError,
  type BlockListUser,
  type BlockListFailedUser,
  type BlockUsersOperation,
} from './resources/blocked-users/errors.js';
export type {
  QrCodesResource,
  QrCode,
  QrCodeList,
  QrCodeListQuery,
  QrCodeContent,
  QrImageFormat,
  QrCodeListOptions,
  QrCodeGetOptions,
} from './resources/qr-codes.js';
export type { CommerceSettingsResource, CommerceSettings, CommerceSettingsChanges } from './resources/commerce-settings.js';
export type {
  ConversationalAutomationResource,
  ConversationalAutomation,
  ConversationalAutomationRequest,
  ConversationalCommand,
} from './resources/conversational-automation.js';
export type { SubscriptionsResource } from './resources/subscriptions.js';
export type {
  WabaResource,
  WhatsAppBusinessAccount,
  WabaHealthStatus,
  WabaUpdateRequest,
  WabaUpdateResponse,
  AddWabaPhoneNumberRequest,
  AddWabaPhoneNumberResponse,
} from './resources/waba.js';
export type { WabaUsersResource, WabaAssignedUser, WabaAssignedUserList, WabaAssignedUserListQuery, WabaUserTask } from './resources/waba-users.js';
export type { WabaActivitiesResource, WabaActivity, WabaActivityList, WabaActivityListQuery } from './resources/waba-activities.js';
export type {
  BusinessesResource,
  BusinessPortfolio,
  WhatsAppBusinessAccountList,
  ListedWhatsAppBusinessAccount,
  WhatsAppBusinessAccountListQuery,
} from './resources/businesses.js';
export type {
  PreverifiedNumbersResource,
  PreverifiedPhoneNumber,
  PreverifiedPhoneNumberList,
  PreverifiedPhoneNumberListQuery,
  PreverifiedPartnerList,
  PreverifiedPartnerListQuery,
} from './resources/preverified-numbers.js';
export type { WabaCallOptions, FieldsOptions } from './resources/request-options.js';
export { pages, items, nextCursor, type CursorPage } from './core/paging.js';
export type {
  Flow,
  FlowList,
  FlowCategory,
  FlowJson,
  FlowWabaOptions,
  FlowListOptions,
  FlowsResource,
  CreateFlowRequest,
  CreateFlowResponse,
  UpdateFlowMetadataRequest,
  UploadFlowJsonResponse,
  MigrateFlowsResponse,
} from './resources/flows.js';
export type { FlowDeployOptions, FlowDeployResult } from './resources/flows-deploy.js';
export { FlowValidationError, FlowDeployError, type FlowValidationIssue, type FlowDeployErrorReason } from './resources/flows-errors.js';
export type { InteractiveOptions, ReplyButton, ReplyButtons, ListSection, FlowParameters, CtaUrlParameters } from './resources/messages/index.js';
export { MessageLimitError } from './resources/messages/errors.js';
export type {
  GroupsResource,
  Group,
  GroupList,
  GroupSummary,
  GroupInviteLink,
  CreateGroupResponse,
  NewGroup,
  GroupSettingsChanges,
  GroupListQuery,
  GroupMessage,
  GroupMessageOptions,
  GroupJoinRequest,
  GroupJoinRequestList,
  ApproveGroupJoinRequestsResponse,
  RejectGroupJoinRequestsResponse,
  GroupChangeResponse,
} from './resources/groups/types.js';
export type { GroupPictureInput } from './resources/group-picture.js';
export type { MarketingMessagesResource, MarketingMessage, MarketingProductPolicy } from './resources/marketing-messages/types.js';
export type { MarketingMessageOptions } from './resources/marketing-messages/index.js';
export type {
  MessageHistoryResource,
  MessageHistoryList,
  MessageHistoryEntry,
  MessageHistoryQuery,
  MessageHistoryEventList,
  MessageHistoryEventEdge,
  MessageHistoryEventQuery,
  MessageDeliveryStatus,
} from './resources/message-history.js';
export type { BusinessComplianceResource, BusinessComplianceInfo, BusinessComplianceDetails } from './resources/business-compliance.js';
export type {
  OfficialBusinessAccountResource,
  OfficialBusinessAccountStatus,
  OfficialBusinessAccountRequest,
} from './resources/official-business-account.js';
export type {
  SolutionsResource,
  Solution,
  SolutionList,
  AppSolutionListQuery,
  WabaSolutionListQuery,
  CreateSolutionRequest,
  SolutionAccessToken,
} from './resources/partner-solutions.js';
export type {
  ClientBusinessesResource,
  ConnectedClientBusiness,
  ConnectedClientBusinessList,
  ConnectedClientBusinessQuery,
} from './resources/client-businesses.js';
export type { AppCallOptions } from './resources/app-path.js';
// Webhooks live at 'whatsapp-cloud-sdk/webhooks' (and /webhooks/node): their validators load only
// for apps that take webhooks, so a client that only sends starts fast.
export type { RetryOptions } from './core/retry-policy.js';
