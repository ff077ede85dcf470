// Names of the Marketing Messages API shapes the package exports, from the spec's schemas.
import type { ResourceOperations } from '../../core/operation-types.js';
import type { Schemas } from '../../core/spec-types.js';
import type { marketingMessagesHelpers } from './index.js';

export type MarketingMessage = Schemas['MarketingMessageRequest'];
export type MarketingProductPolicy = Schemas['MarketingProductPolicy'];

/**
 * `wa.marketingMessages`: the generated `send`, and `sendTemplate`.
 * @interface
 */
export type MarketingMessagesResource = ResourceOperations<'marketingMessages'> & ReturnType<typeof marketingMessagesHelpers>;
