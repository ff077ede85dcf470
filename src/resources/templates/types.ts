// Names of the message template shapes the package exports, from the spec's schemas.
import type { operations } from '../../../generated/schema.js';
import type { ResourceOperations } from '../../core/operation-types.js';
import type { Schemas } from '../../core/spec-types.js';

export type Template = Schemas['Template'];
export type TemplateList = Schemas['TemplateList'];
export type TemplateCreateRequest = Schemas['TemplateCreateRequest'];
export type TemplateEditRequest = Schemas['TemplateEditRequest'];
/** Filters, fields, page size and cursors of a template list (`wa.templates.list(query)`). */
export type TemplateListQuery = NonNullable<operations['listTemplates']['parameters']['query']>;

/**
 * `wa.templates`: the generated template operations (`delete({ name })` or `delete({ name, hsm_id })`).
 * @interface
 */
export type TemplatesResource = ResourceOperations<'templates'>;
