// Pull request states for the janitor, read with the GitHub REST API (GET /repos/{owner}/{repo}/pulls/{n}).
// Loaded only by mode cleanup; the base URL is GITHUB_API_URL (GitHub Enterprise Server, or a test's
// own loopback server).

import { gitHubApi } from './api.js';

export type PullState = 'open' | 'closed' | 'missing';

export type PullStateReader = (pullNumber: number) => Promise<PullState>;

export function pullStateReader(token: string, apiUrl: string, repository: string): PullStateReader {
  const [owner = '', repo = ''] = repository.split('/');
  const api = gitHubApi(token, apiUrl);
  const path = `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/pulls/`;
  return async (pullNumber) => {
    try {
      const { data } = await api.request<{ state?: string }>('GET', `${path}${pullNumber}`);
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
