// whatsapp-cloud-sdk: a typed client for the WhatsApp Business Cloud API.
export { createWhatsApp, type WhatsApp } from './client.js';
export { createMessagesClient } from './resources/messages/standalone.js';
export type { WhatsAppOptions, CallOptions, PhoneNumberCallOptions, FetchLike, MessageValidator } from './core/options.js';
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
export { GRAPH_VERSION, SUPPORTED_GRAPH_VERSIONS, type GraphVersion } from '../generated/version.js';
export type { Recipient, Schemas, UserIds } from './core/spec-types.js';
export { replyAddress } from './core/spec-types.js';
export type { MessageOptions, SendOptions, OutboundMessage, SendMessageResponse, MessagesResource } from './resources/messages/index.js';
export type { ReceivedMessageEvent, ReplyMessage } from './resources/messages/reply.js';
export { errorCodes, errorCategories, retryActions, type ErrorCategory, type RetryAction, type ErrorCodeInfo } from '../generated/errors.js';
export type { paths, components, webhooks, operations } from '../generated/schema.js';
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
  GetSettingsQuery,
  SettingsResource,
} from './resources/settings/types.js';
export { MediaFileError } from './resources/media/limits.js';
export {
  MediaIntegrityError,
  MediaTooLargeError,
  type MediaResource,
  type MediaUrl,
  type MediaUploadInput,
  type MediaUploadOptions,
  type MediaUploadResponse,
  type MediaLimitSource,
  type MediaDownloadOptions,
  type MediaBytes,
  type MediaStream,
} from './resources/media/index.js';
export type { UploadsResource, UploadFileType, UploadSessionOptions, UploadSessionQuery, ResumableUploadOptions } from './resources/uploads/index.js';
export type {
  TemplatesResource,
  Template,
  TemplateList,
  TemplateListQuery,
  TemplateCreateRequest,
  TemplateEditRequest,
} from './resources/templates/types.js';
export type {
  PhoneNumbersResource,
  PhoneNumber,
  PhoneNumberList,
  PhoneNumberListQuery,
  AddWabaPhoneNumberRequest,
  AddWabaPhoneNumberResponse,
} from './resources/phone-numbers/types.js';
export type { BusinessProfileResource, BusinessProfile, BusinessProfileChanges, BusinessProfileQuery } from './resources/business-profile/types.js';
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
  QrCodeGetQuery,
  QrCodeRequest,
  QrImageFormat,
  QrCodePictureOptions,
  QrCodeListOptions,
  QrCodeGetOptions,
} from './resources/qr-codes/types.js';
export type { CommerceSettingsResource, CommerceSettings, CommerceSettingsList, CommerceSettingsChanges } from './resources/commerce-settings/types.js';
export type {
  ConversationalAutomationResource,
  ConversationalAutomation,
  ConversationalAutomationRequest,
  ConversationalCommand,
} from './resources/conversational-automation/types.js';
export type { SubscriptionsResource, SubscribedAppList, SubscribeAppRequest } from './resources/subscriptions/types.js';
export type {
  WabaResource,
  WhatsAppBusinessAccount,
  WabaHealthStatus,
  WabaUpdateRequest,
  WabaUpdateResponse,
  WabaAssignedUser,
  WabaAssignedUserList,
  WabaAssignedUserListQuery,
  WabaUserTask,
  WabaActivity,
  WabaActivityList,
  WabaActivityListQuery,
  MessagingAnalyticsQuery,
  PricingAnalyticsQuery,
  ConversationAnalyticsQuery,
  CallAnalyticsQuery,
  MessagingAnalyticsDataPoint,
  PricingAnalyticsDataPoint,
  ConversationAnalyticsDataPoint,
  CallAnalyticsDataPoint,
  TemplateAnalyticsDataPoint,
} from './resources/waba/types.js';
export type { WabaCallOptions } from './resources/waba/index.js';
export type {
  BusinessesResource,
  BusinessPortfolio,
  WhatsAppBusinessAccountList,
  ListedWhatsAppBusinessAccount,
  WhatsAppBusinessAccountListQuery,
} from './resources/businesses/types.js';
export type {
  PreverifiedNumbersResource,
  PreverifiedPhoneNumber,
  PreverifiedPhoneNumberList,
  PreverifiedPhoneNumberListQuery,
  PreverifiedPartnerList,
  PreverifiedPartnerListQuery,
} from './resources/preverified-numbers/types.js';
export { PagePromise, nextCursor, type CursorPage } from './core/pager.js';
export type { IdOverrides, OperationOptions, ResourceOperations } from './core/operation-types.js';
export type {
  Flow,
  FlowList,
  FlowListQuery,
  FlowCategory,
  FlowPreview,
  FlowJson,
  FlowCallOptions,
  FlowsResource,
  CreateFlowRequest,
  CreateFlowResponse,
  UpdateFlowMetadataRequest,
  UploadFlowJsonResponse,
  MigrateFlowsRequest,
  MigrateFlowsResponse,
} from './resources/flows/types.js';
export type { FlowDeployOptions, FlowDeployResult } from './resources/flows/deploy.js';
export { FlowValidationError, FlowDeployError, type FlowValidationIssue, type FlowDeployErrorReason } from './resources/flows/errors.js';
export type { InteractiveOptions, ReplyButton, ReplyButtons, ListSection, FlowParameters, CtaUrlParameters } from './resources/messages/index.js';
export { MessageLimitError, MessageValidationError } from './resources/messages/errors.js';
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
export type { GroupPictureInput } from './resources/groups/picture.js';
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
} from './resources/message-history/types.js';
export type { BusinessComplianceResource, BusinessComplianceInfo, BusinessComplianceInfoList, BusinessComplianceDetails } from './resources/business-compliance/types.js';
export type {
  OfficialBusinessAccountResource,
  OfficialBusinessAccountStatus,
  OfficialBusinessAccountRequest,
} from './resources/official-business-account/types.js';
export type { BusinessUsernameResource, BusinessUsername, ClaimUsernameRequest } from './resources/business-username/types.js';
export type {
  SolutionsResource,
  Solution,
  SolutionList,
  AppSolutionListQuery,
  WabaSolutionListQuery,
  CreateSolutionRequest,
  SolutionAccessToken,
  ConnectedClientBusiness,
  ConnectedClientBusinessList,
  ConnectedClientBusinessQuery,
} from './resources/solutions/types.js';
// Webhooks live at 'whatsapp-cloud-sdk/webhooks' (and /webhooks/node): their validators load only
// for apps that take webhooks, so a client that only sends starts fast.
export type { RetryOptions } from './core/retry-policy.js';
