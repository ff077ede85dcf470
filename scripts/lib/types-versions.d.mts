/** package.json's `typesVersions` that its `exports` map calls for (each subpath → its CommonJS declarations). */
export declare function typesVersionsFor(pkg: { exports?: Record<string, unknown> }): { '*': Record<string, string[]> };
/** What differs between package.json's `typesVersions` and its exports map, or '' when they agree. */
export declare function typesVersionsDrift(pkg: { exports?: Record<string, unknown>; typesVersions?: unknown }): string;
