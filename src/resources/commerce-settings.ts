// commerceSettings: GET|POST /{phone-number-id}/whatsapp_commerce_settings — whether the number
// shows its catalog and offers a cart.
import { WhatsAppConfigError } from '../core/config-error.js';
import type { PhoneNumberCallOptions } from '../core/options.js';
import type { Schemas } from '../core/spec-types.js';
import type { Transport } from '../core/transport.js';
import { phoneNumberEdge } from './phone-number-path.js';
import { callInput, type QueryOf } from './request-options.js';

export type CommerceSettings = Schemas['CommerceSettings'];
type CommerceSettingsQuery = QueryOf<'updateCommerceSettings'>;
/** The settings to change: at least one of them. */
export type CommerceSettingsChanges = {
  [K in keyof CommerceSettingsQuery]-?: Required<Pick<CommerceSettingsQuery, K>> & Omit<CommerceSettingsQuery, K>;
}[keyof CommerceSettingsQuery];

export function commerceSettingsResource(transport: Transport, defaultPhoneNumberId: string | undefined) {
  const path = phoneNumberEdge('whatsapp_commerce_settings', defaultPhoneNumberId);

  return {
    /** The number's commerce settings (Graph wraps them in a one-item `data` list; this unwraps it). */
    async get(options?: PhoneNumberCallOptions): Promise<CommerceSettings | undefined> {
      const response = await transport.request<Schemas['CommerceSettingsResponse']>('GET', path(options), callInput(options));
      return response.data[0];
    },

    /** Shows or hides the catalog and turns the cart on or off; a setting left out keeps its value. */
    async update(changes: CommerceSettingsChanges, options?: PhoneNumberCallOptions): Promise<Schemas['CommerceSettingsUpdateResponse']> {
      // Graph takes these settings in the query string, not in a JSON body.
      const query: CommerceSettingsQuery = {};
      if (changes.is_cart_enabled !== undefined) query.is_cart_enabled = changes.is_cart_enabled;
      if (changes.is_catalog_visible !== undefined) query.is_catalog_visible = changes.is_catalog_visible;
      if (Object.keys(query).length === 0) throw new WhatsAppConfigError('Nothing to update: pass is_cart_enabled, is_catalog_visible or both');
      return transport.request('POST', path(options), { ...callInput(options), query });
    },
  };
}

export type CommerceSettingsResource = ReturnType<typeof commerceSettingsResource>;
