// The field and the sentence of a validator's first finding. The message body schema is a union
// (a message, or a read receipt): the validator reports the message's findings first, then the
// read receipt's, so the first finding is about the message.
import type { ValidationIssue } from '../../generated/validation.js';
import { issueMessage } from '../core/issue-message.js';

/** A JSON Pointer segment for a property name (RFC 6901: `~` → `~0`, `/` → `~1`). */
const segment = (name: unknown) => `/${String(name).replace(/~/g, '~0').replace(/\//g, '~1')}`;

export function firstFinding(issues: readonly ValidationIssue[]): { field: string; problem: string } {
  const first = issues[0];
  if (!first) return { field: '', problem: 'does not match the outbound message schema' };
  const { instancePath, keyword, params } = first;
  if (keyword === 'required') {
    // `to` or `recipient`: both missing gives one `required` per choice, then their `anyOf`.
    const choices = [params.missingProperty];
    for (const next of issues.slice(1)) {
      if (next.instancePath !== instancePath || next.keyword !== 'required') break;
      choices.push(next.params.missingProperty);
    }
    const either = choices.length > 1 && issues[choices.length]?.keyword === 'anyOf';
    return {
      field: instancePath + segment(params.missingProperty),
      problem: either ? `is required (or ${choices.slice(1).map((name) => `\`${String(name)}\``).join(', ')})` : 'is required',
    };
  }
  // The key at fault, rather than the object holding it.
  if (keyword === 'unevaluatedProperties' || keyword === 'additionalProperties') {
    return { field: instancePath + segment(params.unevaluatedProperty ?? params.additionalProperty), problem: 'is not a field of this message (or of its type)' };
  }
  if (keyword === 'discriminator') {
    const problem = params.error === 'tag' ? 'must be a string naming the message type, e.g. "text"' : `${JSON.stringify(params.tagValue)} is not a message type the spec lists`;
    return { field: instancePath + segment(params.tag), problem };
  }
  return { field: instancePath, problem: issueMessage(first) };
}
