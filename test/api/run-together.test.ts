import { describe, expect, it } from 'vitest';
import { createRunTogether } from '../../src/modules/classification/run-together.ts';

/** Where each piece ran: the number of the event-loop turn (setImmediate) it ran in. */
function recorder() {
  let turn = 0;
  let ticking = true;
  const tick = () => {
    turn++;
    if (ticking) setImmediate(tick);
  };
  setImmediate(tick);
  return { turn: () => turn, stop: () => (ticking = false) };
}

describe('pieces of work that arrive together run together', () => {
  it('everything asked for in one turn runs in one batch, in order, each answering its own caller', async () => {
    const runTogether = createRunTogether({ maxPieces: 10, maxChars: 1000 });
    const order: number[] = [];
    const answers = await Promise.all([1, 2, 3].map((n) => runTogether(10, () => (order.push(n), n * 10))));
    expect(answers).toEqual([10, 20, 30]);
    expect(order).toEqual([1, 2, 3]);
  });

  it('a batch stops at its count and its characters; the rest runs in a later turn', async () => {
    const runTogether = createRunTogether({ maxPieces: 2, maxChars: 100 });
    const clock = recorder();
    const turns: number[] = [];
    const byCount = [1, 2, 3].map(() => runTogether(1, () => turns.push(clock.turn())));
    await Promise.all(byCount);
    expect(turns[0]).toBe(turns[1]);
    expect(turns[2]).toBeGreaterThan(turns[1]!);

    turns.length = 0;
    // 60 + 60 is over 100: the second waits. The first of a batch always runs, however large.
    const byChars = [500, 60, 60].map((chars) => runTogether(chars, () => turns.push(clock.turn())));
    await Promise.all(byChars);
    clock.stop();
    expect(turns[1]).toBeGreaterThan(turns[0]!);
    expect(turns[2]).toBeGreaterThan(turns[1]!);
  });

  it('a piece that throws rejects its own caller only', async () => {
    const runTogether = createRunTogether({ maxPieces: 10, maxChars: 1000 });
    const [a, b, c] = await Promise.allSettled([
      runTogether(1, () => 'a'),
      runTogether(1, () => {
        throw new Error('bad input');
      }),
      runTogether(1, () => 'c'),
    ]);
    expect(a).toEqual({ status: 'fulfilled', value: 'a' });
    expect(b).toMatchObject({ status: 'rejected', reason: { message: 'bad input' } });
    expect(c).toEqual({ status: 'fulfilled', value: 'c' });
  });
});
