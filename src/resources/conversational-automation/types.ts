// Names of the conversational automation shapes the package exports, from the spec's schemas.
import type { ResourceOperations } from '../../core/operation-types.js';
import type { Schemas } from '../../core/spec-types.js';
import type { conversationalAutomationHelpers } from './index.js';

export type ConversationalAutomation = Schemas['ConversationalAutomation'];
export type ConversationalAutomationRequest = Schemas['ConversationalAutomationRequest'];
export type ConversationalCommand = Schemas['ConversationalCommand'];

/**
 * `wa.conversationalAutomation`: the generated `update`, and `get` reading it back.
 * @interface
 */
export type ConversationalAutomationResource = ResourceOperations<'conversationalAutomation'> & ReturnType<typeof conversationalAutomationHelpers>;
