// Maps a Graph error code (or, without one, an HTTP status) to a category and a retry action,
// reading the table generated from openapi/errors.yaml.
import {
  errorCodeRanges,
  errorCodes,
  httpStatusFallback,
  unknownError,
  type ErrorCodeInfo,
} from '../../generated/errors.js';

/** Category and action for a Graph `code`, falling back to the HTTP status, then to `unknown`. */
export function classifyGraphError(code: number | undefined, httpStatus: number | undefined): ErrorCodeInfo {
  if (code !== undefined) {
    const exact = errorCodes[code];
    if (exact) return exact;
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
