#!/usr/bin/env node
// Compiles the TypeScript under src/ ahead of time into dist/ (one .js per module, same folders), so the
// `parley` command starts without transpiling at run time. Runs from `npm ci` (prepare) and `npm start`;
// it does nothing when dist/ is already newer than every source. `--force` rebuilds regardless.
// esbuild only strips types: type checking stays `npm run typecheck`'s job.
import { readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';
import { builtFrom, newestSource, projectRoot, stampFile } from './cli-build-state.js';

const sourceRoot = join(projectRoot, 'src');
const outRoot = join(projectRoot, 'dist');
// Built beside dist/ and swapped in at the end, so a `parley` started meanwhile never sees half a build
// (while dist/ is absent it runs the sources instead).
const nextRoot = join(projectRoot, `dist.next-${process.pid}`);

/** Every module the CLI and server may load: sources, not tests or their support files. */
function modules(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return modules(path);
    const isModule = /\.(ts|js)$/.test(entry.name) && !/\.test(-support)?\.ts$/.test(entry.name);
    return isModule ? [path] : [];
  });
}

// CommonJS packages that the built modules import from an ES module copy made here, bundled by esbuild: Node
// reads a CommonJS package imported by an ES module through a lexer that finds its export names, which cost
// ~0.12 s of CPU at every start for the 0.85 MB of Snowball stemmers (all its languages in one file).
// Each is listed with the names imported from it (esbuild cannot know a CommonJS module's exports).
const vendored = { 'snowball-stemmers': ['newStemmer'] };

/** Bundles each vendored package into vendor/<name>.js and points the built modules' imports at it. */
async function vendor(root) {
  for (const [name, exports] of Object.entries(vendored)) {
    await build({
      stdin: {
        contents: `export { ${exports.join(', ')} } from '${name}';`,
        resolveDir: projectRoot,
        loader: 'js',
      },
      outfile: join(root, 'vendor', `${name}.js`),
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      logLevel: 'warning',
    });
  }
  for (const file of modules(root).filter((f) => f.endsWith('.js') && !f.startsWith(join(root, 'vendor')))) {
    const code = readFileSync(file, 'utf8');
    let changed = code;
    for (const name of Object.keys(vendored)) {
      const target = relative(dirname(file), join(root, 'vendor', `${name}.js`));
      changed = changed.replaceAll(
        `from "${name}"`,
        `from "${target.startsWith('.') ? target : `./${target}`}"`,
      );
    }
    if (changed !== code) writeFileSync(file, changed);
  }
}

const force = process.argv.includes('--force');
const sourceTime = newestSource();
if (!force && builtFrom() >= sourceTime) {
  console.log('the CLI is up to date (dist)');
} else {
  const started = performance.now();
  rmSync(nextRoot, { recursive: true, force: true });
  try {
    const entryPoints = modules(sourceRoot);
    await build({
      entryPoints,
      outdir: nextRoot,
      outbase: sourceRoot,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      bundle: false,
      sourcemap: 'linked',
      logLevel: 'warning',
    });
    await vendor(nextRoot);
    // The overall help, rendered once here, lets `parley --help` print without loading every command.
    const { renderHelp } = await import(pathToFileURL(join(nextRoot, 'cli', 'main.js')).href);
    writeFileSync(join(nextRoot, 'cli', 'help.txt'), await renderHelp());
    writeFileSync(join(nextRoot, basename(stampFile)), `${sourceTime}\n`);
  } catch (error) {
    // A failed build leaves dist/ as it was and no half-built folder beside it.
    rmSync(nextRoot, { recursive: true, force: true });
    throw error;
  }
  rmSync(outRoot, { recursive: true, force: true });
  renameSync(nextRoot, outRoot);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `compiled ${modules(sourceRoot).length} modules into ${relative(process.cwd(), outRoot) || '.'} in ${seconds} s`,
  );
}
