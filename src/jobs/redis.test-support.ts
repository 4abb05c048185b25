import { randomBytes } from 'node:crypto';

// For tests of the Redis mode (never production code): which Redis, whether CI demands it, a fresh queue.

/** The Redis tests use: `PARLEY_TEST_REDIS_URL`, or the machine's own at 127.0.0.1:6379. */
export const redisTestUrl = (): string => process.env.PARLEY_TEST_REDIS_URL || 'redis://127.0.0.1:6379';

/** True when CI demands the Redis tests (`PARLEY_REQUIRE_REDIS=1`): then an unreachable Redis fails them. */
export const isRedisRequired = (): boolean => process.env.PARLEY_REQUIRE_REDIS === '1';

/** A queue name no other test run uses, so parallel files never take each other's jobs. */
export const testQueueName = (): string => `parley-test-${randomBytes(6).toString('hex')}`;
