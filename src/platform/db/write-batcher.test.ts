import { describe, expect, it } from 'vitest';
import { createWriteBatcher } from './write-batcher.ts';

/** A flush the test releases by hand, recording each batch it was given. */
function gatedFlush(fail: (item: number) => boolean = () => false) {
  const batches: number[][] = [];
  const gates: (() => void)[] = [];
  const flush = async (items: readonly number[]) => {
    batches.push([...items]);
    await new Promise<void>((release) => gates.push(release));
    if (items.some(fail)) throw new Error(`bad item in ${items.join(',')}`);
    return items.map((n) => n * 10);
  };
  const releaseAll = async () => {
    while (gates.length > 0) {
      gates.shift()?.();
      await new Promise((r) => setTimeout(r, 0));
    }
  };
  return { flush, batches, gates, releaseAll };
}

describe('write batcher', () => {
  it('sends a lone write at once and groups the writes that arrive meanwhile', async () => {
    const gate = gatedFlush();
    const batcher = createWriteBatcher({ flush: gate.flush, maxBatch: 10, concurrency: 1 });
    const first = batcher.write(1);
    expect(gate.batches).toEqual([[1]]);
    const rest = [2, 3, 4].map((n) => batcher.write(n));
    expect(batcher.pending()).toBe(4);
    await gate.releaseAll();
    await expect(first).resolves.toBe(10);
    await expect(Promise.all(rest)).resolves.toEqual([20, 30, 40]);
    expect(gate.batches).toEqual([[1], [2, 3, 4]]);
    expect(batcher.pending()).toBe(0);
  });

  it('keeps batches within maxBatch and runs up to `concurrency` of them at once', async () => {
    const gate = gatedFlush();
    const batcher = createWriteBatcher({ flush: gate.flush, maxBatch: 2, concurrency: 2 });
    const all = [1, 2, 3, 4, 5, 6].map((n) => batcher.write(n));
    expect(gate.batches).toEqual([[1], [2]]);
    await gate.releaseAll();
    await expect(Promise.all(all)).resolves.toEqual([10, 20, 30, 40, 50, 60]);
    expect(gate.batches.slice(2)).toEqual([
      [3, 4],
      [5, 6],
    ]);
  });

  it('retries a failed batch one by one, so only the bad item fails', async () => {
    const gate = gatedFlush((n) => n === 3);
    const batcher = createWriteBatcher({ flush: gate.flush, maxBatch: 10, concurrency: 1 });
    const all = [1, 2, 3, 4].map((n) =>
      batcher.write(n).then(
        (r) => ({ ok: r }),
        (e: Error) => ({ error: e.message }),
      ),
    );
    await gate.releaseAll();
    expect(await Promise.all(all)).toEqual([{ ok: 10 }, { ok: 20 }, { error: 'bad item in 3' }, { ok: 40 }]);
    expect(gate.batches).toEqual([[1], [2, 3, 4], [2], [3], [4]]);
  });

  it('treats a flush answering the wrong number of results as a failure', async () => {
    const batcher = createWriteBatcher<number, number>({
      flush: async (items) => (items.length > 1 ? [1] : [items[0] ?? 0]),
      maxBatch: 10,
      concurrency: 1,
    });
    const all = [5, 6, 7].map((n) => batcher.write(n));
    await expect(Promise.all(all)).resolves.toEqual([5, 6, 7]);
  });
});
