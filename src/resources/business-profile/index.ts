// businessProfile: `update` is generated (the call adds `messaging_product`); `get` is the
// generated operation with Graph's one-item `data` list unwrapped.
import { businessProfileOperations, type BusinessProfileOperationTypes } from '../../../generated/operations.js';
import type { ClientCore } from '../../core/client-core.js';
import { compileOperation } from '../../core/operation-call.js';
import type { OperationOptions } from '../../core/operation-types.js';
import type { Schemas } from '../../core/spec-types.js';
import type { BusinessProfile, BusinessProfileQuery } from './types.js';

export function businessProfileHelpers(core: ClientCore) {
  const get = compileOperation(core, 'businessProfile.get', businessProfileOperations.get);

  return {
    /** The number's business profile with the fields asked for; undefined when Graph answers with none. */
    async get(query?: BusinessProfileQuery, options?: OperationOptions<BusinessProfileOperationTypes['get']>): Promise<BusinessProfile | undefined> {
      const response = await get.call<Schemas['BusinessProfileResponse']>([], query, options);
      return response.data[0];
    },
  };
}
