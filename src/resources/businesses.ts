// businesses: a business portfolio — GET /{business-id}, the WhatsApp Business Accounts it owns
// (/owned_whatsapp_business_accounts) or that clients shared with it
// (/client_whatsapp_business_accounts) — and the accounts one of its users can access
// (GET /{user-id}/assigned_whatsapp_business_accounts). Every call names its business or user.
import type { CallOptions } from '../core/options.js';
import { items } from '../core/paging.js';
import type { Schemas } from '../core/spec-types.js';
import type { Transport } from '../core/transport.js';
import { getNode, getPage, objectPath, pagesFrom } from './graph-list.js';
import type { FieldsOptions, QueryOf } from './request-options.js';

export type BusinessPortfolio = Schemas['BusinessPortfolio'];
export type WhatsAppBusinessAccountList = Schemas['WhatsAppBusinessAccountList'];
/** An account in one of these lists (with the user's `tasks` in a user's list). */
export type ListedWhatsAppBusinessAccount = WhatsAppBusinessAccountList['data'][number];
/** Fields, page size and cursors of an account list. */
export type WhatsAppBusinessAccountListQuery = QueryOf<'listOwnedWhatsAppBusinessAccounts'>;

/** One list edge of accounts under an owner id (a business or a user). */
function accountList(transport: Transport, what: string, edge: string) {
  const list = async (ownerId: string, query?: WhatsAppBusinessAccountListQuery, options?: CallOptions): Promise<WhatsAppBusinessAccountList> =>
    getPage(transport, objectPath(ownerId, what, edge), query, options);
  const listPages = (ownerId: string, query?: WhatsAppBusinessAccountListQuery, options?: CallOptions): AsyncGenerator<WhatsAppBusinessAccountList, void, undefined> =>
    pagesFrom(query, (page) => list(ownerId, page, options));
  return {
    /** One page of accounts. */
    list,
    listPages,
    /** Every account, page after page. */
    listAll(ownerId: string, query?: WhatsAppBusinessAccountListQuery, options?: CallOptions): AsyncGenerator<ListedWhatsAppBusinessAccount, void, undefined> {
      return items(listPages(ownerId, query, options));
    },
  };
}

export function businessesResource(transport: Transport) {
  return {
    /** The business portfolio with the fields asked for (`id` and `name` without `fields`). */
    async get(businessId: string, options?: CallOptions & FieldsOptions): Promise<BusinessPortfolio> {
      return getNode(transport, objectPath(businessId, 'business id'), options);
    },
    /** The WhatsApp Business Accounts the business owns: `ownedWabas.list(businessId)`. */
    ownedWabas: accountList(transport, 'business id', 'owned_whatsapp_business_accounts'),
    /** The accounts client businesses shared with this one (a Solution Partner's customers). */
    clientWabas: accountList(transport, 'business id', 'client_whatsapp_business_accounts'),
    /** The accounts a business user or system user was given access to: `userWabas.list(userId)`. */
    userWabas: accountList(transport, 'user id', 'assigned_whatsapp_business_accounts'),
  };
}

export type BusinessesResource = ReturnType<typeof businessesResource>;
