// The web-platform globals the pure core may use, for tsconfig.core.json, which compiles the core without
// DOM or Node types so that neither can creep in. Each exists alike in browsers, Node and workers.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}
