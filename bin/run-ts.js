#!/usr/bin/env node
// Runs a TypeScript entry point without a build step: `node bin/run-ts.js bench/solve.bench.ts`.
import { register } from 'tsx/esm/api';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

register();
const [entry] = process.argv.splice(2, 1);
if (!entry) {
  console.error('usage: node bin/run-ts.js <file.ts> [args…]');
  process.exit(2);
}
await import(pathToFileURL(resolve(entry)).href);
