// Where this run comes from (repository, run URL), for the provenance tags. @actions/github is
// loaded only here, after the inputs are valid.

import type { RunContext } from '../domain/names.js';

export async function githubContext(): Promise<RunContext> {
  try {
    const { context } = await import('@actions/github');
    const repository = process.env.GITHUB_REPOSITORY
      ? `${context.repo.owner}/${context.repo.repo}`
      : undefined;
    const runUrl =
      repository && context.runId
        ? `${context.serverUrl}/${repository}/actions/runs/${context.runId}`
        : undefined;
    return { repository, runUrl };
  } catch {
    return { repository: undefined, runUrl: undefined };
  }
}
