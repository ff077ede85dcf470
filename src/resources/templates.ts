// templates: GET|POST|DELETE /{waba-id}/message_templates and GET|POST /{template-id}.
import type { CallOptions } from '../core/options.js';
import type { Schemas } from '../core/spec-types.js';
import type { Transport } from '../core/transport.js';
import { cursorList } from './cursor-list.js';
import { callInput, segment, type FieldsOptions, type QueryOf, type WabaCallOptions } from './request-options.js';
import { wabaPath } from './waba-path.js';

export type Template = Schemas['Template'];
export type TemplateList = Schemas['TemplateList'];
export type TemplateCreateRequest = Schemas['TemplateCreateRequest'];
export type TemplateEditRequest = Schemas['TemplateEditRequest'];
/** Filters, fields, page size and cursors of a template list. */
export type TemplateListQuery = QueryOf<'listTemplates'>;

export function templatesResource(transport: Transport, defaultWabaId: string | undefined) {
  const waba = wabaPath(defaultWabaId);
  const collection = (options: WabaCallOptions | undefined) => waba(options, 'message_templates');

  const templates = cursorList((query: TemplateListQuery | undefined, options: WabaCallOptions | undefined) =>
    transport.request<TemplateList>('GET', collection(options), query ? { ...callInput(options), query } : callInput(options)),
  );

  return {
    /** One page of templates. Pass `after` (a page's `paging.cursors.after`) for the next one. */
    list: templates.list,
    /** Every page from `query.after` (or the first) on, following Graph's cursors. */
    listPages: templates.listPages,

    /** Every template of every page: `for await (const t of wa.templates.listAll({ status: 'APPROVED' }))`. */
    listAll: templates.listAll,

    /** One template by id. */
    async get(templateId: string, options?: CallOptions & FieldsOptions): Promise<Template> {
      const input = callInput(options);
      if (options?.fields) input.query = { fields: options.fields };
      return transport.request<Template>('GET', segment(templateId), input);
    },

    /** Submits a new template for review. */
    async create(template: TemplateCreateRequest, options?: WabaCallOptions): Promise<Schemas['TemplateCreateResponse']> {
      return transport.request('POST', collection(options), { ...callInput(options), body: template });
    },

    /** Changes a template's category, components or delivery time. */
    async edit(templateId: string, changes: TemplateEditRequest, options?: CallOptions): Promise<Schemas['TemplateEditResponse']> {
      return transport.request('POST', segment(templateId), { ...callInput(options), body: changes });
    },

    /** Deletes every language of the template with this name. */
    async deleteByName(name: string, options?: WabaCallOptions): Promise<Schemas['TemplateDeleteResponse']> {
      return transport.request('DELETE', collection(options), { ...callInput(options), query: { name } });
    },

    /** Deletes one template (one language) by id; Graph also wants its name. */
    async deleteById(templateId: string, name: string, options?: WabaCallOptions): Promise<Schemas['TemplateDeleteResponse']> {
      return transport.request('DELETE', collection(options), { ...callInput(options), query: { hsm_id: templateId, name } });
    },
  };
}

export type TemplatesResource = ReturnType<typeof templatesResource>;
