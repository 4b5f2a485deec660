export const id = 879;

export const ids = [ 879 ];

export const modules = {
  /***/ 8879: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    /* harmony export */ __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ upsertComment: () => /* binding */ upsertComment
      /* harmony export */    });
    /* harmony import */    var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1351);
    /* harmony import */    var _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8665);
    // The GitHub API calls of pr_comment (loaded lazily: only a run that comments pays for the client).
    // The comment is found by its marker, page by page, so a run updates it instead of adding another.
    /** Every call of one comment together gets this long, so a hung API cannot hold the job. */    const TIMEOUT_MS = 3e4;
    async function upsertComment(o) {
      const octokit = (0, _actions_github__WEBPACK_IMPORTED_MODULE_0__ /* .getOctokit */ .Q)(o.token, {
        baseUrl: o.baseUrl,
        request: {
          ..._actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__ /* .defaults */ .NT.request,
          signal: AbortSignal.timeout(TIMEOUT_MS)
        }
      });
      const where = {
        owner: o.owner,
        repo: o.repo
      };
      const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
        ...where,
        issue_number: o.issueNumber,
        per_page: 100
      });
      for await (const page of pages) {
        const ours = page.data.find(c => c.body?.startsWith(o.marker));
        if (ours) {
          const updated = await octokit.rest.issues.updateComment({
            ...where,
            comment_id: ours.id,
            body: o.body
          });
          return {
            action: "updated",
            url: updated.data.html_url
          };
        }
      }
      const created = await octokit.rest.issues.createComment({
        ...where,
        issue_number: o.issueNumber,
        body: o.body
      });
      return {
        action: "created",
        url: created.data.html_url
      };
    }
    /***/  }
};