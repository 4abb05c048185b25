#!/usr/bin/env node
// Compiles the TypeScript under src/ ahead of time into dist/ (one .js per module, same folders), so the
// `parley` command starts without transpiling at run time. Runs from `npm ci` (prepare) and `npm start`;
// it does nothing when dist/ is already newer than every source. `--force` rebuilds regardless.
// esbuild only strips types: type checking stays `npm run typecheck`'s job.
import { readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';
import { builtFrom, commandSourcesFile, newestSource, projectRoot, stampFile } from './cli-build-state.js';
import { bundleCommands } from './cli-bundles.js';
import { sourcesByCommand } from './cli-sources.js';

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

// Packages the built modules import from one ES module file made here (dist/vendor/<file>.js), bundled by
// esbuild, because loading them as they are costs every start:
// - snowball-stemmers is CommonJS: Node reads a CommonJS package imported by an ES module through a lexer that
//   finds its export names, ~0.12 s of CPU for its 0.85 MB (all its languages in one file);
// - zod is 95 ES modules (64 of them locales) that Node resolves, reads and links one by one: as one file,
//   `parley check` on the demo case takes 0.06–0.14 s less CPU (medians of 9 interleaved runs, under load);
// - fastify-type-provider-zod imports zod's core itself: vendored too, with that import pointed at
//   vendor/zod.js, so the server's schemas and their compilers share one zod.
// Each file serves the specifiers listed with it, and exports the names the built modules (and the vendor
// files before it) import from them, gathered from their import lines: esbuild cannot know a CommonJS
// module's exports. A file another vendor file imports comes after it.
const vendored = [
  ['fastify-type-provider-zod', ['fastify-type-provider-zod']],
  ['snowball-stemmers', ['snowball-stemmers']],
  ['zod', ['zod', 'zod/v4/core']],
];

// zod's namespace (`z.locales`, `z.core.locales`) holds its error messages in 64 languages, half of its code
// (0.37 MB of 0.76 MB) that every start would parse. Parley speaks English and never picks a locale, so the
// vendored zod keeps English only (the locale zod itself installs: classic/schemas.js imports locales/en.js).
// cli-build.test.ts checks that no source reaches for another locale.
const englishOnlyZod = {
  name: 'english-only-zod',
  setup(build) {
    build.onResolve({ filter: /\/locales\/index\.js$/ }, ({ importer, resolveDir }) =>
      importer.includes(`${join('node_modules', 'zod')}`)
        ? { path: join(resolveDir, '..', 'locales', 'index.js'), namespace: 'english-only-zod' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'english-only-zod' }, ({ path }) => ({
      contents: "export { default as en } from './en.js';\n",
      resolveDir: dirname(path),
      loader: 'js',
    }));
  },
};

/** The names `code` imports from `specifier` (`import { a, b as c } from "specifier"` gives a, b). */
function namesImported(code, specifier, file) {
  const quoted = `"${specifier}"`;
  const named = [...code.matchAll(new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*${quoted}`, 'g'))];
  const imports = code.match(new RegExp(`(?:from|import)\\s*\\(?\\s*${quoted}`, 'g')) ?? [];
  if (named.length !== imports.length)
    throw new Error(`${file}: only named imports of ${specifier} can be vendored (scripts/build-cli.js)`);
  return named.flatMap(([, list]) =>
    list
      .split(',')
      .map((name) => name.trim().split(/\s+as\s+/)[0])
      .filter((name) => name !== ''),
  );
}

/** The packages `name` depends on (dependencies and peer dependencies in its package.json). */
function dependenciesOf(name) {
  const manifest = JSON.parse(readFileSync(join(projectRoot, 'node_modules', name, 'package.json'), 'utf8'));
  return Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies });
}

/** Bundles each vendored package into vendor/<file>.js and points every import of it at that file. */
async function vendor(root) {
  const vendorRoot = join(root, 'vendor');
  const importers = modules(root).filter((file) => file.endsWith('.js'));
  const allSpecifiers = vendored.flatMap(([, specifiers]) => specifiers);
  for (const [file, specifiers] of vendored) {
    const contents = specifiers
      .map((specifier) => {
        const names = new Set(
          importers.flatMap((path) => namesImported(readFileSync(path, 'utf8'), specifier, path)),
        );
        return names.size === 0 ? '' : `export { ${[...names].sort().join(', ')} } from '${specifier}';\n`;
      })
      .join('');
    const outfile = join(vendorRoot, `${file}.js`);
    await build({
      stdin: { contents, resolveDir: projectRoot, loader: 'js' },
      outfile,
      bundle: true,
      // Only the package itself is bundled: its own dependencies load from node_modules as before.
      external: [
        ...dependenciesOf(file),
        ...allSpecifiers.filter((specifier) => !specifiers.includes(specifier)),
      ],
      format: 'esm',
      platform: 'node',
      target: 'node20',
      logLevel: 'warning',
      plugins: file === 'zod' ? [englishOnlyZod] : [],
    });
    importers.push(outfile);
  }
  for (const path of importers) {
    const code = readFileSync(path, 'utf8');
    let changed = code;
    for (const [file, specifiers] of vendored) {
      const target = relative(dirname(path), join(vendorRoot, `${file}.js`));
      for (const specifier of specifiers)
        changed = changed.replaceAll(
          `from "${specifier}"`,
          `from "${target.startsWith('.') ? target : `./${target}`}"`,
        );
    }
    if (changed !== code) writeFileSync(path, changed);
  }
}

const force = process.argv.includes('--force');
// The build's own scripts count as sources: a changed build is a reason to build again.
const buildScripts = ['build-cli.js', 'cli-bundles.js', 'cli-sources.js', 'cli-build-state.js'];
const sourceTime = Math.max(
  newestSource(),
  ...buildScripts.map((script) => statSync(join(projectRoot, 'scripts', script)).mtimeMs),
);
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
    // bin/parley.js looks at the sources of the command it runs, not at all of src/, to tell dist/ is current,
    // and runs the command from its bundle when it has one.
    const commandSources = await sourcesByCommand(projectRoot);
    writeFileSync(
      join(nextRoot, relative(outRoot, commandSourcesFile())),
      `${JSON.stringify(commandSources)}\n`,
    );
    await bundleCommands({
      root: projectRoot,
      outRoot: nextRoot,
      sourcesByCommand: commandSources,
      vendored,
    });
    writeFileSync(join(nextRoot, relative(outRoot, stampFile())), `${sourceTime}\n`);
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
