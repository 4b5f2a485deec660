// Where this run comes from (repository, run URL), for the provenance tags: read from the variables
// the runner sets, as @actions/github's `context` reads them, without loading Octokit for it.

import type { RunContext } from '../domain/names.js';

export function githubContext(env: Record<string, string | undefined> = process.env): RunContext {
  const repository = env.GITHUB_REPOSITORY || undefined;
  const runId = Number.parseInt(env.GITHUB_RUN_ID ?? '', 10);
  const server = env.GITHUB_SERVER_URL || 'https://github.com';
  const runUrl = repository && runId ? `${server}/${repository}/actions/runs/${runId}` : undefined;
  return { repository, runUrl };
}
