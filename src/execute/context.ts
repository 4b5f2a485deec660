// What every step handler gets: the run's inputs and adapters, and the state execution builds up.

import type { ReplicationGroup } from '@aws-sdk/client-elasticache';
import type { Clock } from '../clock.js';
import type { ApplyConfig, Config } from '../config/types.js';
import { resourceNames, type ResourceNames } from '../domain/names.js';
import { PlanError } from '../errors.js';
import { pollUntil, type PollOptions } from './poll.js';
import type { Adapters } from '../observe/index.js';
import type { Observed } from '../observe/types.js';
import type { Step, StepKind } from '../plan/steps.js';

export interface Logger {
  info(line: string): void;
  warning(line: string): void;
  /** Registers a secret with the runner so it is masked in every later log line. */
  mask(secret: string): void;
}

export interface ExecContext {
  /** The run's validated inputs, for any mode. */
  cfg: Config;
  /** apply/plan: what observe read, the starting point of their handlers. Other modes' steps carry what they need. */
  observed: Observed | undefined;
  /** Tags every managed resource carries (convergence keeps them equal). */
  tags: Record<string, string>;
  /** `tags` plus the create-only ownership marker: what a create call writes (domain/ownership.ts). */
  createTags: Record<string, string>;
  aws: Adapters;
  clock: Clock;
  log: Logger;
  /** Absolute time (ms) by which every wait of this run must be over: wait_timeout_minutes is per run. */
  deadline: number;
  /** Overridable in tests; defaults to crypto-random. */
  generateToken?: () => string;
}

/** What execution learned: ids created, the token in use, the group as last read. */
export interface ExecResult {
  securityGroupId: string | undefined;
  token: string | undefined;
  group: ReplicationGroup | undefined;
  timings: Array<{ level: number; label: string; ms: number }>;
  /** SSM as this run left it so far: observed values, updated after every write and delete. */
  ssm: Observed['ssm'];
  /** mode snapshot: the snapshot this run took (or resumed), as last read. */
  snapshot?: { name: string; arn: string | undefined };
  /** destroy: the final snapshot AWS accepted (a taken name gets a suffix), when this run asked for one. */
  finalSnapshotName?: string | undefined;
}

/** One step family's knowledge of a step kind: how it is titled, and the AWS call that performs it. */
export interface StepHandler<K extends StepKind> {
  title(step: Extract<Step, { kind: K }>): string;
  run(step: Extract<Step, { kind: K }>, ctx: ExecContext, st: ExecResult): Promise<void>;
}

/** A family's handlers, keyed by step kind. */
export type StepHandlers<K extends StepKind> = { [P in K]: StepHandler<P> };

/** What the handlers of apply's steps read: its inputs, what it observed, and the derived names. */
export interface ApplyContext {
  cfg: ApplyConfig;
  observed: Observed;
  names: ResourceNames;
}

/** The apply view of the context; a step of apply planned in another mode is a programming error. */
export function applyContext(ctx: ExecContext): ApplyContext {
  const { cfg, observed } = ctx;
  if ((cfg.mode !== 'apply' && cfg.mode !== 'plan') || !observed)
    throw new PlanError(`internal error: a step of mode apply was planned in mode ${cfg.mode}`);
  return { cfg, observed, names: resourceNames(cfg) };
}

export function requireSg(st: ExecResult): string {
  if (!st.securityGroupId)
    throw new PlanError('the managed security group id is unknown (it was neither found nor created)');
  return st.securityGroupId;
}

/** Our poller within the run's deadline (wait_timeout_minutes), logging under the current step. */
export function pollWithinRun<T>(
  ctx: ExecContext,
  o: Pick<PollOptions<T>, 'what' | 'read' | 'classify' | 'minDelayMs' | 'maxDelayMs'>,
): Promise<T> {
  return pollUntil({
    clock: ctx.clock,
    timeoutMs: Math.max(0, ctx.deadline - ctx.clock.now()),
    limitText: `the run's ${ctx.cfg.waitTimeoutMinutes}-minute limit (wait_timeout_minutes)`,
    log: (line) => ctx.log.info(`  ${line}`),
    ...o,
  });
}

/** What a run's execution starts from when it has observed nothing of its own (and what tests stub). */
export function emptyResult(): ExecResult {
  return { securityGroupId: undefined, token: undefined, group: undefined, timings: [], ssm: {} };
}
