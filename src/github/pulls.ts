// Pull request states for the janitor, read with the GitHub REST API (GET /repos/{owner}/{repo}/pulls/{n}).
// The client is @actions/github's Octokit, loaded only by mode cleanup; its base URL is GITHUB_API_URL
// (GitHub Enterprise Server, or a test's own loopback server).

import { getOctokit } from '@actions/github';

export type PullState = 'open' | 'closed' | 'missing';

export type PullStateReader = (pullNumber: number) => Promise<PullState>;

export function pullStateReader(token: string, apiUrl: string, repository: string): PullStateReader {
  const [owner = '', repo = ''] = repository.split('/');
  const octokit = getOctokit(token, { baseUrl: apiUrl });
  return async (pullNumber) => {
    try {
      const { data } = await octokit.rest.pulls.get({ owner, repo, pull_number: pullNumber });
      return data.state === 'open' ? 'open' : 'closed';
    } catch (e) {
      const status = (e as { status?: unknown }).status;
      if (status === 404) return 'missing';
      const what = `GitHub API GET /repos/${repository}/pulls/${pullNumber}`;
      if (status === 401 || status === 403)
        throw new Error(
          `${what} was refused (HTTP ${String(status)}): check github_token (it needs pull-requests: read on ${repository}).`,
        );
      throw new Error(`${what} failed: ${(e as Error).message}. Re-run later; the preview was kept.`);
    }
  };
}
