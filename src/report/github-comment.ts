// The GitHub API calls of pr_comment (loaded lazily: only a run that comments pays for them).
// The comment is found by its marker, page by page, so a run updates it instead of adding another.

import { gitHubApi } from '../github/api.js';

export interface UpsertComment {
  token: string;
  /** GITHUB_API_URL: api.github.com, a GitHub Enterprise Server's, or a test's loopback server. */
  baseUrl: string;
  owner: string;
  repo: string;
  issueNumber: number;
  /** The body's first line; a comment starting with it is ours. */
  marker: string;
  body: string;
}

/** Every call of one comment together gets this long, so a hung API cannot hold the job. */
const TIMEOUT_MS = 30_000;

interface IssueComment {
  id: number;
  body?: string | null;
  html_url: string;
}

export async function upsertComment(
  o: UpsertComment,
): Promise<{ action: 'created' | 'updated'; url: string }> {
  const api = gitHubApi(o.token, o.baseUrl, AbortSignal.timeout(TIMEOUT_MS));
  const repo = `/repos/${encodeURIComponent(o.owner)}/${encodeURIComponent(o.repo)}`;
  let page: string | undefined = `${repo}/issues/${o.issueNumber}/comments?per_page=100`;
  while (page) {
    const { data, next }: { data: IssueComment[]; next?: string } = await api.request('GET', page);
    const ours = data.find((c) => c.body?.startsWith(o.marker));
    if (ours) {
      const updated = await api.request<IssueComment>('PATCH', `${repo}/issues/comments/${ours.id}`, {
        body: o.body,
      });
      return { action: 'updated', url: updated.data.html_url };
    }
    page = next;
  }
  const created = await api.request<IssueComment>('POST', `${repo}/issues/${o.issueNumber}/comments`, {
    body: o.body,
  });
  return { action: 'created', url: created.data.html_url };
}
