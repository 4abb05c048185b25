import { vi } from 'vitest';
import { main } from '../src/cli/main.js';

/** What one in-process run of the CLI did: its exit status and everything it wrote. */
export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** How to run: `isTTY` makes stdout look like a terminal (for coloured output), `env` overrides variables. */
export interface CliRunOptions {
  isTTY?: boolean;
  env?: Record<string, string | undefined>;
}

/**
 * Runs `parley <args>` in this process through `main` and captures stdout and stderr (commander's help and
 * usage errors included) by spying on `process.stdout.write` and `process.stderr.write`. Spies, `isTTY`
 * and environment variables are restored afterwards, also when the command throws.
 * @example const { status, stdout } = await runCli(['segment', 'test/fixtures/segment/us-28.md', '--json']);
 */
export async function runCli(args: string[], options: CliRunOptions = {}): Promise<CliRun> {
  const captured = { stdout: '', stderr: '' };
  const capture = (stream: 'stdout' | 'stderr') =>
    vi.spyOn(process[stream], 'write').mockImplementation((chunk: string | Uint8Array) => {
      captured[stream] += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      return true;
    });
  const spies = [capture('stdout'), capture('stderr')];
  const wasTTY = process.stdout.isTTY;
  const savedEnv = Object.fromEntries(Object.keys(options.env ?? {}).map((key) => [key, process.env[key]]));
  if (options.isTTY !== undefined) process.stdout.isTTY = options.isTTY;
  for (const [key, value] of Object.entries(options.env ?? {})) setEnv(key, value);
  try {
    const status = await main(args);
    return { status, ...captured };
  } finally {
    for (const spy of spies) spy.mockRestore();
    process.stdout.isTTY = wasTTY;
    for (const [key, value] of Object.entries(savedEnv)) setEnv(key, value);
  }
}

function setEnv(key: string, value: string | undefined): void {
  if (value === undefined) delete process.env[key];
  else process.env[key] = value;
}
