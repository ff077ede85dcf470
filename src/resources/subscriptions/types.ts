// Names of the webhook subscription shapes the package exports, from the spec's schemas.
import type { ResourceOperations } from '../../core/operation-types.js';
import type { Schemas } from '../../core/spec-types.js';

export type SubscribedAppList = Schemas['SubscribedAppList'];
export type SubscribeAppRequest = Schemas['SubscribeAppRequest'];

/**
 * `wa.subscriptions`: the generated `list`, `subscribe` and `unsubscribe` of the account's apps.
 * @interface
 */
export type SubscriptionsResource = ResourceOperations<'subscriptions'>;
