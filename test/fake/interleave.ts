// Two (or more) runs against one fake cloud, with a chosen interleaving of their AWS calls.
//
// cloud.asRun(label, fn) runs fn with that label (node:async_hooks AsyncLocalStorage), so every call
// it makes, however deep, is recorded with `run: label`. cloud.interleave(schedule) then parks every
// labelled call instead of answering it. Once the runs are quiescent — every run that is still
// going has at least one parked call, and nothing new happened for `quietTurns` turns of the event
// loop — the next label of the schedule picks the run whose oldest parked call is answered. When
// the schedule is used up, whatever is parked is answered in FIFO order and nothing is parked any
// more (the fake behaves as without interleave()).
//
// - A schedule entry naming a run that has already finished (returned or threw) is skipped
//   (recorded in `skipped`), so a run that ends early never blocks the other.
// - A run that is busy elsewhere (a virtual-clock sleep between polls, promise hops, file I/O) is
//   "still going": the scheduler waits for it to park. If some run never parks within `maxTurns`
//   turns (it waits on something only another run's answer unblocks), the decision is forced: the
//   named run is answered if it has a parked call, otherwise the oldest parked call of any run is
//   answered without using up the schedule entry. `forced` counts these; 0 in a healthy test.
// - Unlabelled calls (the test's own setup and assertions) are never parked.
// - Labels that the schedule names count as "still going" before their asRun() starts, so runs
//   can be started one after the other; pass `runs` to add labels that the schedule omits.
// - `only` narrows what is scheduled, e.g. to the runs' writes: a call it does not select is
//   answered at once (as without interleave()), so the schedule orders just the selected calls and
//   each run reads whatever the writes answered so far left behind.

import { AsyncLocalStorage } from 'node:async_hooks';

export interface InterleaveOptions {
  /** Extra labels to wait for even before their run starts (the schedule's labels always count). */
  runs?: string[];
  /** Event-loop turns with nothing new before the runs count as quiescent; default 20. */
  quietTurns?: number;
  /** Event-loop turns after which a decision is forced although some run never parked; default 20000. */
  maxTurns?: number;
  /** Schedule only the calls this selects (by command name); the others are answered at once. */
  only?: (command: string) => boolean;
}

export interface Interleaving {
  readonly schedule: readonly string[];
  /** Labels of the runs whose parked call was answered on the schedule's behalf, in order. */
  readonly answered: string[];
  /** Schedule entries dropped because their run had already finished. */
  readonly skipped: string[];
  /** Decisions taken without every run parked (after maxTurns); 0 in a healthy test. */
  readonly forced: number;
  /** True once the schedule is used up (or stop() was called): calls are answered FIFO again. */
  readonly done: boolean;
  /** Stop early: answer every parked call in FIFO order and park nothing any more. */
  stop(): void;
}

interface Parked {
  label: string;
  release: () => void;
}

interface Active {
  schedule: string[];
  next: number;
  expected: Set<string>;
  quietTurns: number;
  maxTurns: number;
  only: ((command: string) => boolean) | undefined;
  state: { answered: string[]; skipped: string[]; forced: number; done: boolean };
}

/** Every schedule of length k over the labels (labels.length ** k of them), in lexicographic order. */
export function schedules(k: number, labels: readonly string[] = ['A', 'B']): string[][] {
  let out: string[][] = [[]];
  for (let i = 0; i < k; i++) out = out.flatMap((prefix) => labels.map((l) => [...prefix, l]));
  return out;
}

export class Scheduler {
  private readonly als = new AsyncLocalStorage<string>();
  /** How many asRun() calls of each label are in progress. */
  private readonly running = new Map<string, number>();
  private readonly started = new Set<string>();
  private parked: Parked[] = [];
  private active: Active | undefined;
  /** Bumped on anything the quiescence check must notice. */
  private version = 0;
  private pumping = false;

  currentRun(): string | undefined {
    return this.als.getStore();
  }

  asRun<T>(label: string, fn: () => T | Promise<T>): Promise<T> {
    this.running.set(label, (this.running.get(label) ?? 0) + 1);
    this.started.add(label);
    this.version++;
    let result: Promise<T>;
    try {
      result = Promise.resolve(this.als.run(label, fn));
    } catch (err) {
      result = Promise.reject(err as Error);
    }
    return result.finally(() => {
      this.running.set(label, (this.running.get(label) ?? 1) - 1);
      this.version++;
    });
  }

  /**
   * The gate a call of `label` must pass before it is answered: a promise while an interleaving is
   * active and the call belongs to a run, undefined otherwise.
   */
  gate(label: string | undefined, command: string): Promise<void> | undefined {
    if (!this.active || label === undefined) return undefined;
    if (this.active.only && !this.active.only(command)) return undefined;
    return new Promise<void>((release) => {
      this.parked.push({ label, release });
      this.version++;
      void this.pump();
    });
  }

  interleave(schedule: string[], opts: InterleaveOptions = {}): Interleaving {
    if (this.active) throw new Error('fake cloud: an interleaving is already active; stop() it first');
    const state = { answered: [] as string[], skipped: [] as string[], forced: 0, done: false };
    const active: Active = {
      schedule: [...schedule],
      next: 0,
      expected: new Set([...schedule, ...(opts.runs ?? [])]),
      quietTurns: opts.quietTurns ?? 20,
      maxTurns: opts.maxTurns ?? 20_000,
      only: opts.only,
      state,
    };
    this.active = active;
    if (schedule.length === 0) this.finish();
    const stop = () => {
      if (this.active === active) this.finish();
    };
    return {
      schedule: active.schedule,
      answered: state.answered,
      skipped: state.skipped,
      get forced() {
        return state.forced;
      },
      get done() {
        return state.done;
      },
      stop,
    };
  }

  /** Stop any interleaving (used by restore()). */
  stop(): void {
    if (this.active) this.finish();
  }

  private isRunning(label: string): boolean {
    return (this.running.get(label) ?? 0) > 0;
  }

  private finished(label: string): boolean {
    return this.started.has(label) && !this.isRunning(label);
  }

  /** Every run that is still going (or expected and not started yet) has a parked call. */
  private allParked(a: Active): boolean {
    const labels = new Set([...a.expected, ...[...this.running.keys()].filter((l) => this.isRunning(l))]);
    for (const l of labels) {
      if (this.finished(l)) continue;
      if (!this.parked.some((p) => p.label === l)) return false;
    }
    return true;
  }

  private releaseAt(index: number): void {
    const [p] = this.parked.splice(index, 1);
    this.version++;
    p!.release();
  }

  private finish(): void {
    const a = this.active;
    this.active = undefined;
    if (a) a.state.done = true;
    const all = this.parked;
    this.parked = [];
    this.version++;
    for (const p of all) p.release();
  }

  private decide(a: Active, forced: boolean): void {
    if (forced) a.state.forced++;
    while (a.next < a.schedule.length) {
      const label = a.schedule[a.next]!;
      const index = this.parked.findIndex((p) => p.label === label);
      if (index >= 0) {
        a.next++;
        a.state.answered.push(label);
        this.releaseAt(index);
        if (a.next === a.schedule.length) this.finish();
        return;
      }
      if (this.finished(label)) {
        a.next++;
        a.state.skipped.push(label);
        continue;
      }
      // The named run is still going but has nothing parked: only reachable when forced.
      if (forced && this.parked.length > 0) this.releaseAt(0);
      return;
    }
    this.finish();
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      let seen = -1;
      let quiet = 0;
      let waited = 0;
      while (this.active && this.parked.length > 0) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        const a = this.active;
        if (!a) break;
        waited++;
        if (this.version !== seen) {
          seen = this.version;
          quiet = 0;
          continue;
        }
        quiet++;
        const ready = quiet >= a.quietTurns && this.allParked(a);
        if (ready || waited >= a.maxTurns) {
          this.decide(a, !ready);
          seen = -1;
          quiet = 0;
          waited = 0;
        }
      }
    } finally {
      this.pumping = false;
    }
  }
}
