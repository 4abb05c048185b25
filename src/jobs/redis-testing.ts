import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';

// For tests of the Redis mode (never production code): which Redis, whether CI demands it, a fresh queue.

/** The Redis tests use: `PARLEY_TEST_REDIS_URL`, or the machine's own at 127.0.0.1:6379. */
export const redisTestUrl: string = process.env.PARLEY_TEST_REDIS_URL || 'redis://127.0.0.1:6379';

/** True when CI demands the Redis tests (`PARLEY_REQUIRE_REDIS=1`): then an unreachable Redis fails them. */
export const isRedisRequired = process.env.PARLEY_REQUIRE_REDIS === '1';

/** Whether a Redis answers PING at `url` within a second. */
export async function isRedisReachable(url: string): Promise<boolean> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on('error', () => {});
  try {
    await Promise.race([
      client.connect().then(() => client.ping()),
      new Promise((_resolve, reject) => setTimeout(() => reject(new Error('timeout')), 1000).unref()),
    ]);
    return true;
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

/** A queue name no other test run uses, so parallel files never take each other's jobs. */
export const testQueueName = (): string => `parley-test-${randomBytes(6).toString('hex')}`;
