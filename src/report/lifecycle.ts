// Job summaries of the lifecycle modes: destroy (what was deleted, what was left and why) and the
// janitor (each preview: destroyed or kept, and why). Built from names and reasons only: no secrets.

import { formatDuration } from '../domain/duration.js';
import type { GroupDestroyOutcome } from '../modes/destroy-group.js';
import { stepTitle } from './render.js';
import { esc, table } from './summary.js';

export function renderDestroySummary(
  name: string,
  region: string,
  o: GroupDestroyOutcome,
  phases: Array<[string, number]>,
): string {
  const out = [`## Django Redis: \`${esc(name)}\` (${esc(region)}) — destroy: ${o.status}\n`];
  out.push(...destroyBody(o));
  if (phases.length) {
    out.push('### Timing\n');
    out.push(
      table(
        ['phase', 'duration'],
        phases.map(([k, ms]) => [k, formatDuration(ms)]),
      ),
    );
  }
  return out.join('\n');
}

/** The body shared by destroy and by each preview the janitor destroys. */
export function destroyBody(o: GroupDestroyOutcome): string[] {
  const out: string[] = [];
  const { plan } = o;
  if (plan.refusals.length) {
    out.push('### Refused (nothing was deleted)\n');
    out.push(plan.refusals.map((r) => `- ${esc(r)}`).join('\n') + '\n');
  }
  for (const w of plan.warnings) out.push(`> [!WARNING]\n> ${esc(w)}\n`);
  if (o.status === 'absent')
    out.push('Nothing to delete: no replication group and nothing this action created for it.\n');
  if (plan.steps.length && !plan.refusals.length) {
    out.push(o.status === 'planned' ? '### Plan (dry run: nothing was deleted)\n' : '### Deleted\n');
    out.push(
      table(
        ['#', 'level', 'step', 'reason'],
        plan.steps.map((s, i) => [String(i + 1), String(s.level), stepTitle(s), s.reason]),
      ),
    );
  }
  if (o.finalSnapshotName) out.push(`Final snapshot: \`${esc(o.finalSnapshotName)}\`\n`);
  if (plan.left.length) {
    out.push('### Left in place\n');
    out.push(
      table(
        ['resource', 'why'],
        plan.left.map((l) => [l.what, l.why]),
      ),
    );
  }
  return out;
}

export interface PreviewReport {
  name: string;
  pullRequest: string;
  decision: 'destroy' | 'keep' | 'failed';
  reason: string;
  outcome?: GroupDestroyOutcome;
}

export function renderCleanupSummary(
  repository: string,
  region: string,
  status: string,
  previews: PreviewReport[],
  dryRun: boolean,
): string {
  const out = [`## Django Redis previews of \`${esc(repository)}\` (${esc(region)}) — cleanup: ${status}\n`];
  if (!previews.length) out.push('No preview groups of this repository were found.\n');
  else
    out.push(
      table(
        ['preview', 'pull request', dryRun ? 'would' : 'decision', 'reason'],
        previews.map((p) => [p.name, p.pullRequest ? `#${p.pullRequest}` : '', decisionText(p), p.reason]),
      ),
    );
  for (const p of previews.filter((x) => x.outcome && x.outcome.status !== 'absent')) {
    out.push(`### ${esc(p.name)}\n`);
    out.push(...destroyBody(p.outcome as GroupDestroyOutcome));
  }
  return out.join('\n');
}

function decisionText(p: PreviewReport): string {
  if (p.decision !== 'destroy' || !p.outcome) return p.decision;
  return p.outcome.status === 'destroyed' || p.outcome.status === 'planned' ? 'destroy' : p.outcome.status;
}
