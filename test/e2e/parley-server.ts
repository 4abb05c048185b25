import { spawn, execFile } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const run = promisify(execFile);

/** The project root, from this file's place (test/e2e/). */
export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const parley = join(projectRoot, 'bin', 'parley.js');

/** A running `parley serve` (or `parley start`) over a temporary SQLite database. */
export interface RunningServer {
  url: string;
  db: string;
  /** Everything the server printed on stdout up to the moment it was ready. */
  output: string;
  stop: () => Promise<void>;
}

/** Runs one `parley` command against a database; rejects with its stderr when it fails. */
export async function parleyCli(db: string, args: string[], stdin?: string): Promise<string> {
  if (stdin === undefined)
    return (await run('node', [parley, ...args, '--db', db], { cwd: projectRoot })).stdout;
  return new Promise((resolve, reject) => {
    const child = spawn('node', [parley, ...args, '--db', db], { cwd: projectRoot });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`parley ${args.join(' ')}: ${err || out}`)),
    );
    child.stdin.end(stdin);
  });
}

/** Builds the web app when web/dist is missing or stale (as `npm start` does). */
export async function ensureWebBuilt(): Promise<void> {
  await run('node', [join(projectRoot, 'web', 'ensure-built.js')], { cwd: projectRoot });
}

/**
 * Prepares a fresh database with `setup` (CLI commands before the server opens it), then runs `command`
 * (`parley serve` by default) on a free port and resolves once its output matches `ready` (by default,
 * once it prints its address).
 */
export async function startServer(
  setup: (db: string) => Promise<void>,
  command: string[] = ['serve'],
  ready = /parley serving http/,
): Promise<RunningServer> {
  const dir = await mkdtemp(join(tmpdir(), 'parley-e2e-'));
  const db = join(dir, 'e2e.db');
  await setup(db);
  const child: ChildProcess = spawn('node', [parley, ...command, '--db', db, '--port', '0'], {
    cwd: projectRoot,
  });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`parley ${command[0]} did not start: ${out}`)), 60_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const match = /parley serving (http:\/\/[^\s;]+)/.exec(out);
      if (match?.[1] && ready.test(out)) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`parley ${command[0]} exited with ${code}: ${out}`)));
  });
  return {
    url,
    db,
    output: out,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
