/** The README's method table made from the spec's operation table. */
export declare const METHODS_START: string;
export declare const METHODS_END: string;
/** The call shape of one generated method: `wa.templates.list(query?, options?)`. */
export declare function methodCall(resource: string, entry: unknown): string;
export declare function methodTable(spec: unknown): string;
/** The README with its method table replaced. */
export declare function withMethodTable(readme: string, spec: unknown): string;
