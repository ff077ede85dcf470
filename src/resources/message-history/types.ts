// Names of the message history shapes the package exports, from the spec's schemas.
import type { operations } from '../../../generated/schema.js';
import type { ResourceOperations } from '../../core/operation-types.js';
import type { Schemas } from '../../core/spec-types.js';

export type MessageHistoryList = Schemas['MessageHistoryList'];
export type MessageHistoryEntry = Schemas['MessageHistoryEntry'];
export type MessageHistoryQuery = NonNullable<operations['listMessageHistory']['parameters']['query']>;
export type MessageHistoryEventList = Schemas['MessageHistoryEventList'];
export type MessageHistoryEventEdge = Schemas['MessageHistoryEventEdge'];
export type MessageHistoryEventQuery = NonNullable<operations['listMessageHistoryEvents']['parameters']['query']>;
export type MessageDeliveryStatus = Schemas['MessageDeliveryStatus'];

/**
 * `wa.messageHistory`: the generated `list` (the number's messages) and `listEvents` (one message's status events).
 * @interface
 */
export type MessageHistoryResource = ResourceOperations<'messageHistory'>;
