// Names of the business portfolio shapes the package exports, from the spec's schemas.
import type { operations } from '../../../generated/schema.js';
import type { ResourceOperations } from '../../core/operation-types.js';
import type { Schemas } from '../../core/spec-types.js';

export type BusinessPortfolio = Schemas['BusinessPortfolio'];
export type WhatsAppBusinessAccountList = Schemas['WhatsAppBusinessAccountList'];
/** An account in one of these lists (with the user's `tasks` in a user's list). */
export type ListedWhatsAppBusinessAccount = WhatsAppBusinessAccountList['data'][number];
/** Fields, page size and cursors of an account list. */
export type WhatsAppBusinessAccountListQuery = NonNullable<operations['listOwnedWhatsAppBusinessAccounts']['parameters']['query']>;

/**
 * `wa.businesses`: the portfolio (the client's `businessId`, or the call's override) and its
 * owned and client accounts; `listUserWabas(userId)` for the accounts a user may access.
 * @interface
 */
export type BusinessesResource = ResourceOperations<'businesses'>;
