// The `invalid` event: one part of a delivery that does not match the spec, kept whole with
// where it sits and why it failed, so the rest of the delivery can be delivered as usual.
import type { ValidationIssue } from '../../generated/validation.js';
import { issueMessage } from '../core/issue-message.js';
import type { InvalidEvent, WebhookRouting } from './events.js';

export interface PartialRouting extends WebhookRouting {
  phoneNumberId?: string | undefined;
  displayPhoneNumber?: string | undefined;
}

/**
 * The validator's findings (ajv keeps them on the function until its next call), each with its
 * sentence: the shipped validators leave the wording to `issueMessage`.
 */
export function issuesOf(validate: { errors?: ValidationIssue[] | null }): readonly ValidationIssue[] {
  const issues = validate.errors ?? [];
  for (const issue of issues) issue.message ??= issueMessage(issue);
  return issues;
}

export function invalidEvent(routing: PartialRouting, pointer: string, value: unknown, issues: readonly ValidationIssue[]): InvalidEvent {
  const first = issues[0];
  const found = first ? `${first.instancePath || '(the part itself)'} ${first.message ?? 'is invalid'}` : 'does not match the spec';
  return {
    type: 'invalid',
    field: routing.field,
    wabaId: routing.wabaId,
    time: routing.time,
    phoneNumberId: routing.phoneNumberId,
    displayPhoneNumber: routing.displayPhoneNumber,
    pointer,
    value,
    issues,
    message: `The part at ${pointer || '/'} does not match the spec: ${found}`,
  };
}

/** A finding written by the parser itself, for checks that come before any schema applies. */
export const issue = (instancePath: string, keyword: string, message: string): ValidationIssue => ({ instancePath, schemaPath: '', keyword, params: {}, message });
