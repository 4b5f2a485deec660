// pr_comment: one comment on the pull request with the endpoints, the SSM parameter names and the
// plan, rendered from the job summary's data (so never a secret: URLs carry an AUTH_TOKEN
// placeholder), and updated in place on later runs: it is found by a hidden marker. The GitHub
// client loads only when a comment is posted. Any failure is a warning: the deploy stands.

import type { ApplyConfig } from '../config/types.js';
import { errorMessage } from '../errors.js';
import { githubContext } from './github.js';
import type { ActionIO } from './io.js';
import { renderSummary, type SummaryData } from './summary.js';

/** Events whose payload is a pull request the comment can go to. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
/** GitHub refuses comment bodies over 65536 characters. */
export const MAX_COMMENT_CHARS = 65_000;

/** The hidden first line that marks this action's comment for one group. */
export function commentMarker(name: string): string {
  return `<!-- django-redis-action:${name} -->`;
}

/** Pure: the comment's body: the marker, the summary without timings, and where it came from. */
export function commentBody(data: SummaryData, runUrl: string | undefined, at: number): string {
  const summary = renderSummary({ ...data, phases: [] });
  const from = runUrl ? `[workflow run](${runUrl})` : 'a workflow run';
  const footer = `\n<sub>Posted by django-redis-action from ${from}, updated ${new Date(at).toISOString()}.</sub>\n`;
  const room = MAX_COMMENT_CHARS - commentMarker(data.name).length - footer.length - 40;
  const text = summary.length > room ? `${summary.slice(0, room)}\n\n…(cut to fit a comment)\n` : summary;
  return `${commentMarker(data.name)}\n${text}${footer}`;
}

export async function commentOnPullRequest(
  io: ActionIO,
  cfg: ApplyConfig,
  data: SummaryData,
  env: Record<string, string | undefined>,
  now: number,
): Promise<void> {
  if (!cfg.prComment) return;
  const event = env.GITHUB_EVENT_NAME ?? '';
  const run = githubContext(env);
  if (!PULL_REQUEST_EVENTS.has(event) || run.pullRequest === undefined || !run.repository) {
    io.notice(
      `pr_comment is ignored: this run is for a ${event || 'non-GitHub'} event, not a pull_request or pull_request_target event with a pull request number.`,
    );
    return;
  }
  const token = cfg.githubToken || env.GITHUB_TOKEN;
  if (!token) {
    io.warning(
      'pr_comment: no token to call the GitHub API; pass github_token (it defaults to github.token). The deploy itself is not affected.',
    );
    return;
  }
  io.setSecret(token);
  const [owner, repo] = run.repository.split('/') as [string, string];
  try {
    const { upsertComment } = await import('./github-comment.js');
    const result = await upsertComment({
      token,
      baseUrl: env.GITHUB_API_URL || 'https://api.github.com',
      owner,
      repo,
      issueNumber: run.pullRequest,
      marker: commentMarker(cfg.name),
      body: commentBody(data, run.runUrl, now),
    });
    io.info(`pr_comment: ${result.action} comment ${result.url} on pull request #${run.pullRequest}.`);
  } catch (e) {
    io.warning(`pr_comment: could not comment on pull request #${run.pullRequest}: ${commentFailure(e)}`);
  }
}

/** What went wrong, and what to do about it, without the request (which carries the token). */
function commentFailure(e: unknown): string {
  const status = (e as { status?: unknown }).status;
  const what = typeof status === 'number' ? `GitHub answered ${status}: ${errorMessage(e)}` : errorMessage(e);
  const hint =
    status === 403 || status === 401 || status === 404
      ? ' Give the job `permissions: pull-requests: write` (a pull request from a fork gets a read-only token), or pass a github_token that may comment.'
      : '';
  return `${what}.${hint} The deploy itself is not affected.`;
}
