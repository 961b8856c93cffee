/** Runs async jobs one at a time, in order. A failing job does not stop the ones after it. */
export class JobQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private pending = 0;

  /** `onSize` hears every change of the number of jobs queued or running (the pane's "pending", F6). */
  constructor(private readonly onSize?: (size: number) => void) {}

  push<T>(job: () => Promise<T>): Promise<T> {
    this.pending++;
    this.onSize?.(this.pending);
    const done = () => {
      this.pending--;
      this.onSize?.(this.pending);
    };
    const run = this.tail.then(job, job);
    this.tail = run.then(done, done);
    return run;
  }

  /** Jobs queued or running. */
  size(): number {
    return this.pending;
  }

  /** Resolves once every job queued so far (and any they queue) has finished. */
  async idle(): Promise<void> {
    let seen: Promise<unknown> | null = null;
    while (seen !== this.tail) {
      seen = this.tail;
      await seen.catch(() => undefined);
    }
  }
}
