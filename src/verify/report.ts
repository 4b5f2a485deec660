// What the connection check tells: log lines, the job summary section, and the step's error.
// Pure, and built only from CheckResult, which holds host:port/db and never the token.

import { table } from '../report/summary.js';
import type { CheckResult, UrlCheck } from './types.js';

export function formatLatency(ms: number): string {
  return ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`;
}

function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}

function urlLabel(c: UrlCheck): string {
  return `${c.output} (${c.target})`;
}

/** One line per step, for the log. */
export function logLines(r: CheckResult): string[] {
  const lines: string[] = [];
  for (const c of r.checks) {
    if (c.skipped) {
      lines.push(`${urlLabel(c)}: not checked (an earlier check failed)`);
      continue;
    }
    for (const s of c.steps) {
      const failure = !s.ok && c.failure ? `: ${c.failure.message}` : '';
      lines.push(
        `${urlLabel(c)}: ${s.label} — ${s.ok ? 'ok' : 'FAILED'} in ${formatLatency(s.ms)}${failure}`,
      );
    }
  }
  return lines;
}

/** The job summary section: one row per step with its latency, and the likely cause of a failure. */
export function renderCheck(r: CheckResult): string {
  const out: string[] = [];
  out.push(`\n### Connection check — ${r.ok ? 'passed' : 'failed'}\n`);
  out.push(
    'Through the published URLs, as Django and Celery connect: TLS with certificate and hostname checks, ' +
      'AUTH with the URL’s token, SELECT of the URL’s database, then PING; through redis_url also SET, GET ' +
      `and DEL of the scratch key \`${r.scratchKey}\` (60 s TTL, so a cut-off check leaves nothing for ` +
      `long). The whole check is bounded at ${seconds(r.timeoutMs)}.\n`,
  );
  const rows: string[][] = [];
  for (const c of r.checks) {
    if (c.skipped) {
      rows.push([c.output, `\`${c.target}\``, 'not checked', 'an earlier check failed', '']);
      continue;
    }
    for (const s of c.steps) {
      rows.push([
        c.output,
        `\`${c.target}\``,
        s.label,
        s.ok ? 'ok' : `**failed**: ${c.failure?.message ?? ''}`,
        formatLatency(s.ms),
      ]);
    }
  }
  out.push(table(['URL', 'endpoint/DB', 'step', 'result', 'latency'], rows));
  const failed = r.checks.find((c) => c.failure);
  if (failed?.failure) {
    out.push(`> [!CAUTION]\n> **Likely cause: ${failed.failure.title}.** ${failed.failure.advice}\n`);
  }
  return out.join('\n');
}

/** The step's error: the named error, where it failed, the likely cause, and what still holds. */
export function failureMessage(r: CheckResult, status: string): string {
  const c = r.checks.find((x) => x.failure);
  const f = c?.failure;
  const step = c?.steps.find((s) => !s.ok);
  const where =
    c && f
      ? `${urlLabel(c)} failed at ${step?.label ?? f.stage}: ${f.message.replace(/\.+$/, '')}.`
      : 'it failed.';
  const cause = f ? ` Likely cause: ${f.title}. ${f.advice}` : '';
  return (
    `ConnectionCheckError: ${where}${cause} The apply itself succeeded (status ${status}): the replication ` +
    'group exists and its URLs are published; only the connection check failed.'
  );
}
