#!/usr/bin/env node
// The `parley` command. It runs the CLI compiled ahead of time into dist/ (scripts/build-cli.js, run by
// `npm ci` and `npm start`), which starts in a fraction of the time tsx needs to transpile the sources; when
// dist/ is missing or older than a source the command uses, it runs the sources through tsx instead, so it is
// never stale.
import { existsSync, readFileSync } from 'node:fs';
import { isBuiltFor } from '../scripts/cli-build-state.js';

const args = process.argv.slice(2);
// The command is the first argument that is not an option, as src/cli/main.ts reads it.
const command = args.find((arg) => !arg.startsWith('-'));
const compiled = isBuiltFor(command);
// The command's bundle (scripts/cli-bundles.js), one file to load instead of a few dozen modules.
const bundle =
  compiled && /^[a-z][\w-]*$/.test(command ?? '')
    ? new URL(`../dist/cli/bundles/${command}.js`, import.meta.url)
    : undefined;
const asksForHelp = args.length === 1 && ['--help', '-h', 'help'].includes(args[0]);
if (compiled && asksForHelp) {
  // The build rendered the overall help (main.ts, renderHelp); printing it spares loading every command.
  process.stdout.write(readFileSync(new URL('../dist/cli/help.txt', import.meta.url), 'utf8'));
} else {
  if (!compiled) {
    const { register } = await import('tsx/esm/api');
    register();
  }
  const entry = !compiled
    ? '../src/cli/main.ts'
    : bundle && existsSync(bundle)
      ? bundle.href
      : '../dist/cli/main.js';
  const { main } = await import(entry);
  process.exitCode = await main(args);
}
