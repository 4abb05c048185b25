// One file per command (dist/cli/bundles/<command>.js): src/cli/main.ts with that command and every source
// it loads bundled by esbuild, which bin/parley.js runs instead of dist/cli/main.js. Node resolves, reads,
// compiles and links each ES module on its own; one file instead of `check`'s ~55 takes ~0.06 s off its start
// (CPU, medians of interleaved runs). Used by build-cli.js, after it has compiled and vendored dist/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

/**
 * Whether the sources can run from another folder than their own: a module that finds a file beside it
 * (`new URL('./thread-entry.js', import.meta.url)`, the web app) would look for it beside the bundle.
 * `createRequire(import.meta.url)` finds packages, from any folder of the project.
 */
function canMove(sources, root) {
  return sources.every((source) => {
    const code = readFileSync(join(root, source), 'utf8');
    return !code.replaceAll('createRequire(import.meta.url)', '').includes('import.meta');
  });
}

/**
 * Bundles each command of `sourcesByCommand` (cli-sources.js) whose sources can move into
 * `<outRoot>/cli/bundles/<command>.js`, and returns the commands bundled. Packages stay imports (but for the
 * CLI's own, inlined), the vendored ones (`vendored`: [file, specifiers]) of dist/vendor/<file>.js, so there is
 * still one zod; the
 * other commands main.ts names stay imports of their compiled modules, which a run of this command never loads.
 */
export async function bundleCommands({ root, outRoot, sourcesByCommand, vendored }) {
  // The CLI's own small CommonJS packages go into each bundle too: loaded as they are, commander's modules
  // cost ~0.02 s of every start (CPU, medians of interleaved runs). Their `require`s of Node's modules need a
  // `require` in an ES module: the banner makes one.
  const inlined = new Set(['commander', 'picocolors']);
  const vendorFile = new Map(
    vendored.flatMap(([file, specifiers]) => specifiers.map((specifier) => [specifier, file])),
  );
  const commands = Object.keys(sourcesByCommand).filter((command) =>
    canMove(sourcesByCommand[command], root),
  );
  await Promise.all(
    commands.map((command) =>
      build({
        absWorkingDir: root,
        entryPoints: ['./src/cli/main.ts'],
        outfile: join(outRoot, 'cli', 'bundles', `${command}.js`),
        bundle: true,
        format: 'esm',
        platform: 'node',
        target: 'node20',
        sourcemap: 'linked',
        logLevel: 'warning',
        banner: {
          js: "import { createRequire as createRequireOfBundle } from 'node:module';\nconst require = createRequireOfBundle(import.meta.url);",
        },
        plugins: [
          {
            name: 'parley-command-bundle',
            setup(bundler) {
              bundler.onResolve({ filter: /^[^./]/ }, ({ path }) =>
                vendorFile.has(path)
                  ? { path: `../../vendor/${vendorFile.get(path)}.js`, external: true }
                  : inlined.has(path)
                    ? undefined
                    : { path, external: true },
              );
              bundler.onResolve({ filter: /^\.\/[\w-]+\.js$/ }, ({ path, importer, kind }) =>
                kind === 'dynamic-import' &&
                importer.endsWith(join('src', 'cli', 'main.ts')) &&
                path !== `./${command}.js`
                  ? { path: `.${path}`, external: true }
                  : undefined,
              );
            },
          },
        ],
      }),
    ),
  );
  return commands;
}
