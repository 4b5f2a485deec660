// One rendering of the plan, used by plan mode, the apply log, the `changes` output and the summary,
// so what a reviewer reads is exactly what the executor runs. Steps carry no secrets by construction.

import type { Plan, Step } from './types.js';

export function stepTitle(step: Step): string {
  switch (step.kind) {
    case 'create-subnet-group':
      return `create cache subnet group ${step.name}`;
    case 'modify-subnet-group':
      return `update cache subnet group ${step.name}`;
    case 'create-parameter-group':
      return `create parameter group ${step.name}`;
    case 'modify-parameter-group':
      return `update parameter group ${step.name}`;
    case 'create-security-group':
      return `create security group ${step.name}`;
    case 'authorize-ingress':
      return `authorize ingress on ${step.port}/tcp`;
    case 'revoke-ingress':
      return `revoke ingress on ${step.port}/tcp`;
    case 'revoke-other-ingress':
      return 'revoke other ingress rules';
    case 'create-log-group':
      return `create log group ${step.name}`;
    case 'put-log-retention':
      return `set retention of ${step.name}`;
    case 'delete-log-retention':
      return `remove retention of ${step.name}`;
    case 'delete-ssm-parameter':
      return `delete ${step.parameterName}`;
    case 'store-auth-token':
      return `store AUTH token in ${step.parameterName}`;
    case 'create-replication-group':
      return 'create replication group';
    case 'wait-available':
      return 'wait for available';
    case 'increase-replicas':
      return `increase replicas to ${step.newReplicaCount}`;
    case 'decrease-replicas':
      return `decrease replicas to ${step.newReplicaCount}`;
    case 'modify-replication-group':
      return `modify replication group (${Object.keys(step.changes)
        .filter((k) => k !== 'ApplyImmediately')
        .join(', ')})`;
    case 'auth-token':
      return `AUTH token ${step.strategy}`;
    case 'add-tags':
      return 'add tags';
    case 'remove-tags':
      return 'remove tags';
    case 'publish-ssm':
      return 'publish SSM parameters';
  }
}

/** Plain lines for the log, numbered in execution order; same-level steps run concurrently. */
export function planLines(plan: Plan): string[] {
  if (!plan.steps.length) return ['No changes: AWS already matches the inputs.'];
  return plan.steps.map(
    (s, i) => `${String(i + 1).padStart(2)}. [level ${s.level}] ${stepTitle(s)} — ${s.reason}`,
  );
}

export const MAX_CHANGES_IN_OUTPUT = 50;

/** The `changes` output: JSON, capped so a huge plan cannot overflow an output. */
export function changesJson(plan: Plan): string {
  const items = plan.steps.slice(0, MAX_CHANGES_IN_OUTPUT).map((s) => ({
    level: s.level,
    kind: s.kind,
    title: stepTitle(s),
    reason: s.reason,
  }));
  if (plan.steps.length > MAX_CHANGES_IN_OUTPUT) {
    items.push({
      level: -1,
      kind: 'truncated' as never,
      title: 'truncated',
      reason: `${plan.steps.length - MAX_CHANGES_IN_OUTPUT} more steps`,
    });
  }
  return JSON.stringify(items);
}
