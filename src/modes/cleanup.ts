// Mode `cleanup`, the scheduled preview janitor: find this repository's preview groups by their tags
// (one paged GetResources: its calls grow with this repository's previews, never with the account's
// groups), and destroy — exactly as mode destroy does, without a final snapshot — those whose pull
// request is closed (or gone), or that are older than preview_ttl_hours. One failing preview does
// not stop the others; the run fails at the end if any failed.

import { createAdapters, type Adapters } from '../aws/adapters.js';
import type { CleanupConfig } from '../config/types.js';
import { CREATED_BY_TAG, GROUP_TAG, PULL_REQUEST_TAG } from '../domain/ownership.js';
import { errorMessage, PlanError } from '../errors.js';
import type { PullStateReader } from '../github/pulls.js';
import type { ModeDeps } from '../main.js';
import { githubContext } from '../report/github.js';
import type { ActionIO } from '../report/io.js';
import { renderCleanupSummary, type PreviewReport } from '../report/lifecycle.js';
import { destroyGroup, type GroupDestroyDeps } from './destroy-group.js';

/** Previews handled at once: each mostly waits for AWS, so a few in parallel keep the run short. */
const CONCURRENCY = 4;

export interface Preview {
  name: string;
  /** The pull-request tag's value as found ('' when no resource of the preview carries one). */
  pullRequest: string;
}

/** Pure: this repository's previews from the tagging answer, by the group tag, sorted by name. */
export function previewsFrom(resources: Array<{ tags: Record<string, string> }>): Preview[] {
  const byName = new Map<string, string>();
  for (const r of resources) {
    const name = r.tags[GROUP_TAG];
    if (!name) continue;
    const pr = r.tags[PULL_REQUEST_TAG] ?? '';
    if (!byName.get(name)) byName.set(name, pr);
  }
  return [...byName]
    .map(([name, pullRequest]) => ({ name, pullRequest }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export async function runCleanup(cfg: CleanupConfig, deps: ModeDeps): Promise<void> {
  const { clock, io } = deps;
  const env = deps.env ?? process.env;
  const started = clock.now();
  const { repository } = githubContext(env);
  if (!repository)
    throw new PlanError(
      'mode cleanup finds previews by the repository that created them, but GITHUB_REPOSITORY is not set; run it in a GitHub Actions workflow.',
    );
  const aws = createAdapters(cfg.region, (m) => io.info(m), deps.clients);

  // Every resource of this repository's previews: the group and whatever a killed run left around it.
  const tagged = await aws.tagging.getResources([
    { key: CREATED_BY_TAG, values: [repository] },
    { key: PULL_REQUEST_TAG },
  ]);
  const previews = previewsFrom(tagged);
  io.info(`Found ${previews.length} preview${previews.length === 1 ? '' : 's'} of ${repository}.`);
  const token = cfg.githubToken ?? env.GITHUB_TOKEN;
  if (previews.length && !token)
    throw new PlanError(
      'Input "github_token" is empty and GITHUB_TOKEN is not set: cleanup reads each preview’s pull request state. Pass github_token: ${{ github.token }} (with pull-requests: read).',
    );
  const pulls = previews.length
    ? (await import('../github/pulls.js')).pullStateReader(
        token ?? '',
        env.GITHUB_API_URL || 'https://api.github.com',
        repository,
      )
    : undefined;

  const base: Omit<GroupDestroyDeps, 'log'> = {
    cfg,
    aws,
    clock,
    repository,
    deadline: started + cfg.waitTimeoutMinutes * 60_000,
    dryRun: cfg.dryRun,
  };
  const reports = await inPool(previews, CONCURRENCY, (p) =>
    handlePreview(p, cfg, base, pulls as PullStateReader, aws, io),
  );

  const failed = reports.filter((r) => r.decision === 'failed');
  const status = failed.length ? 'failed' : cfg.dryRun ? 'planned' : 'cleaned';
  io.setOutput('status', status);
  io.setOutput('cleanup_result', cleanupResult(reports));
  try {
    await io.appendSummary(renderCleanupSummary(repository, cfg.region, status, reports, cfg.dryRun));
  } catch (e) {
    io.warning(`Could not write the job summary: ${errorMessage(e)}`);
  }
  if (failed.length)
    io.setFailed(
      `${failed.length} of ${reports.length} preview${reports.length === 1 ? '' : 's'} could not be cleaned up: ${failed.map((f) => f.name).join(', ')}.`,
    );
}

/** Decide, then (unless kept) destroy one preview; every failure is caught and reported as such. */
async function handlePreview(
  p: Preview,
  cfg: CleanupConfig,
  base: Omit<GroupDestroyDeps, 'log'>,
  pulls: PullStateReader,
  aws: Adapters,
  io: ActionIO,
): Promise<PreviewReport> {
  const tag = `[${p.name}]`;
  const log = {
    info: (l: string) => io.info(`${tag} ${l}`),
    warning: (l: string) => io.warning(`${tag} ${l}`),
    mask: io.setSecret,
  };
  const report: PreviewReport = { name: p.name, pullRequest: p.pullRequest, decision: 'keep', reason: '' };
  try {
    const verdict = await decide(p, cfg, base.clock.now(), pulls, aws);
    Object.assign(report, verdict);
    log.info(`${verdict.decision}: ${verdict.reason}`);
    if (verdict.decision === 'keep') return report;
    const outcome = await destroyGroup(
      {
        name: p.name,
        ssmPrefix: `/django-redis-action/${p.name}`,
        finalSnapshot: false,
        keepLogs: cfg.keepLogs,
      },
      { ...base, log },
    );
    report.outcome = outcome;
    for (const w of outcome.plan.warnings) log.warning(w);
    for (const d of outcome.deleted) log.info(`${outcome.status === 'planned' ? 'would ' : ''}${d}`);
    for (const l of outcome.plan.left) log.info(`left in place: ${l.what} — ${l.why}`);
    if (outcome.status === 'refused') {
      // Tagged as ours, but ownership() disagrees (e.g. another repository adopted it): not a janitor failure.
      for (const r of outcome.plan.refusals) log.warning(r);
      return { ...report, decision: 'keep', reason: outcome.plan.refusals.join(' ') };
    }
    return report;
  } catch (e) {
    io.error(`${tag} ${errorMessage(e)}`);
    return { ...report, decision: 'failed', reason: errorMessage(e) };
  }
}

async function decide(
  p: Preview,
  cfg: CleanupConfig,
  now: number,
  pulls: PullStateReader,
  aws: Adapters,
): Promise<Pick<PreviewReport, 'decision' | 'reason'>> {
  if (cfg.previewTtlHours !== undefined) {
    const created = (await aws.elasticache.describeReplicationGroup(p.name))?.ReplicationGroupCreateTime;
    const hours = created ? (now - created.getTime()) / 3_600_000 : 0;
    if (created && hours > cfg.previewTtlHours)
      return {
        decision: 'destroy',
        reason: `created ${created.toISOString()}, ${Math.floor(hours)} h ago: older than preview_ttl_hours (${cfg.previewTtlHours})`,
      };
  }
  const n = Number(p.pullRequest);
  if (!/^[1-9]\d*$/.test(p.pullRequest) || !Number.isSafeInteger(n))
    return {
      decision: 'keep',
      reason: `its ${PULL_REQUEST_TAG} tag (${p.pullRequest || 'empty'}) is not a pull request number`,
    };
  const state = await pulls(n);
  if (state === 'open') return { decision: 'keep', reason: `pull request #${n} is open` };
  return {
    decision: 'destroy',
    reason: state === 'closed' ? `pull request #${n} is closed` : `pull request #${n} does not exist`,
  };
}

/** The cleanup_result output: which previews were destroyed (or would be, in a dry run), kept, or failed. */
export function cleanupResult(reports: PreviewReport[]): string {
  const item = (r: PreviewReport) => ({
    name: r.name,
    pull_request: r.pullRequest ? Number(r.pullRequest) || r.pullRequest : null,
    reason: r.reason,
  });
  return JSON.stringify({
    destroyed: reports.filter((r) => r.decision === 'destroy').map(item),
    kept: reports.filter((r) => r.decision === 'keep').map(item),
    failed: reports.filter((r) => r.decision === 'failed').map(item),
  });
}

/** Runs fn over items with at most `limit` at once, keeping the order of the results. */
async function inPool<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
