import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  REREAD_DELAY_MS,
  rereadScheduler,
} from '../../../../renderer/src/features/library/import/reread-scheduler';

interface Change {
  corrections?: string;
  sheetChoice?: string;
}

/** A re-read that answers when told to, recording what it was asked and whether it was aborted. */
function harness() {
  const reads: { change: Change; signal: AbortSignal; answer(result: string): void }[] = [];
  const shown: { result: string; more: boolean }[] = [];
  const scheduler = rereadScheduler<Change, string>({
    read: (change, signal) =>
      new Promise<string>((resolve) => reads.push({ change, signal, answer: resolve })),
    done: (result, more) => shown.push({ result, more }),
  });
  return { reads, shown, scheduler };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('re-reading the preview after changes', () => {
  it('waits for a 250 ms pause in typing and then reads once, with the last state', async () => {
    const { reads, shown, scheduler } = harness();
    for (const typed of ['1', '12', '120', '1200']) {
      scheduler.change({ corrections: typed });
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(reads).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(REREAD_DELAY_MS - 100);
    expect(reads.map((read) => read.change)).toEqual([{ corrections: '1200' }]);
    reads[0]!.answer('read 1200');
    await vi.runAllTimersAsync();
    expect(shown).toEqual([{ result: 'read 1200', more: false }]);
    expect(REREAD_DELAY_MS).toBe(250);
  });

  it('keeps changes to different things made in one pause: a correction and the sheet choice', async () => {
    const { reads, scheduler } = harness();
    scheduler.change({ corrections: 'roles' });
    scheduler.change({ sheetChoice: '세출' });
    await vi.advanceTimersByTimeAsync(REREAD_DELAY_MS);
    expect(reads.map((read) => read.change)).toEqual([
      { corrections: 'roles', sheetChoice: '세출' },
    ]);
  });

  it('cancels a re-read under way when the user changes something, and never shows its stale result', async () => {
    const { reads, shown, scheduler } = harness();
    scheduler.change({ corrections: 'first' });
    await vi.advanceTimersByTimeAsync(REREAD_DELAY_MS);
    expect(reads).toHaveLength(1);
    scheduler.change({ sheetChoice: 'second' });
    expect(reads[0]!.signal.aborted).toBe(true);
    reads[0]!.answer('stale');
    await vi.advanceTimersByTimeAsync(REREAD_DELAY_MS);
    // the cancelled re-read's change is read again with the newer one, not lost
    expect(reads[1]!.change).toEqual({ corrections: 'first', sheetChoice: 'second' });
    reads[1]!.answer('fresh');
    await vi.runAllTimersAsync();
    expect(shown).toEqual([{ result: 'fresh', more: false }]);
  });

  it('drops an answer that comes after a newer change and reads that change instead', async () => {
    const { reads, shown, scheduler } = harness();
    scheduler.change({ corrections: 'a' });
    await vi.advanceTimersByTimeAsync(REREAD_DELAY_MS);
    reads[0]!.answer('read a');
    scheduler.change({ corrections: 'ab' });
    await vi.advanceTimersByTimeAsync(0);
    // the change aborted the re-read: nothing is shown, the newer change is read after the pause
    expect(shown).toEqual([]);
    await vi.advanceTimersByTimeAsync(REREAD_DELAY_MS);
    expect(reads[1]!.change).toEqual({ corrections: 'ab' });
  });

  it('reads nothing after stop (the preview was closed or confirmed)', async () => {
    const { reads, shown, scheduler } = harness();
    scheduler.change({ corrections: 'x' });
    scheduler.stop();
    await vi.advanceTimersByTimeAsync(REREAD_DELAY_MS * 4);
    expect(reads).toHaveLength(0);
    scheduler.change({ corrections: 'y' });
    await vi.advanceTimersByTimeAsync(REREAD_DELAY_MS);
    scheduler.stop();
    expect(reads[0]!.signal.aborted).toBe(true);
    reads[0]!.answer('late');
    await vi.runAllTimersAsync();
    expect(shown).toEqual([]);
  });
});
