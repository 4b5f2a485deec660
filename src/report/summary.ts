// The job summary: resources, endpoints, SSM names, the plan and how long each phase took.
// It is built from data that never contains the AUTH token (URLs are shown with a placeholder).

import { formatDuration } from '../domain/duration.js';
import type { Mode } from '../config/types.js';
import type { Plan } from '../plan/steps.js';
import { stepTitle } from './render.js';
import type { RunStatus } from './status.js';

export interface SummaryData {
  name: string;
  region: string;
  mode: Mode;
  status: RunStatus;
  plan: Plan;
  resources: Array<[string, string]>;
  ssmParameters: Array<[string, string]>;
  /** URLs with the token replaced by a placeholder (or none when AUTH is off). */
  displayUrls: Array<[string, string]>;
  phases: Array<[string, number]>;
}

/** The summary file is capped at 1 MiB by the runner; stay far below it. */
export const MAX_SUMMARY_STEPS = 200;

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|');
}

export function table(header: string[], rows: string[][]): string {
  const head = `| ${header.join(' | ')} |\n| ${header.map(() => '---').join(' | ')} |\n`;
  return head + rows.map((r) => `| ${r.map(esc).join(' | ')} |`).join('\n') + '\n';
}

export function renderSummary(d: SummaryData): string {
  const out: string[] = [];
  const verb = d.mode === 'plan' ? 'plan' : d.status;
  out.push(`## Django Redis: \`${esc(d.name)}\` (${esc(d.region)}) — ${esc(verb)}\n`);
  if (d.plan.refusals.length) {
    out.push('### Refused\n');
    out.push(d.plan.refusals.map((r) => `- ${esc(r)}`).join('\n') + '\n');
  }
  if (d.plan.warnings.length) {
    out.push(d.plan.warnings.map((w) => `> [!WARNING]\n> ${esc(w)}`).join('\n\n') + '\n');
  }
  // mode plan, or a lifecycle mode's dry_run (status planned).
  const dryRun = d.mode === 'plan' || d.status === 'planned';
  out.push(`### ${dryRun ? 'Plan (nothing was executed)' : 'Steps'}\n`);
  if (!d.plan.steps.length) {
    out.push('No changes: AWS already matches the inputs.\n');
  } else {
    const rows = d.plan.steps
      .slice(0, MAX_SUMMARY_STEPS)
      .map((s, i) => [String(i + 1), String(s.level), stepTitle(s), s.reason]);
    out.push(table(['#', 'level', 'step', 'reason'], rows));
    if (d.plan.steps.length > MAX_SUMMARY_STEPS)
      out.push(`…and ${d.plan.steps.length - MAX_SUMMARY_STEPS} more steps.\n`);
  }
  if (d.plan.pending.length) {
    out.push('### Pending for the maintenance window\n');
    out.push(d.plan.pending.map((p) => `- ${esc(p)}`).join('\n') + '\n');
  }
  if (d.resources.length) {
    out.push('### Resources\n');
    out.push(
      table(
        ['resource', 'value'],
        d.resources.map(([k, v]) => [k, `\`${v}\``]),
      ),
    );
  }
  if (d.displayUrls.length) {
    out.push('### Connection URLs\n');
    out.push(
      table(
        ['use', 'URL'],
        d.displayUrls.map(([k, v]) => [k, `\`${v}\``]),
      ),
    );
  }
  if (d.ssmParameters.length) {
    out.push('### SSM parameters\n');
    out.push(
      table(
        ['parameter', 'name'],
        d.ssmParameters.map(([k, v]) => [k, `\`${v}\``]),
      ),
    );
  }
  if (d.phases.length) {
    out.push('### Timing\n');
    out.push(
      table(
        ['phase', 'duration'],
        d.phases.map(([k, ms]) => [k, formatDuration(ms)]),
      ),
    );
  }
  return out.join('\n');
}
