// Types for cli-build-state.js, which stays plain JavaScript because bin/parley.js reads it before any
// TypeScript can run.
export declare const projectRoot: string;
export declare const stampFile: string;
export declare function newestSource(folder?: string): number;
export declare function builtFrom(): number;
