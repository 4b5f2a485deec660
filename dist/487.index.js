export const id = 487;
export const ids = [487];
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

/***/ 4487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pullStateReader: () => (/* binding */ pullStateReader)
/* harmony export */ });
/* harmony import */ var _api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8943);
// Pull request states for the janitor, read with the GitHub REST API (GET /repos/{owner}/{repo}/pulls/{n}).
// Loaded only by mode cleanup; the base URL is GITHUB_API_URL (GitHub Enterprise Server, or a test's
// own loopback server).

function pullStateReader(token, apiUrl, repository) {
    const [owner = '', repo = ''] = repository.split('/');
    const api = (0,_api_js__WEBPACK_IMPORTED_MODULE_0__/* .gitHubApi */ .aB)(token, apiUrl);
    const path = `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/pulls/`;
    return async (pullNumber) => {
        try {
            const { data } = await api.request('GET', `${path}${pullNumber}`);
            return data.state === 'open' ? 'open' : 'closed';
        }
        catch (e) {
            const status = e.status;
            if (status === 404)
                return 'missing';
            const what = `GitHub API GET /repos/${repository}/pulls/${pullNumber}`;
            if (status === 401 || status === 403)
                throw new Error(`${what} was refused (HTTP ${String(status)}): check github_token (it needs pull-requests: read on ${repository}).`);
            throw new Error(`${what} failed: ${e.message}. Re-run later; the preview was kept.`);
        }
    };
}


/***/ })

};
