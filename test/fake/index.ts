// A stateful, in-memory fake of the AWS APIs the action uses (ElastiCache, EC2, SSM, CloudWatch
// Logs, CloudWatch alarms, the Resource Groups Tagging API, SNS and KMS existence checks), wired
// into the real SDK v3 clients with aws-sdk-client-mock and driven by a virtual clock.

import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { EC2Client } from '@aws-sdk/client-ec2';
import { ElastiCacheClient, type ReplicationGroup, type Snapshot } from '@aws-sdk/client-elasticache';
import { KMSClient, type KeyMetadata } from '@aws-sdk/client-kms';
import { ResourceGroupsTaggingAPIClient } from '@aws-sdk/client-resource-groups-tagging-api';
import { SNSClient } from '@aws-sdk/client-sns';
import { SSMClient } from '@aws-sdk/client-ssm';
import { type AwsStub, mockClient } from 'aws-sdk-client-mock';
import type { Clock } from '../../src/clock.js';
import { VirtualClock } from './clock.js';
import { CloudWatch } from './cloudwatch.js';
import { Ec2, type AddSecurityGroupOptions, type AddVpcOptions, type AddVpcResult } from './ec2.js';
import { addDefaultParameterGroups } from './elasticache-groups.js';
import { type SeedSnapshotOptions, Snapshots } from './elasticache-snapshots.js';
import { elasticacheRoutes } from './elasticache.js';
import { type ServiceName, throttlingError } from './errors.js';
import { type InterleaveOptions, type Interleaving, Scheduler } from './interleave.js';
import { type AddKmsKeyOptions, Kms } from './kms.js';
import { Logs } from './logs.js';
import { ReplicationGroups } from './replication-groups.js';
import { commandName, type CommandClass, type Route, serviceRoutes } from './router.js';
import { completeSeedInput, type SeedInput } from './seeding.js';
import { Sns } from './sns.js';
import { Ssm } from './ssm.js';
import { taggingRoutes } from './tagging.js';
import { clone, IdFactory } from './util.js';
import {
  DEFAULT_DURATIONS,
  type Durations,
  emptyWorld,
  type FakeAlarm,
  FakeContext,
  type FakeReplicationGroup,
  type FakeSnapshot,
  type World,
} from './world.js';

export * from './errors.js';
export type { AddSecurityGroupOptions, AddVpcOptions, AddVpcResult } from './ec2.js';
export { RETENTION_DAYS } from './logs.js';
export type * from './world.js';
export type { SeedInput } from './seeding.js';
export type { SeedSnapshotOptions } from './elasticache-snapshots.js';
export type { AddKmsKeyOptions } from './kms.js';
export { schedules, type InterleaveOptions, type Interleaving } from './interleave.js';
/** Alias used in docs and briefs. */
export type { FakeReplicationGroup as FakeRG } from './world.js';
export { VirtualClock } from './clock.js';
export { DEFAULT_DURATIONS } from './world.js';

export interface FakeCall {
  service: ServiceName;
  /** Command name without the "Command" suffix. */
  command: string;
  input: any;
  /** Virtual time of the call (ms since the epoch). */
  time: number;
  /** `name` of the error the call failed with, if any. */
  error?: string;
  /** Order in which the call was sent and answered (one counter for both), to measure concurrency. */
  startSeq: number;
  endSeq: number;
  /** Label of the run (cloud.asRun) that made the call, if any. */
  run?: string;
}

export interface FakeCloudOptions {
  region?: string;
  accountId?: string;
  /** Virtual epoch milliseconds at start; default 2026-01-01T00:00:00Z. */
  startTime?: number;
  /** Seed for clock.random(); default 1. */
  seed?: number;
}

export interface FakeCloud {
  readonly region: string;
  readonly accountId: string;
  /** Virtual clock: inject it wherever the code under test waits. */
  readonly clock: Clock & {
    advance(ms: number): void;
    readonly slept: number;
    readonly pendingTransitions: number;
  };
  install(): void;
  restore(): void;
  readonly calls: FakeCall[];
  mutatingCalls(): FakeCall[];
  /** Sequential depth of the recorded calls: 1 + the depth of the deepest call answered before each was sent. */
  callDepth(): number;
  resetCalls(): void;
  /**
   * Call `listener` with every call once it is answered (after its effect on the fake's state, or
   * its error): to check an invariant after every call, or to queue a fault for the next one.
   * Returns a function that removes the listener.
   */
  onCall(listener: (call: FakeCall) => void): () => void;
  /** Run a command's handler directly (no call recorded, no faults): for seeding state. */
  seed<I extends object, O extends object>(command: CommandClass<I, O>, input: I): Omit<O, '$metadata'>;
  addVpc(opts: AddVpcOptions): AddVpcResult;
  addSecurityGroup(opts: AddSecurityGroupOptions): string;
  /**
   * Create a replication group directly in the given state (default `available`), no call recorded.
   * Only ReplicationGroupId is required; missing prerequisites it names are created (see seeding.ts).
   */
  seedReplicationGroup(
    input: SeedInput,
    opts?: { status?: 'available' | 'creating' | 'create-failed' },
  ): ReplicationGroup;
  readonly state: World;
  /** Make the next `times` calls of `command` ("CreateReplicationGroup" or "ssm:AddTagsToResource") throw `error`. */
  failNext(command: string, error: Error, times?: number): void;
  throttle(command: string, times: number): void;
  /** Deny an IAM action ("elasticache:CreateReplicationGroup") forever (or until allow()). */
  deny(iamAction: string): void;
  allow(iamAction: string): void;
  makeCreateFail(replicationGroupId: string): void;
  readonly durations: Durations;
  /** Apply pending (ApplyImmediately false) node type / engine version changes now. */
  runMaintenance(replicationGroupId?: string): void;
  /** Tokens the group's engine currently accepts. */
  acceptedTokens(replicationGroupId: string): string[];
  /** Whether clients without AUTH are still accepted (true after ROTATE on a group that had no token, until SET). */
  allowsUnauthenticated(replicationGroupId: string): boolean;
  replicationGroup(id: string): FakeReplicationGroup | undefined;

  // ----- snapshots, alarms, topics, keys ------------------------------------------------------------

  /**
   * Create a snapshot directly (no call recorded), e.g. several of different ages for pruning tests.
   * Manual by default; `source: 'automated'` names it "automatic.<cluster>-<yyyy-mm-dd-hh-mm>".
   * The group need not exist (a snapshot can outlive its group).
   */
  seedSnapshot(opts: SeedSnapshotOptions): Snapshot;
  snapshot(name: string): FakeSnapshot | undefined;
  alarm(name: string): FakeAlarm | undefined;
  /** An SNS topic that GetTopicAttributes finds (must be in the fake's region). */
  addTopic(arn: string, opts?: { displayName?: string }): void;
  /** A KMS key that DescribeKey (and ElastiCache's KmsKeyId checks) find by id, ARN, alias or alias ARN. */
  addKmsKey(opts: AddKmsKeyOptions): KeyMetadata;

  // ----- concurrent runs ------------------------------------------------------------------------------

  /** Run fn as run `label`: every call it makes is recorded with `run: label` (AsyncLocalStorage). */
  asRun<T>(label: string, fn: () => T | Promise<T>): Promise<T>;
  /** The label of the run the caller is part of, if any. */
  currentRun(): string | undefined;
  /**
   * Answer the labelled runs' calls in the order `schedule` names the runs, once they are quiescent;
   * FIFO after that. See interleave.ts for the exact rules. One interleaving at a time.
   */
  interleave(schedule: string[], opts?: InterleaveOptions): Interleaving;
}

const IAM_PREFIX: Record<ServiceName, string> = {
  elasticache: 'elasticache',
  ec2: 'ec2',
  ssm: 'ssm',
  logs: 'logs',
  tag: 'tag',
  cloudwatch: 'cloudwatch',
  sns: 'sns',
  kms: 'kms',
};

const CLIENTS: Array<[ServiceName, new (...args: any[]) => any]> = [
  ['elasticache', ElastiCacheClient],
  ['ec2', EC2Client],
  ['ssm', SSMClient],
  ['logs', CloudWatchLogsClient],
  ['tag', ResourceGroupsTaggingAPIClient],
  ['cloudwatch', CloudWatchClient],
  ['sns', SNSClient],
  ['kms', KMSClient],
];

/** Read-only commands by name: everything else counts as mutating in mutatingCalls(). */
const READ_ONLY = /^(Describe|List|Get)/;

/** Whether a command (name without "Command") changes anything: what mutatingCalls() counts. */
export function isMutating(command: string): boolean {
  return !READ_ONLY.test(command);
}

/** Builds the error for a queued fault, given the service that was actually called. */
type Fault = (service: ServiceName) => Error;

export function createFakeCloud(opts: FakeCloudOptions = {}): FakeCloud {
  const region = opts.region ?? 'us-east-1';
  const accountId = opts.accountId ?? '123456789012';
  const clock = new VirtualClock(opts.startTime ?? Date.UTC(2026, 0, 1), opts.seed ?? 1);
  const world = emptyWorld();
  const durations: Durations = { ...DEFAULT_DURATIONS };
  const ids = new IdFactory(`${accountId}:${region}:${opts.seed ?? 1}`);
  const ctx = new FakeContext(region, accountId, clock, world, durations, ids);
  addDefaultParameterGroups(ctx);

  const snapshots = new Snapshots(ctx);
  const groups = new ReplicationGroups(ctx, snapshots);
  const ec2 = new Ec2(ctx);
  const cloudwatch = new CloudWatch(ctx);
  const sns = new Sns(ctx);
  const kms = new Kms(ctx);
  const scheduler = new Scheduler();
  const routes: Route[] = [
    ...serviceRoutes('elasticache', elasticacheRoutes(ctx, groups, snapshots)),
    ...serviceRoutes('ec2', ec2.routes()),
    ...serviceRoutes('ssm', new Ssm(ctx).routes()),
    ...serviceRoutes('logs', new Logs(ctx).routes()),
    ...serviceRoutes('tag', taggingRoutes(ctx)),
    ...serviceRoutes('cloudwatch', cloudwatch.routes()),
    ...serviceRoutes('sns', sns.routes()),
    ...serviceRoutes('kms', kms.routes()),
  ];

  const calls: FakeCall[] = [];
  const listeners = new Set<(call: FakeCall) => void>();
  let seq = 0;
  const faults = new Map<string, Fault[]>();

  let mocks: Array<AwsStub<any, any, any>> = [];

  const faultKey = (command: string) => command.replace(/Command$/, '');
  const queueFault = (command: string, fault: Fault, times: number) => {
    const key = faultKey(command);
    faults.set(key, [...(faults.get(key) ?? []), ...Array.from({ length: times }, () => fault)]);
  };
  /** Faults are queued per "service:Command" or bare "Command", first come first served. */
  const takeFault = (service: ServiceName, command: string): Fault | undefined => {
    for (const key of [`${service}:${command}`, command]) {
      const queue = faults.get(key);
      if (queue?.length) return queue.shift();
    }
    return undefined;
  };

  /** The resource an IAM denial names (what a real policy evaluation would report). */
  function resourceOf(service: ServiceName, command: string, input: Record<string, unknown>): string {
    const str = (k: string) => (typeof input[k] === 'string' ? (input[k] as string) : undefined);
    switch (service) {
      case 'cloudwatch': {
        const name = str('AlarmName') ?? (input['AlarmNames'] as string[] | undefined)?.[0];
        return str('ResourceARN') ?? (name !== undefined ? ctx.arn('cloudwatch', `alarm:${name}`) : '*');
      }
      case 'sns':
        return str('TopicArn') ?? '*';
      case 'kms': {
        const key = str('KeyId');
        if (key === undefined) return '*';
        return key.startsWith('arn:') ? key : ctx.arn('kms', key.startsWith('alias/') ? key : `key/${key}`);
      }
      case 'tag':
        return '*';
      default:
        break;
    }
    if (typeof input['ResourceName'] === 'string') return input['ResourceName'];
    if (typeof input['SnapshotName'] === 'string' && /Snapshot/.test(command))
      return ctx.arn('elasticache', `snapshot:${input['SnapshotName'].toLowerCase()}`);
    const id =
      input['ReplicationGroupId'] ?? input['CacheParameterGroupName'] ?? input['CacheSubnetGroupName'];
    if (input['ReplicationGroupId']) return ctx.arn('elasticache', `replicationgroup:${String(id)}`);
    if (input['CacheParameterGroupName']) return ctx.arn('elasticache', `parametergroup:${String(id)}`);
    if (input['CacheSubnetGroupName']) return ctx.arn('elasticache', `subnetgroup:${String(id)}`);
    if (typeof input['Name'] === 'string')
      return ctx.arn('ssm', `parameter/${input['Name'].replace(/^\//, '')}`);
    if (typeof input['logGroupName'] === 'string')
      return ctx.arn('logs', `log-group:${input['logGroupName']}`);
    if (typeof input['GroupId'] === 'string') return ctx.arn('ec2', `security-group/${input['GroupId']}`);
    return '*';
  }

  async function dispatch(r: Route, rawInput: object | undefined): Promise<object> {
    const input = (rawInput ?? {}) as Record<string, unknown>;
    const run = scheduler.currentRun();
    const call: FakeCall = {
      service: r.service,
      command: r.name,
      input: clone(input),
      time: clock.now(),
      startSeq: seq++,
      endSeq: -1,
      ...(run !== undefined ? { run } : {}),
    };
    calls.push(call);
    // Answer on a later turn of the event loop, as a network reply arrives: every call the code
    // can send before it needs this answer is sent first, so concurrency (callDepth) is measured
    // by what depends on what, not by how many promise hops the code takes. While an interleaving
    // is active, a run's call waits for its turn instead.
    await (scheduler.gate(run, r.name) ?? new Promise((resolve) => setImmediate(resolve)));
    try {
      clock.runDue();
      ctx.authorize(r.service, `${IAM_PREFIX[r.service]}:${r.name}`, resourceOf(r.service, r.name, input));
      const fault = takeFault(r.service, r.name);
      if (fault) throw fault(r.service);
      const output = clone(r.handle(clone(input)));
      return {
        ...output,
        $metadata: { httpStatusCode: 200, requestId: ids.requestId(), attempts: 1, totalRetryDelay: 0 },
      };
    } catch (err) {
      call.error = (err as Error).name;
      throw err;
    } finally {
      call.endSeq = seq++;
      for (const l of listeners) l(call);
    }
  }

  function runSeed<I extends object, O extends object>(
    command: CommandClass<I, O>,
    input: I,
  ): Omit<O, '$metadata'> {
    const r = routes.find((x) => x.command === command);
    if (!r) throw new Error(`fake cloud: ${commandName(command)} is not implemented by the fake`);
    clock.runDue();
    return clone(r.handle(clone(input))) as Omit<O, '$metadata'>;
  }

  function install(): void {
    if (mocks.length > 0) restore();
    mocks = CLIENTS.map(([service, Client]) => {
      const mock = mockClient(Client);
      // Default for commands the fake does not implement: fail loudly, naming the command.
      mock.send.callsFake(async (command: { constructor: { name: string } }) => {
        const name = commandName(command.constructor);
        const run = scheduler.currentRun();
        calls.push({
          service,
          command: name,
          input: clone((command as unknown as { input: unknown }).input),
          time: clock.now(),
          startSeq: seq++,
          endSeq: seq++,
          error: 'NotImplemented',
          ...(run !== undefined ? { run } : {}),
        });
        throw new Error(`fake cloud: ${service} command ${name} is not implemented by the fake`);
      });
      for (const r of routes.filter((x) => x.service === service)) {
        mock.on(r.command).callsFake((input: object) => dispatch(r, input));
      }
      return mock;
    });
  }

  function restore(): void {
    scheduler.stop();
    for (const m of mocks) m.restore();
    mocks = [];
  }

  return {
    region,
    accountId,
    clock,
    install,
    restore,
    calls,
    mutatingCalls: () => calls.filter((c) => isMutating(c.command)),
    callDepth: () => {
      const depth = new Map<FakeCall, number>();
      for (const c of calls) {
        const before = calls
          .filter((d) => d.endSeq !== -1 && d.endSeq < c.startSeq)
          .map((d) => depth.get(d) ?? 1);
        depth.set(c, 1 + Math.max(0, ...before));
      }
      return Math.max(0, ...depth.values());
    },
    resetCalls: () => {
      calls.length = 0;
    },
    onCall: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    seed: runSeed,
    addVpc: (o) => ec2.addVpc(o),
    addSecurityGroup: (o) => ec2.addSecurityGroup(o),
    seedReplicationGroup: (input, o = {}) =>
      clone(groups.render(groups.seed(completeSeedInput(ctx, ec2, runSeed, input), o.status))),
    state: world,
    failNext: (command, error, times = 1) => queueFault(command, () => error, times),
    throttle: (command, times) => queueFault(command, (service) => throttlingError(service), times),
    deny: (action) => void ctx.denied.add(action),
    allow: (action) => void ctx.denied.delete(action),
    makeCreateFail: (id) => void ctx.failCreate.add(id.toLowerCase()),
    durations,
    runMaintenance: (id) => groups.runMaintenance(id),
    acceptedTokens: (id) => groups.acceptedTokens(id),
    allowsUnauthenticated: (id) => groups.allowsUnauthenticated(id),
    replicationGroup: (id) => world.replicationGroups.get(id.toLowerCase()),
    seedSnapshot: (o) => clone(snapshots.seed(o)),
    snapshot: (name) => world.snapshots.get(name.toLowerCase()),
    alarm: (name) => world.alarms.get(name),
    addTopic: (arn, o) => sns.addTopic(arn, o),
    addKmsKey: (o) => clone(kms.addKey(o)),
    asRun: (label, fn) => scheduler.asRun(label, fn),
    currentRun: () => scheduler.currentRun(),
    interleave: (schedule, o) => scheduler.interleave(schedule, o),
  };
}
