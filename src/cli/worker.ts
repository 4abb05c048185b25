import type { Command } from 'commander';
import { defaultQueueName, isRedisReachable, redactUrl, startJobWorker } from '../jobs/index.js';
import type { CommandRegistration } from './command.js';
import { exitCodes } from './exit-codes.js';
import { redisUrlFrom } from './serve.js';
import { wholeNumberOption } from './whole-number.js';

interface WorkerCommandOptions {
  redis?: string;
  threads?: string;
  memoryLimit?: string;
  queue?: string;
}

/**
 * `parley worker`: takes the jobs that `parley serve --redis` instances queue, on this machine or any
 * other that reaches the same Redis, until SIGINT or SIGTERM (running jobs finish first). Exit 0 when
 * stopped, 1 when Redis cannot be reached, 2 for a usage error.
 */
export async function workerCommand(options: WorkerCommandOptions): Promise<number> {
  const url = redisUrlFrom(options.redis, process.env);
  const threads = wholeNumberOption(options.threads, 1, 256);
  const memoryLimitMb = wholeNumberOption(options.memoryLimit, 1, 1 << 20);
  const usage = !url
    ? 'name the Redis to take jobs from: --redis redis://host:6379 or PARLEY_REDIS_URL'
    : threads === null
      ? `--threads '${options.threads}' must be a whole number from 1 to 256`
      : memoryLimitMb === null
        ? `--memory-limit '${options.memoryLimit}' must be a whole number of MiB, at least 1`
        : undefined;
  if (usage || !url) {
    process.stderr.write(`parley worker: ${usage}\n`);
    return exitCodes.usage;
  }
  if (!(await isRedisReachable(url))) {
    process.stderr.write(`parley worker: Redis does not answer at ${redactUrl(url)}\n`);
    return exitCodes.invalid;
  }
  const queueName = options.queue ?? defaultQueueName;
  const worker = await startJobWorker({
    url,
    queueName,
    ...(threads ? { threads } : {}),
    ...(memoryLimitMb ? { memoryLimitMb } : {}),
  });
  process.stdout.write(`parley worker taking jobs from ${redactUrl(url)} (queue ${queueName})\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  await worker.close();
  return exitCodes.ok;
}

/** Registers `parley worker` (see `workerCommand`). */
export const registerWorker: CommandRegistration = (program: Command, run) => {
  program
    .command('worker')
    .description(
      'run the jobs (compare, solve, draft, robustness…) that `parley serve --redis` instances queue',
    )
    .option('--redis <url>', 'the Redis the API instances use (default: PARLEY_REDIS_URL)')
    .option('--threads <n>', 'jobs at once, one worker thread each (default: one fewer than the cores)')
    .option(
      '--memory-limit <mib>',
      'heap limit of each thread in MiB; a job past it answers 422 (default 1024)',
    )
    .option('--queue <name>', `the queue to take jobs from (default ${defaultQueueName})`)
    .addHelpText(
      'after',
      '\nExample:\n  parley worker --redis redis://10.0.0.5:6379 --threads 8\n\n' +
        'Exit status: 0 stopped by a signal, 1 Redis cannot be reached, 2 usage.\n',
    )
    .action(run(workerCommand));
};
