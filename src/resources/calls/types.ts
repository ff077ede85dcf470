// Names of the calling shapes the package exports, from the spec's schemas.
import type { ResourceOperations } from '../../core/operation-types.js';
import type { Schemas } from '../../core/spec-types.js';
import type { callsHelpers } from './index.js';

export type CallRequest = Schemas['CallRequest'];
export type ConnectCallResponse = Schemas['ConnectCallResponse'];
export type CallActionResponse = Schemas['CallActionResponse'];
export type CallPermissions = Schemas['CallPermissionsResponse'];
/** Calling settings as Graph returns them (`wa.settings.get()`): open, with the read-only `restrictions` and SIP passwords. */
export type CallingSettings = Schemas['CallingSettings'];
/** Calling settings as sent to change them (`wa.settings.update({ calling })`): closed, without the fields only Graph sets. */
export type CallingSettingsUpdate = Schemas['CallingSettingsUpdate'];

/**
 * `wa.calls`: the generated `manage` and `permissions`, and the call action helpers.
 * @interface
 */
export type CallsResource = Omit<ResourceOperations<'calls'>, keyof ReturnType<typeof callsHelpers>> & ReturnType<typeof callsHelpers>;
