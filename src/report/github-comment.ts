// The GitHub API calls of pr_comment (loaded lazily: only a run that comments pays for the client).
// The comment is found by its marker, page by page, so a run updates it instead of adding another.

import { getOctokit } from '@actions/github';
import { defaults } from '@actions/github/lib/utils';

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

export async function upsertComment(
  o: UpsertComment,
): Promise<{ action: 'created' | 'updated'; url: string }> {
  const octokit = getOctokit(o.token, {
    baseUrl: o.baseUrl,
    request: { ...defaults.request, signal: AbortSignal.timeout(TIMEOUT_MS) },
  });
  const where = { owner: o.owner, repo: o.repo };
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    ...where,
    issue_number: o.issueNumber,
    per_page: 100,
  });
  for await (const page of pages) {
    const ours = page.data.find((c) => c.body?.startsWith(o.marker));
    if (ours) {
      const updated = await octokit.rest.issues.updateComment({
        ...where,
        comment_id: ours.id,
        body: o.body,
      });
      return { action: 'updated', url: updated.data.html_url };
    }
  }
  const created = await octokit.rest.issues.createComment({
    ...where,
    issue_number: o.issueNumber,
    body: o.body,
  });
  return { action: 'created', url: created.data.html_url };
}
