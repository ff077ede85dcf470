// Errors of flow deployment: Graph accepted the call but the flow JSON has problems, or the
// deploy cannot proceed without a decision only the caller can make.
import { WhatsAppError } from '../../core/errors.js';
import type { Schemas } from '../../core/spec-types.js';

export type FlowValidationIssue = Schemas['FlowValidationIssue'];

/** Graph stored the flow JSON but found problems in it; a flow with any cannot be published. */
export class FlowValidationError extends WhatsAppError {
  /** The flow the JSON belongs to (it exists, as a draft, with this JSON). */
  readonly flowId: string;
  /** Every problem Graph listed, as Graph listed it. */
  readonly validationErrors: readonly FlowValidationIssue[];

  constructor(flowId: string, validationErrors: readonly FlowValidationIssue[]) {
    const lines = validationErrors.map((issue) => `  - ${describeIssue(issue)}`);
    super(`Flow ${flowId}: Graph found ${validationErrors.length} problem(s) in the flow JSON:\n${lines.join('\n')}`, {
      category: 'flow',
      action: 'fix_and_retry',
    });
    this.flowId = flowId;
    this.validationErrors = validationErrors;
  }
}

function describeIssue(issue: FlowValidationIssue): string {
  const where = issue.line_start === undefined ? '' : `line ${issue.line_start}${issue.column_start === undefined ? '' : `:${issue.column_start}`} `;
  return `${where}${issue.error}: ${issue.message}`;
}

/**
 * Why `deploy` stopped:
 * - `ambiguous_name`: several flows have the name; deploy will not guess.
 * - `published_immutable`: the flow is published and what was asked differs from it.
 * - `invalid_flow_json`: the flow JSON given is not JSON.
 * - `current_json_unavailable`: the flow is published and the JSON it holds could not be read
 *   (its asset is missing or the download failed), so deploy cannot tell whether it differs.
 *   Nothing was changed; trying again later can succeed (`cause` holds the failure).
 */
export type FlowDeployErrorReason = 'ambiguous_name' | 'published_immutable' | 'invalid_flow_json' | 'current_json_unavailable';

/** `deploy` stopped before changing anything it should not. */
export class FlowDeployError extends WhatsAppError {
  readonly reason: FlowDeployErrorReason;
  readonly flowId: string | undefined;

  constructor(reason: FlowDeployErrorReason, message: string, flowId?: string, cause?: unknown) {
    const action = reason === 'current_json_unavailable' ? 'retry' : 'fix_and_retry';
    super(message, { category: 'flow', action, cause });
    this.reason = reason;
    this.flowId = flowId;
  }
}
