#!/usr/bin/env node
// The `parley` command. It runs the CLI compiled ahead of time into dist/ (scripts/build-cli.js, run by
// `npm ci` and `npm start`), which starts in a fraction of the time tsx needs to transpile the sources; when
// dist/ is missing or older than a source the command uses, it runs the sources through tsx instead, so it is
// never stale.
import { readFileSync } from 'node:fs';
import { isBuiltFor } from '../scripts/cli-build-state.js';

const args = process.argv.slice(2);
// The command is the first argument that is not an option, as src/cli/main.ts reads it.
const compiled = isBuiltFor(args.find((arg) => !arg.startsWith('-')));
const asksForHelp = args.length === 1 && ['--help', '-h', 'help'].includes(args[0]);
if (compiled && asksForHelp) {
  // The build rendered the overall help (main.ts, renderHelp); printing it spares loading every command.
  process.stdout.write(readFileSync(new URL('../dist/cli/help.txt', import.meta.url), 'utf8'));
} else {
  if (!compiled) {
    const { register } = await import('tsx/esm/api');
    register();
  }
  const { main } = await import(compiled ? '../dist/cli/main.js' : '../src/cli/main.ts');
  process.exitCode = await main(args);
}
