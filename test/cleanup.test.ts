// Mode cleanup (the preview janitor), end to end: previews created by the real apply for pull
// requests, a loopback GitHub API of the test's own answering pulls.get, and the fake cloud.

import { createServer, type Server } from 'node:http';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ServiceUnavailableException } from '@aws-sdk/client-cloudwatch-logs';
import type { FakeCloud } from './fake/index.js';
import { runAction } from './support/harness.js';
import { applyInputs, createWithApply, inventory, seedUnrelated } from './support/lifecycle.js';
import { createWorld } from './support/world.js';

/** Pull request number → what the GitHub API answers ('missing' = 404, 'error' = 500). */
let pulls: Record<number, 'open' | 'closed' | 'missing' | 'error'> = {};
const requests: string[] = [];
const auth: string[] = [];
let server: Server;
let apiUrl = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    auth.push(String(req.headers.authorization));
    const m = /^\/repos\/acme\/shop\/pulls\/(\d+)$/.exec(req.url ?? '');
    const state = m ? pulls[Number(m[1])] : undefined;
    if (!state || state === 'missing') {
      res
        .writeHead(404, { 'content-type': 'application/json' })
        .end(JSON.stringify({ message: 'Not Found' }));
    } else if (state === 'error') {
      res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'boom' }));
    } else {
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ number: Number(m![1]), state }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const a = server.address();
  apiUrl = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

let cloud: FakeCloud;
beforeEach(() => {
  cloud = createWorld();
  pulls = {};
  requests.length = 0;
  auth.length = 0;
});
afterEach(() => cloud.restore());

const cleanup = (inputs: Record<string, string> = {}, env: Record<string, string> = {}) =>
  runAction(
    { mode: 'cleanup', aws_region: 'eu-west-1', github_token: 'ghs_test', ...inputs },
    { clock: cloud.clock, env: { GITHUB_API_URL: apiUrl, ...env } },
  );

/** A preview as a pull request workflow creates it (no AUTH, to keep it small). */
const preview = (n: number) =>
  createWithApply(cloud, `shop-pr-${n}`, {
    pullRequest: n,
    inputs: {
      num_cache_clusters: '1',
      automatic_failover_enabled: 'false',
      multi_az_enabled: 'false',
      auth_token_enabled: 'false',
      transit_encryption_enabled: 'false',
    },
  });

const result = (outputs: Record<string, string>) =>
  JSON.parse(outputs.cleanup_result!) as Record<
    'destroyed' | 'kept' | 'failed',
    Array<{ name: string; pull_request: number; reason: string }>
  >;

describe('the preview janitor', () => {
  it('destroys previews of closed or missing pull requests, keeps open ones and everything else', async () => {
    seedUnrelated(cloud);
    const base = inventory(cloud);
    await createWithApply(cloud, 'shop-staging'); // this repository's, but not a preview
    const withStaging = inventory(cloud);
    await preview(1);
    await preview(2);
    await preview(3);
    pulls = { 1: 'open', 2: 'closed' }; // 3: missing
    const beforeRun = inventory(cloud);

    const r = await cleanup();

    expect(r.errors, r.stdout).toEqual([]);
    expect(r.failed).toBe(false);
    expect(r.outputs.status).toBe('cleaned');
    const res = result(r.outputs);
    expect(res.destroyed.map((p) => [p.name, p.pull_request, p.reason])).toEqual([
      ['shop-pr-2', 2, 'pull request #2 is closed'],
      ['shop-pr-3', 3, 'pull request #3 does not exist'],
    ]);
    expect(res.kept.map((p) => [p.name, p.reason])).toEqual([['shop-pr-1', 'pull request #1 is open']]);
    expect(res.failed).toEqual([]);
    // Everything of previews 2 and 3 is gone (no final snapshot); preview 1, staging and the rest stay.
    const left = inventory(cloud);
    expect(left.filter((k) => k.includes('shop-pr-2') || k.includes('shop-pr-3'))).toEqual([]);
    expect(left).toEqual(beforeRun.filter((k) => !k.includes('shop-pr-2') && !k.includes('shop-pr-3')));
    expect(withStaging.filter((k) => !base.includes(k)).every((k) => left.includes(k))).toBe(true);
    expect(
      cloud.calls.some((c) => c.command === 'DeleteReplicationGroup' && c.input.FinalSnapshotIdentifier),
    ).toBe(false);
    expect(requests.sort()).toEqual([
      'GET /repos/acme/shop/pulls/1',
      'GET /repos/acme/shop/pulls/2',
      'GET /repos/acme/shop/pulls/3',
    ]);
    expect(auth.every((a) => a === 'token ghs_test')).toBe(true);
    expect(r.summary).toMatch(/\| shop-pr-1 \| #1 \| keep \| pull request #1 is open \|/);
    expect(r.summary).toMatch(/\| shop-pr-2 \| #2 \| destroy \| pull request #2 is closed \|/);
  });

  it('an apply from a pull request on an existing group does not make that group a preview', async () => {
    await createWithApply(cloud, 'shop-staging'); // created from main: not a preview
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const event = join(mkdtempSync(join(tmpdir(), 'event-')), 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { number: 9 } }));
    cloud.resetCalls();
    // A pull request's workflow applies to the shared staging group (e.g. to test a migration).
    const r = await runAction(applyInputs('shop-staging'), {
      clock: cloud.clock,
      env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event },
    });
    expect(r.errors, r.stdout).toEqual([]);
    // The pull-request tag is written by create calls only: nothing to add to an existing group.
    expect(cloud.mutatingCalls().filter((c) => JSON.stringify(c.input).includes('pull-request'))).toEqual([]);
    pulls = { 9: 'closed' };
    const c = await cleanup();
    expect(c.errors, c.stdout).toEqual([]);
    expect(result(c.outputs).destroyed).toEqual([]);
    expect(cloud.state.replicationGroups.has('shop-staging')).toBe(true);
  });

  it('a preview carries its pull request on every resource it created, so the janitor finds all of them', async () => {
    await preview(4);
    const creates = cloud.mutatingCalls().filter((c) => c.command.startsWith('Create') && !c.error);
    expect(creates.map((c) => c.command).sort()).toEqual([
      'CreateCacheParameterGroup',
      'CreateCacheSubnetGroup',
      'CreateLogGroup',
      'CreateLogGroup',
      'CreateReplicationGroup',
      'CreateSecurityGroup',
    ]);
    for (const c of creates)
      expect(JSON.stringify(c.input), c.command).toContain('"django-redis-action:pull-request"');
    // SSM parameters carry it too (PutParameter creates them).
    const puts = cloud.mutatingCalls().filter((c) => c.command === 'PutParameter' && !c.error);
    expect(puts.length).toBeGreaterThan(0);
    for (const c of puts) expect(JSON.stringify(c.input), String(c.input.Name)).toContain('pull-request');
  });

  it('destroys previews older than preview_ttl_hours even while their pull request is open', async () => {
    await preview(1);
    cloud.clock.advance(49 * 3_600_000);
    await preview(2);
    pulls = { 1: 'open', 2: 'open' };
    const r = await cleanup({ preview_ttl_hours: '48' });
    expect(r.errors, r.stdout).toEqual([]);
    const res = result(r.outputs);
    expect(res.destroyed.map((p) => p.name)).toEqual(['shop-pr-1']);
    expect(res.destroyed[0]!.reason).toMatch(/49 h ago: older than preview_ttl_hours \(48\)/);
    expect(res.kept.map((p) => p.name)).toEqual(['shop-pr-2']);
    // The expired preview needed no GitHub call.
    expect(requests).toEqual(['GET /repos/acme/shop/pulls/2']);
  });

  it('one failing preview does not stop the others; the run fails at the end, naming it', async () => {
    await preview(1);
    await preview(2);
    await preview(3);
    pulls = { 1: 'error', 2: 'closed', 3: 'closed' };
    const r = await cleanup();
    expect(r.failed).toBe(true);
    expect(r.outputs.status).toBe('failed');
    const res = result(r.outputs);
    expect(res.failed.map((p) => p.name)).toEqual(['shop-pr-1']);
    expect(res.failed[0]!.reason).toMatch(/GitHub API GET \/repos\/acme\/shop\/pulls\/1 failed/);
    expect(res.destroyed.map((p) => p.name)).toEqual(['shop-pr-2', 'shop-pr-3']);
    expect(r.errors.at(-1)).toMatch(/1 of 3 previews could not be cleaned up: shop-pr-1/);
    expect(cloud.replicationGroup('shop-pr-1')).toBeDefined();
    expect(cloud.replicationGroup('shop-pr-2')).toBeUndefined();
  });

  it('an AWS failure on one preview is that preview’s only; a re-run finishes it', async () => {
    await preview(1);
    await preview(2);
    pulls = { 1: 'closed', 2: 'closed' };
    cloud.failNext('DeleteLogGroup', new ServiceUnavailableException({ message: 'boom', $metadata: {} }));
    const r = await cleanup();
    expect(r.outputs.status).toBe('failed');
    expect(result(r.outputs).failed).toHaveLength(1);
    expect(result(r.outputs).destroyed).toHaveLength(1);
    const again = await cleanup();
    expect(again.errors, again.stdout).toEqual([]);
    expect(again.outputs.status).toBe('cleaned');
    expect(inventory(cloud).filter((k) => k.includes('shop-pr-'))).toEqual([]);
  });

  it('dry_run: says what it would destroy, writes nothing, status planned', async () => {
    await preview(1);
    pulls = { 1: 'closed' };
    cloud.resetCalls();
    const r = await cleanup({ dry_run: 'true' });
    expect(r.errors).toEqual([]);
    expect(r.outputs.status).toBe('planned');
    expect(cloud.mutatingCalls()).toEqual([]);
    expect(result(r.outputs).destroyed.map((p) => p.name)).toEqual(['shop-pr-1']);
    expect(r.stdout).toMatch(/\[shop-pr-1\] would delete replication group shop-pr-1/);
    expect(r.summary).toContain('Plan (dry run: nothing was deleted)');
  });

  it('keep_logs leaves the previews’ log groups', async () => {
    await preview(1);
    pulls = { 1: 'closed' };
    const r = await cleanup({ keep_logs: 'true' });
    expect(r.outputs.status).toBe('cleaned');
    expect(cloud.state.logGroups.has('/aws/elasticache/shop-pr-1/slow-log')).toBe(true);
    expect(cloud.replicationGroup('shop-pr-1')).toBeUndefined();
  });

  it('no previews: nothing to do, no GitHub call, no token needed', async () => {
    seedUnrelated(cloud);
    const r = await cleanup({ github_token: '' });
    expect(r.errors).toEqual([]);
    expect(r.outputs.status).toBe('cleaned');
    expect(result(r.outputs)).toEqual({ destroyed: [], kept: [], failed: [] });
    expect(requests).toEqual([]);
    expect(r.summary).toContain('No preview groups of this repository were found.');
  });

  it('previews but no token: names github_token, writes nothing', async () => {
    await preview(1);
    cloud.resetCalls();
    const r = await cleanup({ github_token: '' });
    expect(r.outputs.status).toBe('failed');
    expect(r.errors.join('\n')).toMatch(/Input "github_token" is empty and GITHUB_TOKEN is not set/);
    expect(cloud.mutatingCalls()).toEqual([]);
  });

  it('falls back to GITHUB_TOKEN when github_token is empty', async () => {
    await preview(1);
    pulls = { 1: 'open' };
    const r = await cleanup({ github_token: '' }, { GITHUB_TOKEN: 'ghs_env' });
    expect(r.errors).toEqual([]);
    expect(auth).toEqual(['token ghs_env']);
  });
});

describe('AWS calls grow with this repository’s previews, not with the account’s groups', () => {
  /**
   * The distinct requests cleanup sent (command and input), sorted. Waiters repeat the same request
   * while a group is deleting, and how often depends on how the concurrent deletions interleave
   * with the loopback GitHub API's replies (real I/O); the distinct requests do not.
   */
  async function measure(unrelated: number): Promise<{ calls: number; requests: string[] }> {
    cloud.restore();
    cloud = createWorld();
    for (let i = 0; i < unrelated; i++)
      cloud.seedReplicationGroup({
        ReplicationGroupId: `unrelated-${String(i).padStart(2, '0')}`,
        NumCacheClusters: 1,
      });
    await preview(1);
    await preview(2);
    await preview(3);
    pulls = { 1: 'closed', 2: 'closed', 3: 'open' };
    cloud.resetCalls();
    const r = await cleanup();
    expect(r.errors, r.stdout).toEqual([]);
    expect(result(r.outputs).destroyed).toHaveLength(2);
    const requests = [...new Set(cloud.calls.map((c) => `${c.command} ${JSON.stringify(c.input)}`))];
    return { calls: cloud.calls.length, requests: requests.sort() };
  }

  it('3 previews among 50 unrelated groups cost the same calls as among none', async () => {
    const alone = await measure(0);
    const crowded = await measure(50);
    console.log(
      `cleanup, 3 previews (2 destroyed): ${alone.calls} AWS calls (${alone.requests.length} distinct) alone, ` +
        `${crowded.calls} (${crowded.requests.length} distinct) among 50 unrelated groups`,
    );
    expect(crowded.requests).toEqual(alone.requests);
    expect(crowded.requests.some((q) => q.includes('unrelated-'))).toBe(false);
    expect(
      cloud.calls.some((c) => c.command === 'DescribeReplicationGroups' && !c.input.ReplicationGroupId),
    ).toBe(false);
  });
});
