/**
 * Group writes: requests that arrive while earlier writes are in flight are written together, in
 * one statement and one commit, so many concurrent small writes share the commit's flush to disk.
 * A write on its own goes out at once (no timer, no added wait); at most `concurrency` batches are
 * in flight. Each caller's promise settles only after the batch holding its item has committed, so
 * an acknowledged write is durable. When a batch fails, its items are retried one by one, so one
 * bad item fails alone.
 */
export interface WriteBatcher<T, R> {
  write(item: T): Promise<R>;
  /** Items waiting plus batches in flight (for tests and health). */
  pending(): number;
}

export interface WriteBatcherOptions<T, R> {
  /** Writes the items in one go; answers one result per item, in order. */
  flush: (items: readonly T[]) => Promise<readonly R[]>;
  maxBatch: number;
  concurrency: number;
}

interface Waiting<T, R> {
  item: T;
  resolve: (result: R) => void;
  reject: (error: unknown) => void;
}

export function createWriteBatcher<T, R>(options: WriteBatcherOptions<T, R>): WriteBatcher<T, R> {
  const queue: Waiting<T, R>[] = [];
  let inFlight = 0;

  async function writeOneByOne(batch: Waiting<T, R>[]): Promise<void> {
    for (const waiting of batch) {
      try {
        const [result] = await options.flush([waiting.item]);
        waiting.resolve(result as R);
      } catch (error) {
        waiting.reject(error);
      }
    }
  }

  async function run(batch: Waiting<T, R>[]): Promise<void> {
    try {
      const results = await options.flush(batch.map((w) => w.item));
      if (results.length !== batch.length)
        throw new Error(`write batch answered ${results.length} results for ${batch.length} items`);
      batch.forEach((waiting, i) => waiting.resolve(results[i] as R));
    } catch (error) {
      if (batch.length === 1) batch[0]?.reject(error);
      else await writeOneByOne(batch);
    }
  }

  function pump(): void {
    while (inFlight < options.concurrency && queue.length > 0) {
      const batch = queue.splice(0, options.maxBatch);
      inFlight += 1;
      void run(batch).finally(() => {
        inFlight -= 1;
        pump();
      });
    }
  }

  return {
    write(item: T): Promise<R> {
      return new Promise<R>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        pump();
      });
    },
    pending: () => queue.length + inFlight,
  };
}
