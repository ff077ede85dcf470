// solutions: Multi-Partner Solutions. GET /{solution-id}; POST /{solution-id}/accept | reject |
// send_deactivation_request | accept_deactivation_request | reject_deactivation_request;
// GET /{solution-id}/access_token; POST /{app-id}/whatsapp_business_solution;
// GET /{app-id}/whatsapp_business_solutions; GET /{waba-id}/solutions.
import type { CallOptions } from '../core/options.js';
import type { Schemas } from '../core/spec-types.js';
import type { Transport } from '../core/transport.js';
import { appEdge, type AppCallOptions } from './app-path.js';
import { cursorList } from './cursor-list.js';
import { objectPath } from './graph-list.js';
import { requireId } from './ids.js';
import { callInput, type FieldsOptions, type QueryOf, type WabaCallOptions } from './request-options.js';
import { wabaPath } from './waba-path.js';

export type Solution = Schemas['Solution'];
export type SolutionList = Schemas['SolutionList'];
export type AppSolutionListQuery = QueryOf<'listAppSolutions'>;
export type WabaSolutionListQuery = QueryOf<'listWabaSolutions'>;
export type CreateSolutionRequest = Schemas['CreateSolutionRequest'];
export type SolutionAccessToken = Schemas['SolutionAccessToken'];
type ActionResponse = Schemas['SolutionActionResponse'];

export function solutionsResource(transport: Transport, defaults: { appId?: string | undefined; wabaId?: string | undefined }) {
  const solutionPath = (solutionId: string) => objectPath(solutionId, 'solution id');
  const appSolutions = appEdge('whatsapp_business_solutions', defaults.appId);
  const newSolution = appEdge('whatsapp_business_solution', defaults.appId);
  const waba = wabaPath(defaults.wabaId);

  const forApp = cursorList((query: AppSolutionListQuery | undefined, options: AppCallOptions | undefined) =>
    transport.request<SolutionList>('GET', appSolutions(options), query ? { ...callInput(options), query } : callInput(options)),
  );
  const forWaba = cursorList((query: WabaSolutionListQuery | undefined, options: WabaCallOptions | undefined) =>
    transport.request<SolutionList>('GET', waba(options, 'solutions'), query ? { ...callInput(options), query } : callInput(options)),
  );

  async function action(solutionId: string, name: string, options: CallOptions | undefined): Promise<ActionResponse> {
    return transport.request('POST', `${solutionPath(solutionId)}/${name}`, callInput(options));
  }

  return {
    /**
     * A solution with the fields asked for. Before accepting one, ask for `name`, `owner_permissions`
     * and `partners{partner_app,partner_permissions}`: an accepted solution cannot be declined.
     */
    async get(solutionId: string, options?: CallOptions & FieldsOptions): Promise<Solution> {
      const input = callInput(options);
      if (options?.fields) input.query = { fields: options.fields };
      return transport.request('GET', solutionPath(solutionId), input);
    },

    /** Creates a solution owned by the app and sends it to the partner app to accept. */
    async create(request: CreateSolutionRequest, options?: AppCallOptions): Promise<Schemas['CreateSolutionResponse']> {
      return transport.request('POST', newSolution(options), { ...callInput(options), body: request });
    },

    /** Accepts a partner's solution request; the solution becomes active. */
    accept: (solutionId: string, options?: CallOptions) => action(solutionId, 'accept', options),
    /** Declines a partner's solution request. */
    reject: (solutionId: string, options?: CallOptions) => action(solutionId, 'reject', options),
    /** Asks the partner to agree to deactivate a solution the app owns. */
    requestDeactivation: (solutionId: string, options?: CallOptions) => action(solutionId, 'send_deactivation_request', options),
    /** Agrees to the partner's request to deactivate the solution. */
    acceptDeactivation: (solutionId: string, options?: CallOptions) => action(solutionId, 'accept_deactivation_request', options),
    /** Declines the partner's request to deactivate the solution. */
    rejectDeactivation: (solutionId: string, options?: CallOptions) => action(solutionId, 'reject_deactivation_request', options),

    /**
     * The business token of a customer onboarded through the solution (`businessId` is the
     * customer's business portfolio id, from the `account_update` webhook), or undefined when Graph
     * sends none. Graph answers either with the token in a one-item `data` list or with the token
     * object alone; both come back as the token object.
     */
    async businessToken(solutionId: string, businessId: string, options?: CallOptions): Promise<SolutionAccessToken | undefined> {
      const query = { business_id: requireId(businessId, 'business id') };
      const path = `${solutionPath(solutionId)}/access_token`;
      const response = await transport.request<Schemas['SolutionAccessTokenResponse']>('GET', path, { ...callInput(options), query });
      const token = 'data' in response ? response.data?.[0] : response;
      return typeof token?.access_token === 'string' ? token : undefined;
    },

    /** One page of the solutions the app owns or is the partner of (`role` narrows it to one side). */
    list: forApp.list,
    listPages: forApp.listPages,
    /** Every solution of the app, every page. */
    listAll: forApp.listAll,

    /** One page of the solutions through which the WABA was onboarded. */
    listForWaba: forWaba.list,
    listPagesForWaba: forWaba.listPages,
    /** Every solution that onboarded the WABA, every page. */
    listAllForWaba: forWaba.listAll,
  };
}

export type SolutionsResource = ReturnType<typeof solutionsResource>;
