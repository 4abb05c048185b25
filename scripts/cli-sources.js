// Which sources each `parley` command is built from, so that bin/parley.js can tell whether dist/ is current for
// the command it runs by looking at those files (~60 for `check`) instead of every file under src/ (~420, a
// tenth of `parley check`'s start). Used by build-cli.js, which saves the lists as dist/cli/sources.json.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { build } from 'esbuild';

/**
 * Modules started as worker threads (`new URL('./thread-entry.js', import.meta.url)`), which no import reaches:
 * for each source that names one, the sources of those entries (the .js named, or else the .ts beside it).
 */
function workerEntries(sources, root) {
  const named = /new URL\(\s*'(\.{1,2}\/[^']+)\.js'\s*,\s*import\.meta\.url\s*\)/g;
  return new Map(
    sources.map((source) => {
      const code = readFileSync(join(root, source), 'utf8');
      const entries = [...code.matchAll(named)].map(([, path]) => {
        const javaScript = join(root, dirname(source), `${path}.js`);
        return relative(root, existsSync(javaScript) ? javaScript : javaScript.replace(/\.js$/, '.ts'));
      });
      return [source, entries];
    }),
  );
}

/**
 * For each command of src/cli/main.ts's table (a file src/cli/<command>.ts it imports lazily), the sources
 * (paths from `root`, sorted) of every module `parley <command>` may load: main's own, the command's, what
 * those import statically or lazily, and the modules they start as worker threads. Packages are left out:
 * they change only through npm, which runs the build again.
 */
export async function sourcesByCommand(root) {
  const analyses = new Map();
  // The commands share their worker threads: each set of entries is analysed once.
  const analyse = (entryPoints) => {
    const key = entryPoints.join('\n');
    if (!analyses.has(key)) analyses.set(key, analyseAnew(entryPoints));
    return analyses.get(key);
  };
  const analyseAnew = async (entryPoints) =>
    (
      await build({
        absWorkingDir: root,
        entryPoints: entryPoints.map((path) => `./${path}`),
        outdir: 'analysis',
        bundle: true,
        splitting: true,
        format: 'esm',
        platform: 'node',
        packages: 'external',
        write: false,
        metafile: true,
        logLevel: 'warning',
      })
    ).metafile;
  const main = 'src/cli/main.ts';
  const metafile = await analyse([main]);
  const outputs = metafile.outputs;
  /** The sources of an output chunk and of every chunk it imports, statically or lazily. */
  const chunkSources = (chunk, seen = new Set()) => {
    if (seen.has(chunk)) return seen;
    seen.add(chunk);
    for (const { path, external } of outputs[chunk].imports) if (!external) chunkSources(path, seen);
    return seen;
  };
  const sourcesOf = (chunks) => [...chunks].flatMap((chunk) => Object.keys(outputs[chunk].inputs));
  const mainChunk = Object.keys(outputs).find((chunk) => outputs[chunk].entryPoint === main);
  // main's static imports only: each command's lazy import is that command's alone.
  const mainSources = Object.keys(outputs[mainChunk].inputs).concat(
    sourcesOf(
      outputs[mainChunk].imports
        .filter(({ kind, external }) => kind === 'import-statement' && !external)
        .flatMap(({ path }) => [...chunkSources(path)]),
    ),
  );
  const workers = workerEntries(Object.keys(metafile.inputs), root);
  /** `sources` with the sources of the worker threads they start, and of those the workers start. */
  const withWorkers = async (sources) => {
    const all = new Set(sources);
    const entries = [...new Set([...all].flatMap((source) => workers.get(source) ?? []))]
      .filter((e) => !all.has(e))
      .sort();
    if (entries.length === 0) return all;
    const workerMetafile = await analyse(entries);
    for (const source of Object.keys(workerMetafile.inputs)) {
      if (!workers.has(source)) workers.set(source, workerEntries([source], root).get(source));
    }
    return withWorkers([...all, ...Object.keys(workerMetafile.inputs)]);
  };
  const commands = outputs[mainChunk].imports
    .filter(({ kind }) => kind === 'dynamic-import')
    .map(({ path }) => ({
      path,
      command: /^src\/cli\/([\w-]+)\.ts$/.exec(outputs[path].entryPoint ?? '')?.[1],
    }))
    .filter(({ command }) => command !== undefined);
  const lists = await Promise.all(
    commands.map(async ({ path, command }) => {
      const sources = await withWorkers([...mainSources, ...sourcesOf(chunkSources(path))]);
      return [command, [...sources].sort()];
    }),
  );
  return Object.fromEntries(lists.sort(([a], [b]) => a.localeCompare(b)));
}
