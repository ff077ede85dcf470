/** The module every CommonJS file takes its helpers from, relative to dist/cjs. */
export declare const INTEROP_MODULE: string;
/** One esbuild CommonJS module's leading helper declarations, by name, and the rest of its code. */
export declare function splitInterop(code: string): { helpers: Map<string, string>; rest: string };
/** Collects helpers across files; refuses two different helpers under one name. */
export declare function interopCollector(): { share(code: string, specifier: string): string; module(): string };
