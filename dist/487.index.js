export const id = 487;

export const ids = [ 487 ];

export const modules = {
  /***/ 4487: 
  /***/ (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
    __webpack_require__.r(__webpack_exports__);
    /* harmony export */    __webpack_require__.d(__webpack_exports__, {
      /* harmony export */ pullStateReader: () => /* binding */ pullStateReader
      /* harmony export */    });
    /* harmony import */    var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1351);
    // Pull request states for the janitor, read with the GitHub REST API (GET /repos/{owner}/{repo}/pulls/{n}).
    // The client is @actions/github's Octokit, loaded only by mode cleanup; its base URL is GITHUB_API_URL
    // (GitHub Enterprise Server, or a test's own loopback server).
        function pullStateReader(token, apiUrl, repository) {
      const [owner = "", repo = ""] = repository.split("/");
      const octokit = (0, _actions_github__WEBPACK_IMPORTED_MODULE_0__ /* .getOctokit */ .Q)(token, {
        baseUrl: apiUrl
      });
      return async pullNumber => {
        try {
          const {data: data} = await octokit.rest.pulls.get({
            owner: owner,
            repo: repo,
            pull_number: pullNumber
          });
          return data.state === "open" ? "open" : "closed";
        } catch (e) {
          const status = e.status;
          if (status === 404) return "missing";
          const what = `GitHub API GET /repos/${repository}/pulls/${pullNumber}`;
          if (status === 401 || status === 403) throw new Error(`${what} was refused (HTTP ${String(status)}): check github_token (it needs pull-requests: read on ${repository}).`);
          throw new Error(`${what} failed: ${e.message}. Re-run later; the preview was kept.`);
        }
      };
    }
    /***/  }
};