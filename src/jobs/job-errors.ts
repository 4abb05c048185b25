/** Why a job was not taken: the queue (or the caller's share of it) is full, or it waited too long. */
export class JobRefused extends Error {
  /** Seconds after which trying again is likely to succeed, for `Retry-After`. */
  readonly retryAfterSeconds: number;

  constructor(message: string, retryAfterSeconds: number) {
    super(message);
    this.name = 'JobRefused';
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** Which of a request's own limits a job passed. */
export type JobLimit = 'time' | 'memory';

/** A job passed its time or memory limit and was stopped (its worker ended). */
export class JobLimitExceeded extends Error {
  readonly limit: JobLimit;

  constructor(limit: JobLimit, message: string) {
    super(message);
    this.name = 'JobLimitExceeded';
    this.limit = limit;
  }
}

/** The job was cancelled by whoever asked for it (the request went away, or the caller cancelled it). */
export class JobCancelled extends Error {
  constructor() {
    super('the job was cancelled');
    this.name = 'JobCancelled';
  }
}
