export const id = 879;
export const ids = [879];
export const modules = {

/***/ 8943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aB: () => (/* binding */ gitHubApi)
/* harmony export */ });
/* unused harmony exports GitHubApiError, nextPage */
// The few GitHub REST calls the action makes (pr_comment, mode cleanup), over Node's own fetch.
// @actions/github brought Octokit and, through @actions/http-client, a second copy of undici: 1.2 MB
// of dist/ for four endpoints. Same requests as Octokit sends them (`authorization: token …`, the
// REST API version header, Link-header paging), and a failure carries the HTTP status as Octokit's
// RequestError does, so callers can tell 401/403/404 apart.
/** A non-2xx answer: `status` is the HTTP status, the message GitHub's own. */
class GitHubApiError extends Error {
    status;
    name = 'GitHubApiError';
    constructor(status, message) {
        super(message);
        this.status = status;
    }
}
/**
 * A client for `baseUrl` (GITHUB_API_URL: api.github.com, a GitHub Enterprise Server's, or a test's
 * loopback server). `signal` bounds every request made with it.
 */
function gitHubApi(token, baseUrl, signal) {
    const base = baseUrl.replace(/\/+$/, '');
    return {
        async request(method, pathOrUrl, body) {
            const url = /^https?:\/\//.test(pathOrUrl) ? pathOrUrl : `${base}${pathOrUrl}`;
            let res;
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
            }
            catch (e) {
                // fetch says only "fetch failed"; the reason (refused, DNS, timeout) is its cause.
                const cause = e.cause?.message;
                throw new Error(`${e.message}${typeof cause === 'string' ? ` (${cause})` : ''}`, {
                    cause: e,
                });
            }
            const text = await res.text();
            const data = parseJson(text);
            if (!res.ok) {
                const message = data?.message;
                throw new GitHubApiError(res.status, typeof message === 'string' ? message : `HTTP ${res.status}`);
            }
            return { data: data, next: nextPage(res.headers.get('link')) };
        },
    };
}
function parseJson(text) {
    try {
        return text ? JSON.parse(text) : undefined;
    }
    catch {
        return undefined;
    }
}
/** The rel="next" URL of a Link header, as GitHub pages lists. */
function nextPage(link) {
    for (const part of (link ?? '').split(',')) {
        const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
        if (m)
            return m[1];
    }
    return undefined;
}


/***/ }),

/***/ 8879:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   upsertComment: () => (/* binding */ upsertComment)
/* harmony export */ });
/* harmony import */ var _github_api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8943);
// The GitHub API calls of pr_comment (loaded lazily: only a run that comments pays for them).
// The comment is found by its marker, page by page, so a run updates it instead of adding another.

/** Every call of one comment together gets this long, so a hung API cannot hold the job. */
const TIMEOUT_MS = 30_000;
async function upsertComment(o) {
    const api = (0,_github_api_js__WEBPACK_IMPORTED_MODULE_0__/* .gitHubApi */ .aB)(o.token, o.baseUrl, AbortSignal.timeout(TIMEOUT_MS));
    const repo = `/repos/${encodeURIComponent(o.owner)}/${encodeURIComponent(o.repo)}`;
    let page = `${repo}/issues/${o.issueNumber}/comments?per_page=100`;
    while (page) {
        const { data, next } = await api.request('GET', page);
        const ours = data.find((c) => c.body?.startsWith(o.marker));
        if (ours) {
            const updated = await api.request('PATCH', `${repo}/issues/comments/${ours.id}`, {
                body: o.body,
            });
            return { action: 'updated', url: updated.data.html_url };
        }
        page = next;
    }
    const created = await api.request('POST', `${repo}/issues/${o.issueNumber}/comments`, {
        body: o.body,
    });
    return { action: 'created', url: created.data.html_url };
}


/***/ })

};
