// verify_connection: after apply has published, connect through the published URLs as Django and
// Celery would and report each step's latency. Loaded by a dynamic import only when the input is
// on, so a run without it never loads this module or the Redis client (a chunk of its own in dist/).
//
// Outcome: the `connection_check` output (passed | failed | skipped). A failure fails the step with a
// ConnectionCheckError naming the likely cause, but `status` keeps what apply reached: the resources
// exist and the URLs are published whatever the check finds.

import { randomBytes } from 'node:crypto';
import type { ApplyConfig } from '../config/types.js';
import type { ConnectionUrls } from '../domain/urls.js';
import { errorMessage } from '../errors.js';
import type { ActionIO } from '../report/io.js';
import type { RunStatus } from '../report/status.js';
import { checkUrl } from './connect.js';
import { failureMessage, logLines, renderCheck } from './report.js';
import type { CheckResult, UrlCheck, VerifyDeps } from './types.js';
import { describeTarget, parseRedisUrl } from './url.js';

/** The bound on the whole check (both URLs): seconds, not the run's wait_timeout_minutes. */
export const VERIFY_TIMEOUT_MS = 10_000;

export type { VerifyDeps };

/** Names the scratch key: `django-redis-action:verify:<16 hex>`, unique per run. */
export function scratchKey(): string {
  return `django-redis-action:verify:${randomBytes(8).toString('hex')}`;
}

/** Run the check against the published URLs and report it (log, summary, outputs, step failure). */
export async function verifyPublished(
  io: ActionIO,
  cfg: ApplyConfig,
  urls: ConnectionUrls | undefined,
  status: RunStatus,
  deps: VerifyDeps = {},
): Promise<CheckResult | undefined> {
  if (!urls) {
    io.warning(
      `verify_connection: skipped — ${cfg.name} has no endpoint yet (status ${status}), so no URL was published ` +
        'to connect through. The next run that finds the group available checks it.',
    );
    io.setOutput('connection_check', 'skipped');
    return undefined;
  }
  const timeoutMs = deps.timeoutMs ?? VERIFY_TIMEOUT_MS;
  let result: CheckResult;
  try {
    result = await runChecks(urls, timeoutMs, deps);
  } catch (e) {
    // Not a connection failure: the check itself could not run (e.g. the client library did not load).
    io.setOutput('connection_check', 'failed');
    io.setFailed(
      `ConnectionCheckError: the connection check of ${cfg.name} could not run: ${errorMessage(e)}. The apply ` +
        `itself succeeded (status ${status}): the replication group exists and its URLs are published.`,
    );
    return undefined;
  }

  io.startGroup(`Connection check of ${cfg.name}: ${result.ok ? 'passed' : 'FAILED'}`);
  for (const line of logLines(result)) io.info(line);
  io.endGroup();
  try {
    await io.appendSummary(renderCheck(result));
  } catch (e) {
    io.warning(`Could not write the connection check to the job summary: ${errorMessage(e)}`);
  }
  io.setOutput('connection_check', result.ok ? 'passed' : 'failed');
  if (!result.ok) io.setFailed(failureMessage(result, status));
  else io.info(`Connection check passed: ${cfg.name} answers through redis_url and celery_broker_url.`);
  return result;
}

async function runChecks(urls: ConnectionUrls, timeoutMs: number, deps: VerifyDeps): Promise<CheckResult> {
  const deadline = Date.now() + timeoutMs;
  const key = scratchKey();
  const dial = deps.connectUrl ?? ((u: string) => u);
  const plan = [
    { output: 'redis_url', url: urls.redisUrl, scratchKey: key },
    { output: 'celery_broker_url', url: urls.celeryBrokerUrl, scratchKey: undefined },
  ] as const;
  const checks: UrlCheck[] = [];
  for (const p of plan) {
    const url = dial(p.url);
    if (checks.some((c) => c.failure)) {
      // After a failure the rest would fail the same way, or eat the time bound: not run.
      const t = parseRedisUrl(url);
      checks.push({
        output: p.output,
        target: describeTarget(t),
        db: t.db,
        tls: t.tls,
        steps: [],
        skipped: true,
      });
      continue;
    }
    checks.push(
      await checkUrl({
        output: p.output,
        url,
        scratchKey: p.scratchKey,
        deadline,
        ca: deps.ca,
        load: deps.loadClient,
      }),
    );
  }
  return { ok: checks.every((c) => !c.failure && !c.skipped), checks, timeoutMs, scratchKey: key };
}
