#!/usr/bin/env node
// Builds the web app (web/dist) when it is missing or older than its sources, so `npm start` always serves
// the current app without rebuilding on every start. `npm run build:web` builds unconditionally.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const built = join(webRoot, 'dist', 'index.html');

/** The newest modification time under a folder (or of a file), in ms. */
function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

// The app also bundles the pure layers it imports from ../src, so a change there makes the build stale too.
const sources = [
  'index.html',
  'vite.config.ts',
  'src',
  '../src/model',
  '../src/analysis',
  '../src/compare',
].map((p) => join(webRoot, p));
const sourceTime = Math.max(...sources.filter((p) => existsSync(p)).map(newest));
if (existsSync(built) && statSync(built).mtimeMs >= sourceTime) {
  console.log('web app is up to date (web/dist)');
} else {
  console.log('building the web app into web/dist …');
  // A caller's NODE_ENV (vitest sets `test`) would otherwise give React's development build.
  process.env.NODE_ENV = 'production';
  await build({ configFile: join(webRoot, 'vite.config.ts'), logLevel: 'warn' });
}
