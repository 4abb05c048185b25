import fc from 'fast-check';
import { expect, test } from 'vitest';
import { FairQueue } from './fair-queue.js';

const owner = (processId: string, userId: string) => ({ processId, userId });

test('a user with many jobs waiting delays another user of the process by one turn, not by all of them', () => {
  const queue = new FairQueue<string>({ total: 100, perUser: 100 });
  for (let i = 1; i <= 5; i++) queue.push(owner('p', 'heavy'), `heavy-${i}`);
  queue.push(owner('p', 'light'), 'light-1');
  expect([queue.shift(), queue.shift(), queue.shift()]).toEqual(['heavy-1', 'light-1', 'heavy-2']);
});

test('turns go between processes first, then between the users of a process', () => {
  const queue = new FairQueue<string>({ total: 100, perUser: 100 });
  queue.push(owner('p', 'a'), 'p-a-1');
  queue.push(owner('p', 'b'), 'p-b-1');
  queue.push(owner('p', 'a'), 'p-a-2');
  queue.push(owner('q', 'c'), 'q-c-1');
  const order: string[] = [];
  for (let item = queue.shift(); item; item = queue.shift()) order.push(item);
  expect(order).toEqual(['p-a-1', 'q-c-1', 'p-b-1', 'p-a-2']);
});

test('the queue refuses past its total and past one user’s share, and takes again once jobs leave', () => {
  const queue = new FairQueue<number>({ total: 3, perUser: 2 });
  expect(queue.push(owner('p', 'a'), 1)).toBe(true);
  expect(queue.push(owner('q', 'a'), 2)).toBe(true);
  expect(queue.push(owner('p', 'a'), 3)).toBe(false); // a's share, across processes
  expect(queue.push(owner('p', 'b'), 4)).toBe(true);
  expect(queue.push(owner('p', 'c'), 5)).toBe(false); // the total
  expect(queue.remove(owner('p', 'a'), 1)).toBe(true);
  expect(queue.remove(owner('p', 'a'), 1)).toBe(false);
  expect(queue.waitingFor('a')).toBe(1);
  expect(queue.push(owner('p', 'c'), 5)).toBe(true);
  expect(queue.size).toBe(3);
});

test('every job pushed comes out exactly once, and one user’s jobs in the order they came', () => {
  const pushes = fc.array(fc.tuple(fc.constantFrom('p', 'q', 'r'), fc.constantFrom('a', 'b', 'c')), {
    maxLength: 60,
  });
  fc.assert(
    fc.property(pushes, (owners) => {
      const queue = new FairQueue<{ user: string; n: number }>({ total: 1000, perUser: 1000 });
      owners.forEach(([processId, userId], n) =>
        queue.push({ processId, userId }, { user: `${processId}/${userId}`, n }),
      );
      const out: { user: string; n: number }[] = [];
      for (let item = queue.shift(); item; item = queue.shift()) out.push(item);
      expect(out.map((o) => o.n).sort((x, y) => x - y)).toEqual(owners.map((_, n) => n));
      for (const user of new Set(out.map((o) => o.user))) {
        const mine = out.filter((o) => o.user === user).map((o) => o.n);
        expect(mine).toEqual([...mine].sort((x, y) => x - y));
      }
      expect(queue.size).toBe(0);
    }),
  );
});
