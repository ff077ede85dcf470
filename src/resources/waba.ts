// waba: a WhatsApp Business Account itself — GET|POST /{waba-id} (details, health, template
// analytics), POST /{waba-id}/phone_numbers (add a number), and (waba-users.ts,
// waba-activities.ts) its users and activity log.
import type { Schemas } from '../core/spec-types.js';
import type { Transport } from '../core/transport.js';
import { getNode } from './graph-list.js';
import { callInput, type FieldsOptions, type WabaCallOptions } from './request-options.js';
import { wabaActivitiesResource } from './waba-activities.js';
import { wabaPath } from './waba-path.js';
import { wabaUsersResource } from './waba-users.js';

export type WhatsAppBusinessAccount = Schemas['WhatsAppBusinessAccount'];
export type WabaHealthStatus = Schemas['WabaHealthStatus'];
export type WabaUpdateRequest = Schemas['WabaUpdateRequest'];
export type WabaUpdateResponse = Schemas['WabaUpdateResponse'];
export type AddWabaPhoneNumberRequest = Schemas['AddWabaPhoneNumberRequest'];
export type AddWabaPhoneNumberResponse = Schemas['AddWabaPhoneNumberResponse'];

export function wabaResource(transport: Transport, defaultWabaId: string | undefined) {
  const pathOf = wabaPath(defaultWabaId);

  return {
    /**
     * The account with the fields asked for, e.g. `['name', 'currency', 'health_status']`;
     * Graph's default few without `fields`.
     */
    async get(options?: WabaCallOptions & FieldsOptions): Promise<WhatsAppBusinessAccount> {
      return getNode(transport, pathOf(options), options);
    },

    /** Changes what Graph lets an app change: `{ is_enabled_for_insights: true }` turns template analytics on (there is no documented way back). */
    async update(changes: WabaUpdateRequest, options?: WabaCallOptions): Promise<WabaUpdateResponse> {
      return transport.request('POST', pathOf(options), { ...callInput(options), body: changes });
    },

    /**
     * Creates a business phone number on the account (a new one with its display name, or one
     * that migrates here with `migrate_phone_number: true`). Then `phoneNumbers.requestCode` and
     * `verifyCode` (not for a pre-verified number) and `register`, with the returned id.
     */
    async addPhoneNumber(request: AddWabaPhoneNumberRequest, options?: WabaCallOptions): Promise<AddWabaPhoneNumberResponse> {
      return transport.request('POST', pathOf(options, 'phone_numbers'), { ...callInput(options), body: request });
    },

    /** The business users and system users who may manage the account. */
    users: wabaUsersResource(transport, pathOf),
    /** The account's activity log. */
    activities: wabaActivitiesResource(transport, pathOf),
  };
}

export type WabaResource = ReturnType<typeof wabaResource>;
