// subscriptions: GET|POST|DELETE /{waba-id}/subscribed_apps — which apps receive a WABA's webhooks.
import type { Schemas } from '../core/spec-types.js';
import type { Transport } from '../core/transport.js';
import { callInput, type WabaCallOptions } from './request-options.js';
import { wabaPath } from './waba-path.js';

export function subscriptionsResource(transport: Transport, defaultWabaId: string | undefined) {
  const waba = wabaPath(defaultWabaId);
  const path = (options: WabaCallOptions | undefined) => waba(options, 'subscribed_apps');

  return {
    /** The apps subscribed to the WABA's webhooks. */
    async list(options?: WabaCallOptions): Promise<Schemas['SubscribedAppList']> {
      return transport.request('GET', path(options), callInput(options));
    },

    /**
     * Subscribes the calling app. With `override_callback_uri` and `verify_token`, this WABA's
     * webhooks go to that URL instead of the app's.
     */
    async subscribe(request?: Schemas['SubscribeAppRequest'], options?: WabaCallOptions): Promise<Schemas['SubscriptionChangeResponse']> {
      const input = callInput(options);
      if (request && Object.keys(request).length > 0) input.body = request;
      return transport.request('POST', path(options), input);
    },

    /** Unsubscribes the calling app. */
    async unsubscribe(options?: WabaCallOptions): Promise<Schemas['SubscriptionChangeResponse']> {
      return transport.request('DELETE', path(options), callInput(options));
    },
  };
}

export type SubscriptionsResource = ReturnType<typeof subscriptionsResource>;
