// The few GitHub REST calls the action makes (pr_comment, mode cleanup), over Node's own fetch.
// @actions/github brought Octokit and, through @actions/http-client, a second copy of undici: 1.2 MB
// of dist/ for four endpoints. Same requests as Octokit sends them (`authorization: token …`, the
// REST API version header, Link-header paging), and a failure carries the HTTP status as Octokit's
// RequestError does, so callers can tell 401/403/404 apart.

/** A non-2xx answer: `status` is the HTTP status, the message GitHub's own. */
export class GitHubApiError extends Error {
  override name = 'GitHubApiError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface GitHubApi {
  /** One request; `next` is the URL of the next page when GitHub's Link header names one. */
  request<T>(method: string, pathOrUrl: string, body?: unknown): Promise<{ data: T; next?: string }>;
}

/**
 * A client for `baseUrl` (GITHUB_API_URL: api.github.com, a GitHub Enterprise Server's, or a test's
 * loopback server). `signal` bounds every request made with it.
 */
export function gitHubApi(token: string, baseUrl: string, signal?: AbortSignal): GitHubApi {
  const base = baseUrl.replace(/\/+$/, '');
  return {
    async request<T>(method: string, pathOrUrl: string, body?: unknown) {
      const url = /^https?:\/\//.test(pathOrUrl) ? pathOrUrl : `${base}${pathOrUrl}`;
      let res: Response;
      try {
        res = await fetch(url, {
          method,
          headers: {
            accept: 'application/vnd.github+json',
            authorization: `token ${token}`,
            'user-agent': 'django-redis-action',
            'x-github-api-version': '2022-11-28',
            ...(body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
          signal,
        });
      } catch (e) {
        // fetch says only "fetch failed"; the reason (refused, DNS, timeout) is its cause.
        const cause = (e as { cause?: { message?: unknown } }).cause?.message;
        throw new Error(`${(e as Error).message}${typeof cause === 'string' ? ` (${cause})` : ''}`, {
          cause: e,
        });
      }
      const text = await res.text();
      const data = parseJson(text);
      if (!res.ok) {
        const message = (data as { message?: unknown } | undefined)?.message;
        throw new GitHubApiError(res.status, typeof message === 'string' ? message : `HTTP ${res.status}`);
      }
      return { data: data as T, next: nextPage(res.headers.get('link')) };
    },
  };
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

/** The rel="next" URL of a Link header, as GitHub pages lists. */
export function nextPage(link: string | null): string | undefined {
  for (const part of (link ?? '').split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (m) return m[1];
  }
  return undefined;
}
