import { describe, expect, it } from 'vitest';
import { GroupCommit } from './group-commit';

/** A batcher over strings that records its batches; a batch holding 'bad' fails as a whole. */
function recorder(maxBatch = 10) {
  const batches: string[][] = [];
  const batcher = new GroupCommit<string, string>({
    run: async (inputs) => {
      batches.push([...inputs]);
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (inputs.some((i) => i.startsWith('bad'))) throw new Error(`failed: ${inputs.join(',')}`);
      return inputs.map((i) => `done ${i}`);
    },
    keyOf: (input) => (input.startsWith('key:') ? input.slice(0, 5) : null),
    maxBatch,
  });
  return { batches, batcher };
}

describe('group commit', () => {
  it('starts a lone command at once, then takes the commands that queued meanwhile together', async () => {
    const { batches, batcher } = recorder();
    const answers = await Promise.all(['a', 'b', 'c', 'd'].map((i) => batcher.submit(i)));
    expect(answers).toEqual(['done a', 'done b', 'done c', 'done d']);
    expect(batches).toEqual([['a'], ['b', 'c', 'd']]);
  });

  it('runs each command of a failed batch alone: the others get their answers, the bad one its own error', async () => {
    const { batches, batcher } = recorder();
    const settled = await Promise.allSettled(['a', 'b', 'bad', 'c'].map((i) => batcher.submit(i)));
    expect(settled.map((s) => (s.status === 'fulfilled' ? s.value : (s.reason as Error).message))).toEqual([
      'done a',
      'done b',
      'failed: bad',
      'done c',
    ]);
    expect(batches).toEqual([['a'], ['b', 'bad', 'c'], ['b'], ['bad'], ['c']]);
  });

  it('never puts two commands with the same key in one batch, and caps a batch', async () => {
    const { batches, batcher } = recorder(2);
    await Promise.all(['a', 'key:1 first', 'key:1 twin', 'b', 'c'].map((i) => batcher.submit(i)));
    expect(batches).toEqual([['a'], ['key:1 first', 'b'], ['key:1 twin', 'c']]);
  });
});
