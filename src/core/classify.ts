// Maps a Graph error code (or, without one, an HTTP status) to a category and a retry action,
// reading the table generated from openapi/errors.yaml.
import {
  errorClasses,
  errorCodeRanges,
  errorCodes,
  httpStatusFallback,
  unknownError,
  type ErrorClass,
  type ErrorCodeInfo,
} from '../../generated/errors.js';

/** The table's row for a Graph `code` (meaning included), falling back to the HTTP status, then to `unknown`. */
export function classifyGraphError(code: number | undefined, httpStatus: number | undefined): ErrorCodeInfo {
  return (code !== undefined ? errorCodes[code] : undefined) ?? classifyUnlisted(code, httpStatus);
}

/**
 * What handling a failure needs (category, action, documented waits): the same answer as
 * `classifyGraphError` without the meanings, which an app that only sends need not ship.
 */
export function errorClassOf(code: number | undefined, httpStatus: number | undefined): ErrorClass {
  return (code !== undefined ? errorClasses[code] : undefined) ?? classifyUnlisted(code, httpStatus);
}

function classifyUnlisted(code: number | undefined, httpStatus: number | undefined): ErrorCodeInfo {
  if (code !== undefined) {
    for (const range of errorCodeRanges) {
      if (code >= range.codes[0] && code <= range.codes[1]) return range;
    }
  }
  if (httpStatus !== undefined) {
    for (const row of httpStatusFallback) {
      if (httpStatus >= row.statuses[0] && httpStatus <= row.statuses[1]) return row;
    }
  }
  return unknownError;
}
