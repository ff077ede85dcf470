// The signature rule of every generated method, in types: path ids first (those the client does
// not fill from its options), then the body or the query, then the call options. A cursor list
// answers with a PagePromise; every other operation with a Promise of its success body.
import type { ClientDefault, OperationType, OperationTypes } from '../../generated/operations.js';
import type { CallOptions } from './options.js';
import type { CursorPage, PagePromise } from './pager.js';

/** Per-call overrides of the client's id options. */
export interface IdOverrides {
  /** Overrides the client's `phoneNumberId` for this call. */
  phoneNumberId?: string;
  /** Overrides the client's `wabaId` for this call. */
  wabaId?: string;
  /** Overrides the client's `appId` for this call. */
  appId?: string;
  /** Overrides the client's `businessId` for this call. */
  businessId?: string;
}

/** The options of an operation: signal, timeout, retry, and overrides of the ids it fills. */
export type OperationOptions<T extends OperationType> = CallOptions & Pick<IdOverrides, T['defaults'] & ClientDefault>;

/** What an operation answers: one page promise for a cursor list, else its success body. */
export type OperationResult<T extends OperationType> = T['paged'] extends true ? PagePromise<T['result'] & CursorPage, T['item']> : Promise<T['result']>;

/** The method of one operation. */
export type OperationMethod<T extends OperationType> = (...args: [...T['args'], options?: OperationOptions<T>]) => OperationResult<T>;

/** The methods of a group of operations (JSDoc carries over from the generated table). */
export type OperationMethods<Group> = { [Name in keyof Group]: Group[Name] extends OperationType ? OperationMethod<Group[Name]> : never };

/** The generated methods of one resource, by its name on the client. */
export type ResourceOperations<Name extends keyof OperationTypes> = OperationMethods<OperationTypes[Name]>;
