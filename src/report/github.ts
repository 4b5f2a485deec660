// Where this run comes from (repository, run URL, pull request), for the provenance tags: read from
// the variables and event file the runner sets, as @actions/github's `context` reads them, without
// loading Octokit for it.

import { readFileSync } from 'node:fs';
import type { RunContext } from '../domain/names.js';

export function githubContext(env: Record<string, string | undefined> = process.env): RunContext {
  const repository = /^[^/\s]+\/[^/\s]+$/.test(env.GITHUB_REPOSITORY ?? '')
    ? env.GITHUB_REPOSITORY
    : undefined;
  const server = env.GITHUB_SERVER_URL || 'https://github.com';
  const runUrl =
    repository && env.GITHUB_RUN_ID ? `${server}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
  return { repository, runUrl, pullRequest: pullRequestNumber(env) };
}

/** The pull request of a pull_request / pull_request_target event, from the event payload. */
function pullRequestNumber(env: Record<string, string | undefined>): number | undefined {
  if (!(env.GITHUB_EVENT_NAME ?? '').startsWith('pull_request') || !env.GITHUB_EVENT_PATH) return undefined;
  try {
    const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as {
      pull_request?: { number?: unknown };
      number?: unknown;
    };
    const n = event.pull_request?.number ?? event.number;
    return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : undefined;
  } catch {
    return undefined;
  }
}
