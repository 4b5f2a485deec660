// The virtual clock's scheduling rules, which every timed transition of the fake relies on.

import { describe, expect, it } from 'vitest';
import { VirtualClock } from './fake/index.js';

describe('VirtualClock.schedule', () => {
  it('counts a transition scheduled by another transition from that transition’s due time', () => {
    const clock = new VirtualClock(0, 1);
    const ran: Array<[string, number]> = [];
    clock.schedule(100, (at) => {
      ran.push(['first', at]);
      clock.schedule(50, (at2) => ran.push(['second', at2]));
    });
    clock.schedule(120, (at) => ran.push(['other', at]));
    // One big jump still runs the chain at its own spacing, in time order.
    clock.advance(1000);
    expect(ran).toEqual([
      ['first', 100],
      ['other', 120],
      ['second', 150],
    ]);
    expect(clock.pendingTransitions).toBe(0);
  });

  it('counts from now outside a transition, and runs nothing before it is due', async () => {
    const clock = new VirtualClock(1000, 1);
    const ran: number[] = [];
    await clock.sleep(10);
    clock.schedule(5, (at) => ran.push(at));
    clock.advance(4);
    expect(ran).toEqual([]);
    clock.advance(1);
    expect(ran).toEqual([1015]);
    expect(clock.slept).toBe(10);
  });
});
