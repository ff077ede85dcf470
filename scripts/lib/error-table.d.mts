export interface ErrorTableRow {
  code?: number;
  from?: number;
  to?: number;
  category: string;
  action: string;
  meaning: string;
  httpStatus?: number;
  retryAfterSeconds?: number;
  backoffFactor?: number;
}
export interface ErrorTable {
  categories: Record<string, string>;
  codes: ErrorTableRow[];
  httpStatusFallback: { status?: number; from?: number; to?: number; category: string; action: string }[];
  unknownCode: { category: string; action: string };
  actions: string[];
}
export function loadErrorTable(file?: string): ErrorTable;
export function readErrorTable(text: string, source?: string): ErrorTable;
export function checkErrorTable(table: unknown): string[];
export function errorTableMarkdown(table: ErrorTable): string;
