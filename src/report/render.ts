// One rendering of the plan, used by plan mode, the apply log, the `changes` output and the summary,
// so what a reviewer reads is exactly what the executor runs. Steps carry no secrets by construction.

import { stepTitle } from '../execute/index.js';
import type { Plan } from '../plan/steps.js';

export { stepTitle };

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
