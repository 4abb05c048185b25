/** Whose a job is: the fair queue takes turns between processes, and within a process between users. */
export interface JobOwner {
  processId: string;
  userId: string;
}

/** How much may wait: in all, and for one user (across processes). */
export interface QueueLimits {
  total: number;
  perUser: number;
}

/**
 * A round-robin queue of waiting jobs. `shift` takes turns between processes (in the order they first had
 * a job waiting), within a process between its users, and for one user in arrival order: so one user's
 * hundred jobs delay another user's one job by at most one job per process and user ahead of it, never by
 * the hundred. `push` refuses (false) when the queue or the user's share of it is full.
 * @example const q = new FairQueue<string>({ total: 100, perUser: 10 }); q.push({ processId: 'p', userId: 'a' }, 'job'); q.shift() // 'job'
 */
export class FairQueue<T> {
  readonly #limits: QueueLimits;
  // Map keeps insertion order: the first entry is the next turn, and a served entry goes to the back.
  readonly #processes = new Map<string, Map<string, T[]>>();
  readonly #perUser = new Map<string, number>();
  #size = 0;

  constructor(limits: QueueLimits) {
    this.#limits = limits;
  }

  /** How many jobs wait. */
  get size(): number {
    return this.#size;
  }

  /** How many of `userId`'s jobs wait, in every process. */
  waitingFor(userId: string): number {
    return this.#perUser.get(userId) ?? 0;
  }

  /** Queues `item` for `owner`; false (nothing queued) when the queue or the owner's share is full. */
  push(owner: JobOwner, item: T): boolean {
    if (this.#size >= this.#limits.total || this.waitingFor(owner.userId) >= this.#limits.perUser)
      return false;
    let users = this.#processes.get(owner.processId);
    if (!users) this.#processes.set(owner.processId, (users = new Map()));
    let items = users.get(owner.userId);
    if (!items) users.set(owner.userId, (items = []));
    items.push(item);
    this.#perUser.set(owner.userId, this.waitingFor(owner.userId) + 1);
    this.#size++;
    return true;
  }

  /** The next job by turns, removed from the queue; undefined when none waits. */
  shift(): T | undefined {
    const next = this.#processes.entries().next();
    if (next.done) return undefined;
    const [processId, users] = next.value;
    const [userId, items] = users.entries().next().value!;
    const item = items.shift()!;
    users.delete(userId);
    if (items.length > 0) users.set(userId, items);
    this.#processes.delete(processId);
    if (users.size > 0) this.#processes.set(processId, users);
    this.#taken(userId);
    return item;
  }

  /** Takes `item` out of the queue (a request that went away while waiting); false when it was not there. */
  remove(owner: JobOwner, item: T): boolean {
    const users = this.#processes.get(owner.processId);
    const items = users?.get(owner.userId);
    const at = items?.indexOf(item) ?? -1;
    if (at < 0) return false;
    items!.splice(at, 1);
    if (items!.length === 0) users!.delete(owner.userId);
    if (users!.size === 0) this.#processes.delete(owner.processId);
    this.#taken(owner.userId);
    return true;
  }

  #taken(userId: string): void {
    const left = this.waitingFor(userId) - 1;
    if (left > 0) this.#perUser.set(userId, left);
    else this.#perUser.delete(userId);
    this.#size--;
  }
}
