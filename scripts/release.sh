#!/usr/bin/env bash
# The release steps for a pushed tag v1.MINOR.PATCH. .github/workflows/release.yml runs this on the
# tag's commit; scripts/release-dry-run.sh runs it in a scratch clone with --dry-run.
#
#   scripts/release.sh [--dry-run] v1.MINOR.PATCH
#
# 1. The tag is v1.MINOR.PATCH, HEAD is its commit, that commit is on origin's main, and package.json's
#    version is MINOR.PATCH's full version (1.MINOR.PATCH).
# 2. dist/ equals a fresh build: $RELEASE_BUILD (default: npm ci, then npm run build), then no change
#    under dist/ may be left.
# 3. The release notes are CHANGELOG.md's section for the version ("## [1.2.3] - date"), which must
#    exist and not be empty.
# 4. The GitHub release is created, or updated when it exists (a re-run), with gh and $GH_TOKEN.
#    With --dry-run the notes are printed instead.
# 5. The major tag v1 is moved to the tag's commit and force-pushed to origin, unless a higher v1.x.y
#    exists (re-running an older release never moves v1 back).
#
# Environment: RELEASE_BUILD (build command, run with bash -c), RELEASE_BRANCH (default main),
# RELEASE_REMOTE (default origin), GH_TOKEN (not needed with --dry-run).
set -euo pipefail

dry_run=false
if [ "${1:-}" = --dry-run ]; then
  dry_run=true
  shift
fi
if [ $# -ne 1 ]; then
  echo "usage: $0 [--dry-run] v1.MINOR.PATCH" >&2
  exit 2
fi
tag="$1"
build="${RELEASE_BUILD:-npm ci --no-audit --no-fund && npm run build}"
branch="${RELEASE_BRANCH:-main}"
remote="${RELEASE_REMOTE:-origin}"
major=v1

fail() {
  echo "::error::release $tag: $*" >&2
  exit 1
}
step() {
  printf '\n--- %s\n' "$*"
}

cd "$(git rev-parse --show-toplevel)"

step "1. check the tag"
[[ "$tag" =~ ^v1\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$ ]] ||
  fail "the tag must be v1.MINOR.PATCH (semver, major 1, no pre-release), got '$tag'"
version="${tag#v}"
commit="$(git rev-parse --verify --quiet "refs/tags/$tag^{commit}")" || fail "no tag $tag in this clone"
[ "$(git rev-parse HEAD)" = "$commit" ] ||
  fail "HEAD ($(git rev-parse --short HEAD)) is not the tag's commit ($(git rev-parse --short "$commit")); check out $tag first"
git fetch --quiet "$remote" "+refs/heads/$branch:refs/remotes/$remote/$branch"
git merge-base --is-ancestor "$commit" "refs/remotes/$remote/$branch" ||
  fail "$tag ($(git rev-parse --short "$commit")) is not on $remote/$branch: release only what was merged"
pkg_version="$(node -p 'require("./package.json").version')"
[ "$pkg_version" = "$version" ] ||
  fail "package.json's version is $pkg_version; set it to $version in the release commit (npm version $version --no-git-tag-version)"
echo "$tag is $(git rev-parse --short "$commit") on $remote/$branch; package.json says $pkg_version."

step "2. dist/ must equal a fresh build ($build)"
bash -c "$build"
changes="$(git status --porcelain -- dist/)"
if [ -n "$changes" ]; then
  echo "$changes" >&2
  git --no-pager diff --stat -- dist/ >&2 || true
  fail "dist/ at $tag does not match a fresh build of src/; run 'npm run build', commit dist/, and tag again"
fi
echo "dist/ equals a fresh build."

step "3. release notes from CHANGELOG.md"
notes_file="$(mktemp)"
trap 'rm -f "$notes_file"' EXIT
# The lines under "## [VERSION]" (or "## VERSION") up to the next "## " heading, without link
# references, and without leading or trailing blank lines.
awk -v v="$version" '
  /^## / {
    if (found) exit
    h = $0; sub(/^## \[?/, "", h); split(h, parts, /[] ]/)
    if (parts[1] == v) { found = 1; next }
  }
  found && /^\[[^]]+\]: / { next }
  found { lines[++n] = $0 }
  END {
    first = 1; while (first <= n && lines[first] ~ /^[[:space:]]*$/) first++
    last = n; while (last >= first && lines[last] ~ /^[[:space:]]*$/) last--
    for (i = first; i <= last; i++) print lines[i]
  }
' CHANGELOG.md >"$notes_file"
[ -s "$notes_file" ] ||
  fail "CHANGELOG.md has no section '## [$version] - YYYY-MM-DD' with entries; move the Unreleased entries into it"
echo "$(wc -l <"$notes_file") lines of notes for $version."

# A higher v1.x.y (a later release) keeps v1 and GitHub's "latest" label.
highest="$(git tag --list 'v1.*.*' | grep -E '^v1\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$' | sort -V | tail -n 1)"
latest=true
[ "$highest" = "$tag" ] || latest=false

step "4. GitHub release $tag"
if $dry_run; then
  echo "dry run: would create (or update) the GitHub release $tag, latest=$latest, with these notes:"
  echo '-----8<-----'
  cat "$notes_file"
  echo '----->8-----'
elif gh release view "$tag" >/dev/null 2>&1; then
  gh release edit "$tag" --title "$tag" --notes-file "$notes_file" --latest="$latest"
  echo "Updated the existing release $tag."
else
  gh release create "$tag" --verify-tag --title "$tag" --notes-file "$notes_file" --latest="$latest"
  echo "Created the release $tag."
fi

step "5. the major tag $major"
before="$(git rev-parse --verify --quiet "refs/tags/$major^{commit}" || echo none)"
if ! $latest; then
  echo "$highest is a later release: $major stays at $before."
  exit 0
fi
git tag --force "$major" "$commit" >/dev/null
git push --force "$remote" "refs/tags/$major:refs/tags/$major"
echo "$major: $before -> $(git rev-parse "refs/tags/$major^{commit}") ($tag)"
