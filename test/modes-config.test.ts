// The inputs of every mode: each mode reads what it needs, defaults stated once, and an input that
// signals a misunderstanding is refused by name before any AWS call.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as yaml from 'yaml';
import { parseConfig } from '../src/config/index.js';
import { readInputs, type InputName } from '../src/config/inputs.js';
import {
  CREATE_ONLY_TAGS,
  CREATED_BY_TAG,
  creationTags,
  GROUP_TAG,
  ownership,
  PULL_REQUEST_TAG,
} from '../src/domain/ownership.js';
import { desiredTags } from '../src/domain/names.js';
import { parseTags as parseTagsWith } from '../src/config/tags.js';
import { githubContext } from '../src/report/github.js';

const parse = (inputs: Partial<Record<InputName, string>>, env: Record<string, string> = {}) =>
  parseConfig(
    readInputs((n) => inputs[n as InputName] ?? ''),
    env,
    yaml,
  );

const parseTags = (text: string) => parseTagsWith(text, yaml);

const REGION = { aws_region: 'eu-west-1' };
/** What a shared `with:` block of a preview workflow passes to every mode. */
const APPLY_INPUTS = {
  node_type: 'cache.t4g.micro',
  subnet_ids: 'subnet-0a1b2c3d4e5f60001',
  engine: 'valkey',
  engine_version: '8.0',
};

describe('destroy', () => {
  it('needs only name and region; final snapshot on, logs deleted, not a dry run by default', () => {
    const r = parse({ mode: 'destroy', name: 'PR-12', ...REGION });
    expect(r).toEqual({
      ok: true,
      warnings: [],
      config: {
        mode: 'destroy',
        name: 'pr-12',
        region: 'eu-west-1',
        ssmPrefix: '/django-redis-action/pr-12',
        dryRun: false,
        waitTimeoutMinutes: 60,
        finalSnapshot: true,
        keepLogs: false,
      },
    });
  });

  it('reads final_snapshot, keep_logs, dry_run, ssm_prefix and ignores the inputs of apply', () => {
    const r = parse({
      mode: 'destroy',
      name: 'pr-12',
      ...REGION,
      ...APPLY_INPUTS,
      final_snapshot: 'false',
      keep_logs: 'true',
      dry_run: 'true',
      ssm_prefix: '/shop/pr-12/',
      wait_timeout_minutes: '30',
    });
    expect(r.ok && r.config).toMatchObject({
      mode: 'destroy',
      finalSnapshot: false,
      keepLogs: true,
      dryRun: true,
      ssmPrefix: '/shop/pr-12',
      waitTimeoutMinutes: 30,
    });
  });

  it.each([
    ['name', {}, /is required: the replication group id/],
    ['snapshot_name', { snapshot_name: 'x' }, /restores a new group on mode apply/],
    ['final_snapshot', { final_snapshot: 'no' }, /must be a boolean/],
    ['dry_run', { dry_run: 'yes' }, /must be a boolean/],
    ['aws_region', { aws_region: 'Ireland' }, /must be an AWS region code/],
  ])('refuses %s', (input, extra, message) => {
    const r = parse({ mode: 'destroy', ...REGION, ...(input === 'name' ? {} : { name: 'pr-12' }), ...extra });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.find((e) => e.input === input)?.message).toMatch(message);
  });
});

describe('snapshot', () => {
  it('needs only name and region; keep_snapshots prunes only when set', () => {
    expect(parse({ mode: 'snapshot', name: 'shop', ...REGION, ...APPLY_INPUTS })).toMatchObject({
      ok: true,
      config: { mode: 'snapshot', name: 'shop', keepSnapshots: undefined, dryRun: false },
    });
    expect(parse({ mode: 'snapshot', name: 'shop', ...REGION, keep_snapshots: '7' })).toMatchObject({
      ok: true,
      config: { keepSnapshots: 7 },
    });
  });

  it.each([
    ['0', /integer from 1 to 100/],
    ['101', /integer from 1 to 100/],
    ['2e1', /integer from 1 to 100/],
  ])('refuses keep_snapshots %s', (value, message) => {
    const r = parse({ mode: 'snapshot', name: 'shop', ...REGION, keep_snapshots: value });
    expect(!r.ok && r.errors.map((e) => [e.input, e.message])).toEqual([
      ['keep_snapshots', expect.stringMatching(message)],
    ]);
  });
});

describe('cleanup', () => {
  it('needs no name; no age limit and the workflow token by default', () => {
    expect(parse({ mode: 'cleanup', ...REGION })).toEqual({
      ok: true,
      warnings: [],
      config: {
        mode: 'cleanup',
        region: 'eu-west-1',
        dryRun: false,
        waitTimeoutMinutes: 60,
        previewTtlHours: undefined,
        keepLogs: false,
        githubToken: undefined,
      },
    });
    expect(
      parse({ mode: 'cleanup', ...REGION, preview_ttl_hours: '72', github_token: 'ghs_x' }),
    ).toMatchObject({
      config: { previewTtlHours: 72, githubToken: 'ghs_x' },
    });
  });

  it('refuses name: one group is destroyed by mode destroy', () => {
    const r = parse({ mode: 'cleanup', ...REGION, name: 'pr-12' });
    expect(!r.ok && r.errors.map((e) => e.input)).toEqual(['name']);
    expect(!r.ok && r.errors[0]!.message).toMatch(/use mode destroy/);
  });
});

describe('apply and plan', () => {
  it('refuse dry_run: the dry run of apply is mode plan', () => {
    for (const mode of ['apply', 'plan']) {
      const r = parse({ mode, name: 'shop', ...REGION, ...APPLY_INPUTS, dry_run: 'true' });
      expect(!r.ok && r.errors.map((e) => [e.input, e.message])).toEqual([
        ['dry_run', expect.stringMatching(/the dry run of apply is mode: plan/)],
      ]);
    }
  });

  it('read snapshot_name (restore), pr_comment and github_token', () => {
    const r = parse({
      mode: 'apply',
      name: 'shop',
      ...REGION,
      ...APPLY_INPUTS,
      snapshot_name: 'automatic.shop-2026-11-30-03-00',
      pr_comment: 'true',
      github_token: 'ghs_x',
    });
    expect(r.ok && r.config).toMatchObject({
      snapshotName: 'automatic.shop-2026-11-30-03-00',
      prComment: true,
      githubToken: 'ghs_x',
    });
    const bad = parse({ mode: 'apply', name: 'shop', ...REGION, ...APPLY_INPUTS, snapshot_name: 'a b' });
    expect(!bad.ok && bad.errors.map((e) => e.input)).toEqual(['snapshot_name']);
  });

  it('still require name, node_type and subnet_ids', () => {
    const r = parse({ mode: 'apply', ...REGION });
    expect(!r.ok && r.errors.map((e) => e.input).sort()).toEqual(['name', 'node_type', 'subnet_ids']);
  });
});

it('lists every mode when mode is unknown', () => {
  const r = parse({ mode: 'deploy', ...REGION });
  expect(!r.ok && r.errors).toEqual([
    { input: 'mode', value: 'deploy', message: 'must be one of: apply, plan, destroy, snapshot, cleanup' },
  ]);
});

describe('ownership', () => {
  const mine = { [CREATED_BY_TAG]: 'acme/shop', GitHubRepository: 'acme/shop' };
  it('is ours only when created from this repository and still managed from it', () => {
    expect(ownership(mine, 'acme/shop', 'group x')).toEqual({ ours: true });
    expect(ownership({ GitHubRepository: 'acme/shop' }, 'acme/shop', 'group x')).toEqual({
      ours: false,
      why: expect.stringMatching(/group x has no django-redis-action:created-by tag/),
    });
    expect(ownership(mine, 'acme/other', 'group x')).toEqual({
      ours: false,
      why: expect.stringMatching(/created from acme\/shop .* not from acme\/other/),
    });
    expect(ownership({ ...mine, GitHubRepository: 'acme/other' }, 'acme/shop', 'group x')).toEqual({
      ours: false,
      why: expect.stringMatching(/GitHubRepository=acme\/other, not acme\/shop/),
    });
    expect(ownership(mine, undefined, 'group x').ours).toBe(false);
  });

  it('create-only tags name the repository and the group, and only when the repository is known', () => {
    expect(creationTags('acme/shop', 'pr-12')).toEqual({
      [CREATED_BY_TAG]: 'acme/shop',
      [GROUP_TAG]: 'pr-12',
    });
    expect(creationTags(undefined, 'pr-12')).toEqual({});
    expect(creationTags('acme/shop', 'pr-12', 12)).toEqual({
      [CREATED_BY_TAG]: 'acme/shop',
      [GROUP_TAG]: 'pr-12',
      [PULL_REQUEST_TAG]: '12',
    });
    expect(creationTags(undefined, 'pr-12', 12)).toEqual({});
    expect(CREATE_ONLY_TAGS.has(PULL_REQUEST_TAG)).toBe(true);
  });

  it('the tags input cannot set the reserved keys', () => {
    expect(parseTags(`${CREATED_BY_TAG}: acme/shop`)).toEqual({
      ok: false,
      message: expect.stringMatching(/is reserved: keys starting with django-redis-action:/),
    });
  });
});

describe('the run context', () => {
  it('reads the pull request of a pull_request event; only a create writes it as a tag', () => {
    const dir = mkdtempSync(join(tmpdir(), 'event-'));
    const path = join(dir, 'event.json');
    writeFileSync(path, JSON.stringify({ action: 'opened', number: 12, pull_request: { number: 12 } }));
    const run = githubContext({
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_RUN_ID: '7',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: path,
    });
    expect(run).toEqual({
      repository: 'acme/shop',
      runUrl: 'https://github.com/acme/shop/actions/runs/7',
      pullRequest: 12,
    });
    // Not a converged tag: an apply from a pull request must not mark an existing group as a preview.
    const tags = desiredTags({ environment: undefined, tags: {} }, run);
    expect(tags[PULL_REQUEST_TAG]).toBeUndefined();
    expect(
      githubContext({ GITHUB_REPOSITORY: 'acme/shop', GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: path })
        .pullRequest,
    ).toBeUndefined();
    expect(
      githubContext({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: join(dir, 'missing.json') }),
    ).toEqual({
      repository: undefined,
      runUrl: undefined,
      pullRequest: undefined,
    });
  });
});
