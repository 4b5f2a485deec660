#!/usr/bin/env bash
# Rehearses the release (scripts/release.sh) without GitHub: a scratch clone of this repository's HEAD
# with a scratch bare "origin", two releases cut there as a maintainer would (version bump, CHANGELOG
# section, tag, push), each followed by the same release steps the workflow runs, with --dry-run (the
# GitHub release is replaced by printing its notes). It fails unless v1 moves to each new release's commit
# on the scratch origin, and unless re-running the older release leaves v1 where it is.
#
#   scripts/release-dry-run.sh [--skip-build]
#
# The build step runs `npm ci && npm run build` in the scratch clone, as the workflow does (needs the npm
# registry, a minute or so). --skip-build replaces it with a no-op (the dist/ comparison still runs), as
# does RELEASE_BUILD='<command>' for any other command. Only local git is used otherwise; nothing is
# pushed anywhere but the scratch origin, which is deleted on exit.
set -euo pipefail

if [ "${1:-}" = --skip-build ]; then
  export RELEASE_BUILD="${RELEASE_BUILD:-true}"
  shift
fi
[ $# -eq 0 ] || {
  echo "usage: $0 [--skip-build]" >&2
  exit 2
}

source_repo="$(git -C "$(dirname "${BASH_SOURCE[0]}")" rev-parse --show-toplevel)"
# The release steps under rehearsal: this working copy's script (edits to it count before they are
# committed); everything else (CHANGELOG.md, package.json, dist/) is the committed HEAD.
release="$source_repo/scripts/release.sh"
scratch="$(mktemp -d "${TMPDIR:-/tmp}/release-dry-run.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT

# A fixed identity, no signing and no hooks: the rehearsal must not depend on the maintainer's git config.
export GIT_AUTHOR_NAME='release dry run' GIT_AUTHOR_EMAIL='dry-run@example.invalid'
export GIT_COMMITTER_NAME="$GIT_AUTHOR_NAME" GIT_COMMITTER_EMAIL="$GIT_AUTHOR_EMAIL"
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
export GIT_CONFIG_COUNT=3
export GIT_CONFIG_KEY_0=commit.gpgSign GIT_CONFIG_VALUE_0=false
export GIT_CONFIG_KEY_1=tag.gpgSign GIT_CONFIG_VALUE_1=false
export GIT_CONFIG_KEY_2=core.hooksPath GIT_CONFIG_VALUE_2=/dev/null

say() {
  printf '\n========== %s ==========\n' "$*"
}

if [ -n "$(git -C "$source_repo" status --porcelain)" ]; then
  echo "note: only scripts/release.sh is taken from the working copy; other uncommitted changes in"
  echo "$source_repo are not part of the rehearsal (it clones HEAD)."
fi

say "scratch origin and clone of $(git -C "$source_repo" rev-parse --short HEAD)"
git init --quiet --bare "$scratch/origin.git"
# CI checks out a shallow clone: let the scratch origin receive from one.
git --git-dir="$scratch/origin.git" config receive.shallowUpdate true
git -C "$source_repo" push --quiet "$scratch/origin.git" "HEAD:refs/heads/main"
git clone --quiet --branch main "$scratch/origin.git" "$scratch/work"
cd "$scratch/work"
echo "origin: $scratch/origin.git"

base="$(node -p 'require("./package.json").version')"
IFS=. read -r major minor _patch <<<"$base"
[ "$major" = 1 ] || {
  echo "package.json's version $base is not 1.x.y" >&2
  exit 1
}
grep -q '^## \[Unreleased\]' CHANGELOG.md || {
  echo "CHANGELOG.md has no '## [Unreleased]' section to cut a release from" >&2
  exit 1
}

# What a maintainer does to cut version $1: bump package.json (and the lock), turn the Unreleased entries
# into the version's section (with one rehearsal entry when there are none), commit, tag, and push main
# and the tag.
cut_release() {
  local version="$1" today entries
  today="$(date -u +%Y-%m-%d)"
  npm version "$version" --no-git-tag-version --allow-same-version >/dev/null
  entries="$(awk '/^## / { inside = /^## \[Unreleased\]/; next } inside && /[^[:space:]]/ { n++ } END { print n + 0 }' CHANGELOG.md)"
  awk -v v="$version" -v d="$today" -v empty="$((entries == 0))" '
    { print }
    /^## \[Unreleased\]/ && !done {
      print ""; print "## [" v "] - " d
      if (empty) { print ""; print "### Changed"; print ""; print "- Release rehearsal " v " (scripts/release-dry-run.sh)." }
      done = 1
    }
  ' CHANGELOG.md >CHANGELOG.md.new
  mv CHANGELOG.md.new CHANGELOG.md
  git commit --quiet --all --message "Release $version"
  git tag "v$version"
  git push --quiet origin main "refs/tags/v$version"
}

origin_v1() {
  git --git-dir="$scratch/origin.git" rev-parse --verify --quiet 'refs/tags/v1^{commit}' || echo none
}

# Cut $1 and release it; v1 must then point at its commit, in the clone and on the scratch origin.
release_and_check_moved() {
  local version="$1" before after want
  say "release v$version"
  cut_release "$version"
  want="$(git rev-parse "v$version^{commit}")"
  before="$(origin_v1)"
  echo "git rev-parse v1 (before): $before"
  "$release" --dry-run "v$version"
  after="$(origin_v1)"
  echo "git rev-parse v1 (after):  $after"
  echo "git rev-parse v$version:     $want"
  if [ "$after" != "$want" ] || [ "$(git rev-parse 'v1^{commit}')" != "$want" ]; then
    echo "FAIL: v1 did not move to v$version's commit" >&2
    exit 1
  fi
  if [ "$before" = "$after" ]; then
    echo "FAIL: v1 was already at v$version's commit: nothing moved" >&2
    exit 1
  fi
  echo "OK: v1 moved to v$version ($before -> $after)."
}

first="1.$((minor + 1)).0"
second="1.$((minor + 2)).0"
release_and_check_moved "$first"
release_and_check_moved "$second"

say "re-run the release of v$first (after v$second): v1 must stay"
git checkout --quiet "v$first"
before="$(origin_v1)"
"$release" --dry-run "v$first"
after="$(origin_v1)"
echo "git rev-parse v1 (before): $before"
echo "git rev-parse v1 (after):  $after"
if [ "$after" != "$before" ]; then
  echo "FAIL: re-running the older release v$first moved v1" >&2
  exit 1
fi
echo "OK: v1 stays at v$second."

say "release dry run passed: v1 followed v$first, then v$second"
