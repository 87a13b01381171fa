import { describe, expect, it } from 'vitest';
import { createOutbox, type Delivery } from '@/utils/tracking/outbox';
import type { Slice } from '@/utils/tracking/slice';

const slice = (seq: number): Slice => ({
  v: 1,
  session: 'session-test-0001',
  seq,
  watching: 0,
  start: 0,
  end: 15_000,
  mono: 15_000,
  cause: 'heartbeat',
});

/** An outbox whose worker answers while `up` and is unreachable otherwise; `received` is what it got. */
function worker() {
  const received: number[] = [];
  const state = { up: true };
  const outbox = createOutbox(async (sent): Promise<Delivery> => {
    if (!state.up) return 'unreachable';
    received.push(sent.seq);
    return 'answered';
  });
  return { outbox, received, state };
}

describe('the outbox of unanswered slices', () => {
  it('#28 resends, in order, the slices a stopped worker never answered', async () => {
    const { outbox, received, state } = worker();
    await outbox.push(slice(0));
    state.up = false;
    await outbox.push(slice(1));
    await outbox.push(slice(2));
    expect(received).toEqual([0]);
    expect(outbox.waiting).toBe(2);
    state.up = true;
    await outbox.push(slice(3));
    expect(received).toEqual([0, 1, 2, 3]);
    expect(outbox.waiting).toBe(0);
  });

  it('retries on its own call, with no new slice to send', async () => {
    const { outbox, received, state } = worker();
    state.up = false;
    await outbox.push(slice(0));
    state.up = true;
    await outbox.retry();
    expect(received).toEqual([0]);
  });

  it('keeps ten minutes of slices at most while the worker stays away', async () => {
    const { outbox, received, state } = worker();
    state.up = false;
    for (let seq = 0; seq < 50; seq++) await outbox.push(slice(seq));
    expect(outbox.waiting).toBe(40);
    state.up = true;
    await outbox.retry();
    expect(received[0]).toBe(10);
    expect(received.at(-1)).toBe(49);
  });

  it('sends one slice at a time, even when pushed faster than answered', async () => {
    let inFlight = 0;
    let most = 0;
    const outbox = createOutbox(async () => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 1));
      inFlight -= 1;
      return 'answered';
    });
    await Promise.all([outbox.push(slice(0)), outbox.push(slice(1)), outbox.push(slice(2))]);
    await outbox.retry();
    expect(most).toBe(1);
    expect(outbox.waiting).toBe(0);
  });
});
