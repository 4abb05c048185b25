// Types for cli-build-state.js, which stays plain JavaScript because bin/parley.js reads it before any
// TypeScript can run.
export declare const projectRoot: string;
export declare function stampFile(root?: string): string;
export declare function commandSourcesFile(root?: string): string;
export declare function newestSource(folder?: string): number;
export declare function builtFrom(root?: string): number;
export declare function isBuiltFor(command: string | undefined, root?: string): boolean;
