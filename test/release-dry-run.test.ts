// Runs scripts/release-dry-run.sh: two releases in a scratch clone with a scratch bare origin, the v1
// tag following each, and re-running the older one leaving v1 alone. Local git only (no network: the
// build step is replaced, and gh is never called in a dry run); its scratch directory is checked gone.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const script = join(root, 'scripts/release-dry-run.sh');
let tmp: string | undefined;

afterEach(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  tmp = undefined;
});

function dryRun(build: string) {
  tmp = mkdtempSync(join(tmpdir(), 'release-dry-run-test-'));
  const scratch = join(tmp, 'scratch');
  const home = join(tmp, 'home');
  mkdirSync(scratch);
  mkdirSync(home);
  const result = spawnSync('bash', [script], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
    // No GH_TOKEN and no registry: a dry run needs neither (npm only bumps package.json, offline).
    // TMPDIR receives the scratch clone and origin, which the script must delete on exit.
    env: { PATH: process.env.PATH, HOME: home, TMPDIR: scratch, RELEASE_BUILD: build, LC_ALL: 'C' },
  });
  return { ...result, output: `${result.stdout}${result.stderr}`, left: readdirSync(scratch) };
}

/** "git rev-parse v1 (before|after): X" lines, in order. */
const v1Lines = (out: string) => [...out.matchAll(/^git rev-parse v1 \((before|after)\): +(\S+)$/gm)];

describe('scripts/release-dry-run.sh', () => {
  it('moves v1 to each new release, never back to an older one, and prints the notes it would post', () => {
    const r = dryRun('true');
    expect(r.status, r.output).toBe(0);
    expect(r.left).toEqual([]);

    const [first, second] = [...r.output.matchAll(/^========== release (v1\.\d+\.\d+) =+$/gm)].map(
      (m) => m[1],
    );
    expect(first).toMatch(/^v1\.\d+\.0$/);
    expect(second).toMatch(/^v1\.\d+\.0$/);

    const sha = (tag: string) =>
      new RegExp(`^git rev-parse ${tag.replace(/\./g, '\\.')}: +([0-9a-f]{40})$`, 'm');
    const firstSha = sha(first!).exec(r.output)?.[1];
    const secondSha = sha(second!).exec(r.output)?.[1];
    expect(firstSha).toBeDefined();
    expect(secondSha).toBeDefined();
    expect(firstSha).not.toBe(secondSha);

    // before/after for the first release, the second, then the re-run of the first.
    expect(v1Lines(r.output).map((m) => [m[1], m[2]])).toEqual([
      ['before', 'none'],
      ['after', firstSha],
      ['before', firstSha],
      ['after', secondSha],
      ['before', secondSha],
      ['after', secondSha],
    ]);

    // The notes it would post are CHANGELOG.md's section for the version, not the whole file.
    expect(r.output).toContain(`would create (or update) the GitHub release ${first}, latest=true`);
    expect(r.output).toContain(`would create (or update) the GitHub release ${first}, latest=false`);
    const notes = /-----8<-----\n([\s\S]*?)\n----->8-----/.exec(r.output)?.[1] ?? '';
    expect(notes).toMatch(/^### /);
    expect(notes).not.toMatch(/^## /m);
    expect(r.output).toMatch(/release dry run passed/);
  }, 60_000);

  it('refuses the release, and leaves v1 alone, when dist/ differs from the fresh build', () => {
    const r = dryRun('echo "// stale" >> dist/index.js');
    expect(r.status).not.toBe(0);
    expect(r.left).toEqual([]);
    expect(r.output).toMatch(
      /::error::release v1\.\d+\.0: dist\/ at v1\.\d+\.0 does not match a fresh build/,
    );
    expect(r.output).not.toMatch(/would create/);
    expect(v1Lines(r.output).map((m) => m[1])).toEqual(['before']);
  }, 60_000);
});
