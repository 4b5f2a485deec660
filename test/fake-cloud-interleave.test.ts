// Two runs against one fake cloud: calls labelled by run (asRun) and a deterministic scheduler
// (interleave) that answers their calls in exactly the order a schedule names, for every schedule.
// The "runs" are plain functions issuing SDK calls through real clients.

import {
  DescribeReplicationGroupsCommand,
  ElastiCacheClient,
  ReplicationGroupNotFoundFault,
} from '@aws-sdk/client-elasticache';
import {
  GetParameterCommand,
  ParameterAlreadyExists,
  ParameterNotFound,
  PutParameterCommand,
  SSMClient,
} from '@aws-sdk/client-ssm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFakeCloud, type FakeCall, type FakeCloud, schedules } from './fake/index.js';

const clientConfig = { region: 'eu-west-1', credentials: { accessKeyId: 'x', secretAccessKey: 'y' } };

let fake: FakeCloud;
let ssm: SSMClient;
let ec: ElastiCacheClient;
/** What the runs observed, in the order they observed it: "A0", "B0", "A1", … */
let observed: string[];

beforeEach(() => {
  fake = createFakeCloud({ region: 'eu-west-1' });
  fake.install();
  ssm = new SSMClient(clientConfig);
  ec = new ElastiCacheClient(clientConfig);
  observed = [];
});

afterEach(() => fake.restore());

/** A run that makes `n` calls one after the other, noting each answer. */
async function sequential(label: string, n: number, from = 0): Promise<void> {
  for (let i = from; i < from + n; i++) {
    await ssm.send(new PutParameterCommand({ Name: `/${label}/${i}`, Type: 'String', Value: label }));
    observed.push(`${label}${i}`);
  }
}

/** Labels of the runs' calls in the order they were answered. */
const answerOrder = (calls: FakeCall[] = fake.calls) =>
  [...calls]
    .filter((c) => c.run !== undefined)
    .sort((a, b) => a.endSeq - b.endSeq)
    .map((c) => c.run!);

/** The answer order a schedule must produce for runs making `counts[label]` sequential calls. */
function expectedOrder(schedule: string[], counts: Record<string, number>) {
  const left = { ...counts };
  const answered: string[] = [];
  const skipped: string[] = [];
  for (const label of schedule) {
    if (left[label]! > 0) {
      left[label]!--;
      answered.push(label);
    } else skipped.push(label);
  }
  return { answered, skipped };
}

describe('schedules()', () => {
  it('enumerates every schedule of length k over the labels', () => {
    expect(schedules(2)).toEqual([
      ['A', 'A'],
      ['A', 'B'],
      ['B', 'A'],
      ['B', 'B'],
    ]);
    expect(schedules(0)).toEqual([[]]);
    const three = schedules(3, ['A', 'B', 'C']);
    expect(three).toHaveLength(27);
    expect(new Set(three.map((s) => s.join(''))).size).toBe(27);
  });
});

describe('asRun', () => {
  it('labels every call a run makes, however deep, and only those', async () => {
    await ssm.send(new PutParameterCommand({ Name: '/setup', Type: 'String', Value: 'x' }));
    await fake.asRun('A', async () => {
      expect(fake.currentRun()).toBe('A');
      await Promise.all([sequential('A', 2), fake.asRun('inner', () => sequential('I', 1))]);
      expect(fake.currentRun()).toBe('A');
    });
    expect(fake.currentRun()).toBeUndefined();
    expect(fake.calls.map((c) => [c.input.Name, c.run])).toEqual([
      ['/setup', undefined],
      ['/A/0', 'A'],
      ['/I/0', 'inner'],
      ['/A/1', 'A'],
    ]);
    await expect(fake.asRun('B', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(
      fake.asRun('B', () => {
        throw new Error('sync boom');
      }),
    ).rejects.toThrow('sync boom');
    expect(await fake.asRun('B', () => 42)).toBe(42);
  });
});

describe('interleave', () => {
  const K = 4;

  it.each(schedules(K).map((s) => [s.join('')]))(
    'answers the first calls in the order %s, then FIFO',
    async (name) => {
      const schedule = name.split('');
      const ctl = fake.interleave(schedule);
      await Promise.all([
        fake.asRun('A', () => sequential('A', K)),
        fake.asRun('B', () => sequential('B', K)),
      ]);
      expect(ctl.answered).toEqual(schedule);
      expect(ctl.skipped).toEqual([]);
      expect(ctl.forced).toBe(0);
      expect(ctl.done).toBe(true);
      expect(answerOrder().slice(0, K)).toEqual(schedule);
      expect(observed.slice(0, K).map((o) => o[0])).toEqual(schedule);
      // Each run's own calls stay in order, and everything was answered.
      for (const l of ['A', 'B'])
        expect(observed.filter((o) => o.startsWith(l))).toEqual(
          Array.from({ length: K }, (_, i) => `${l}${i}`),
        );
      expect(fake.calls).toHaveLength(2 * K);
    },
  );

  it.each(schedules(K).map((s) => [s.join('')]))(
    'schedule %s when run A makes one call and finishes early',
    async (name) => {
      const schedule = name.split('');
      const ctl = fake.interleave(schedule);
      await Promise.all([
        fake.asRun('A', () => sequential('A', 1)),
        fake.asRun('B', () => sequential('B', K)),
      ]);
      const want = expectedOrder(schedule, { A: 1, B: K });
      expect(ctl.answered).toEqual(want.answered);
      expect(ctl.skipped).toEqual(want.skipped);
      expect(ctl.forced).toBe(0);
      expect(answerOrder().slice(0, want.answered.length)).toEqual(want.answered);
      expect(observed).toHaveLength(1 + K);
    },
  );

  it('a run that throws does not block the other', async () => {
    const ctl = fake.interleave(['A', 'A', 'B', 'A']);
    const a = fake.asRun('A', async () => {
      await sequential('A', 1);
      await ssm.send(new GetParameterCommand({ Name: '/missing' }));
      observed.push('A-unreachable');
    });
    const b = fake.asRun('B', () => sequential('B', 3));
    const [ra, rb] = await Promise.allSettled([a, b]);
    expect(ra.status).toBe('rejected');
    expect((ra as PromiseRejectedResult).reason).toBeInstanceOf(ParameterNotFound);
    expect(rb.status).toBe('fulfilled');
    expect(ctl.answered).toEqual(['A', 'A', 'B']);
    expect(ctl.skipped).toEqual(['A']);
    expect(fake.calls.filter((c) => c.run === 'A').map((c) => c.error)).toEqual([
      undefined,
      'ParameterNotFound',
    ]);
    expect(observed).toEqual(['A0', 'B0', 'B1', 'B2']);
  });

  it('a run polling with virtual-clock sleeps is waited for, not skipped', async () => {
    fake.seedReplicationGroup({ ReplicationGroupId: 'shop' }, { status: 'creating' });
    const start = fake.clock.now();
    const poller = async () => {
      for (;;) {
        const rg = (await ec.send(new DescribeReplicationGroupsCommand({ ReplicationGroupId: 'shop' })))
          .ReplicationGroups![0]!;
        observed.push(`A:${rg.Status}`);
        if (rg.Status === 'available') return;
        await fake.clock.sleep(5 * 60_000);
      }
    };
    const ctl = fake.interleave(['B', 'A', 'A', 'B', 'A', 'B']);
    await Promise.all([fake.asRun('A', poller), fake.asRun('B', () => sequential('B', 3))]);
    expect(ctl.answered).toEqual(['B', 'A', 'A', 'B', 'A', 'B']);
    expect(ctl.forced).toBe(0);
    expect(observed).toEqual(['B0', 'A:creating', 'A:creating', 'B1', 'A:creating', 'B2', 'A:available']);
    expect(fake.clock.now() - start).toBe(15 * 60_000);
  });

  it('waits for a run that is busy for many event-loop turns before it calls', async () => {
    const busy = async () => {
      for (let i = 0; i < 300; i++) await new Promise((r) => setImmediate(r));
      await sequential('B', 2);
    };
    const ctl = fake.interleave(['B', 'A', 'B']);
    await Promise.all([fake.asRun('A', () => sequential('A', 2)), fake.asRun('B', busy)]);
    expect(ctl.answered).toEqual(['B', 'A', 'B']);
    expect(ctl.forced).toBe(0);
    expect(observed).toEqual(['B0', 'A0', 'B1', 'A1']);
  });

  it('answers the oldest parked call of the named run when a run calls concurrently', async () => {
    const ctl = fake.interleave(['A', 'B', 'A']);
    const a = fake.asRun('A', async () => {
      await Promise.all(
        ['x', 'y'].map(async (n) => {
          await ssm.send(new PutParameterCommand({ Name: `/A/${n}`, Type: 'String', Value: 'a' }));
          observed.push(`A${n}`);
        }),
      );
    });
    await Promise.all([a, fake.asRun('B', () => sequential('B', 2))]);
    expect(ctl.answered).toEqual(['A', 'B', 'A']);
    expect(observed).toEqual(['Ax', 'B0', 'Ay', 'B1']);
  });

  it('starts counting a run named by the schedule before its asRun begins', async () => {
    const ctl = fake.interleave(['B', 'A']);
    const a = fake.asRun('A', () => sequential('A', 1));
    for (let i = 0; i < 100; i++) await new Promise((r) => setImmediate(r));
    expect(observed).toEqual([]);
    await Promise.all([a, fake.asRun('B', () => sequential('B', 1))]);
    expect(ctl.answered).toEqual(['B', 'A']);
    expect(observed).toEqual(['B0', 'A0']);
  });

  it('forces progress (and says so) when a run waits on the other instead of calling', async () => {
    let bFirstAnswered!: () => void;
    const gate = new Promise<void>((r) => (bFirstAnswered = r));
    const ctl = fake.interleave(['A', 'B'], { maxTurns: 200 });
    await Promise.all([
      fake.asRun('A', async () => {
        await gate;
        await sequential('A', 1);
      }),
      fake.asRun('B', async () => {
        await sequential('B', 1);
        bFirstAnswered();
        await sequential('B', 1, 1);
      }),
    ]);
    expect(ctl.forced).toBe(1);
    expect(ctl.answered).toEqual(['A', 'B']);
    expect(answerOrder()).toEqual(['B', 'A', 'B']);
  });

  it('never parks unlabelled calls; stop() and restore() answer whatever is parked', async () => {
    const ctl = fake.interleave(['B', 'B']);
    await ssm.send(new PutParameterCommand({ Name: '/test/setup', Type: 'String', Value: 'x' }));
    const a = fake.asRun('A', () => sequential('A', 2));
    for (let i = 0; i < 100; i++) await new Promise((r) => setImmediate(r));
    expect(observed).toEqual([]);
    ctl.stop();
    await a;
    expect(observed).toEqual(['A0', 'A1']);
    expect(ctl.done).toBe(true);
    expect(ctl.answered).toEqual([]);

    fake.interleave(['B']);
    const again = fake.asRun('A', () => sequential('C', 1));
    for (let i = 0; i < 50; i++) await new Promise((r) => setImmediate(r));
    fake.restore();
    fake.install();
    await again;
    expect(observed).toEqual(['A0', 'A1', 'C0']);
    expect(() => fake.interleave([])).not.toThrow();
    const one = fake.interleave(['A']);
    expect(() => fake.interleave(['A'])).toThrow(/already active/);
    one.stop();
  });

  it('`only` schedules just the selected calls; the others are answered at once', async () => {
    /** A run that reads, then writes, `n` times. */
    const readWrite = (label: string, n: number) => async () => {
      for (let i = 0; i < n; i++) {
        await ssm.send(new GetParameterCommand({ Name: '/setup' }));
        observed.push(`${label}r${i}`);
        await ssm.send(new PutParameterCommand({ Name: `/${label}/${i}`, Type: 'String', Value: label }));
        observed.push(`${label}w${i}`);
      }
    };
    await ssm.send(new PutParameterCommand({ Name: '/setup', Type: 'String', Value: 'x' }));
    const ctl = fake.interleave(['B', 'A', 'A', 'B'], { only: (command) => command === 'PutParameter' });
    await Promise.all([fake.asRun('A', readWrite('A', 2)), fake.asRun('B', readWrite('B', 2))]);
    expect(ctl.answered).toEqual(['B', 'A', 'A', 'B']);
    expect(ctl.forced).toBe(0);
    const writes = observed.filter((o) => o.includes('w'));
    expect(writes).toEqual(['Bw0', 'Aw0', 'Aw1', 'Bw1']);
    // Reads were never held back: each run read before each of its writes.
    for (const l of ['A', 'B'])
      expect(observed.filter((o) => o.startsWith(l))).toEqual([`${l}r0`, `${l}w0`, `${l}r1`, `${l}w1`]);
  });

  it('onCall hears every call once it is answered, with its error, until removed', async () => {
    const heard: string[] = [];
    const stop = fake.onCall((c) => heard.push(`${c.command}:${c.error ?? 'ok'}:${c.endSeq >= 0}`));
    await ssm.send(new PutParameterCommand({ Name: '/x', Type: 'String', Value: 'x' }));
    await expect(ssm.send(new GetParameterCommand({ Name: '/missing' }))).rejects.toThrow();
    stop();
    await ssm.send(new GetParameterCommand({ Name: '/x' }));
    expect(heard).toEqual(['PutParameter:ok:true', 'GetParameter:ParameterNotFound:true']);
  });

  it('the interleaved runs see each other’s effects in the scheduled order', async () => {
    // Both runs check for a group and create it if missing: the schedule decides who sees it.
    const ensure = (label: string) => async () => {
      try {
        await ec.send(new DescribeReplicationGroupsCommand({ ReplicationGroupId: 'race' }));
        observed.push(`${label}:found`);
      } catch (err) {
        if (!(err instanceof ReplicationGroupNotFoundFault)) throw err;
        observed.push(`${label}:missing`);
        await ssm.send(new PutParameterCommand({ Name: '/race/owner', Type: 'String', Value: label }));
        fake.seedReplicationGroup({ ReplicationGroupId: 'race' });
      }
    };
    fake.addVpc({ vpcId: 'vpc-1', subnets: [{ subnetId: 'subnet-1', az: 'eu-west-1a' }] });
    fake.interleave(['A', 'B', 'A', 'B']);
    const [a, b] = await Promise.allSettled([fake.asRun('A', ensure('A')), fake.asRun('B', ensure('B'))]);
    expect(a.status).toBe('fulfilled');
    expect((b as PromiseRejectedResult).reason).toBeInstanceOf(ParameterAlreadyExists);
    expect(observed).toEqual(['A:missing', 'B:missing']);
    expect(fake.calls.filter((c) => c.command === 'PutParameter').map((c) => [c.run, c.error])).toEqual([
      ['A', undefined],
      ['B', 'ParameterAlreadyExists'],
    ]);
  });
});
