// pr_comment, the whole action against the fake cloud and a loopback HTTP server of this test's own
// playing the GitHub REST API (GITHUB_API_URL points at it; nothing leaves 127.0.0.1): one comment,
// found by its marker (paging) and updated by later runs, never a secret, and a failure is a warning.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commentBody, MAX_COMMENT_CHARS } from '../src/report/pr-comment.js';
import type { FakeCloud } from './fake/index.js';
import { maskedBeforeUse, runAction } from './support/harness.js';
import { APP_SG, createWorld, SUBNETS } from './support/world.js';

interface Comment {
  id: number;
  body: string;
  html_url: string;
}

/** A tiny GitHub: the issue comments of acme/shop#7, paged by 100, with Link headers. */
class FakeGitHub {
  comments: Comment[] = [];
  requests: Array<{ method: string; url: string; authorization: string | undefined; body: string }> = [];
  /** Answer every write (POST/PATCH) with this status instead (e.g. 403). */
  refuseWrites: number | undefined;
  private server: Server = createServer((req, res) => void this.handle(req, res));
  private nextId = 1000;
  url = '';

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  add(body: string): Comment {
    const c = {
      id: this.nextId++,
      body,
      html_url: `https://github.com/acme/shop/pull/7#issuecomment-${this.nextId}`,
    };
    this.comments.push(c);
    return c;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body = '';
    for await (const chunk of req) body += chunk;
    const url = new URL(req.url ?? '/', this.url);
    this.requests.push({
      method: req.method ?? '',
      url: url.pathname + url.search,
      authorization: req.headers.authorization,
      body,
    });
    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(data));
    };
    if (req.method !== 'GET' && this.refuseWrites)
      return send(this.refuseWrites, { message: 'Resource not accessible by integration' });
    if (req.method === 'GET' && url.pathname === '/repos/acme/shop/issues/7/comments') {
      const per = Number(url.searchParams.get('per_page') ?? 30);
      const page = Number(url.searchParams.get('page') ?? 1);
      const items = this.comments.slice((page - 1) * per, page * per);
      const last = Math.max(1, Math.ceil(this.comments.length / per));
      const link =
        page < last
          ? {
              link: `<${this.url}/repos/acme/shop/issues/7/comments?per_page=${per}&page=${page + 1}>; rel="next"`,
            }
          : undefined;
      return send(200, items, link);
    }
    if (req.method === 'POST' && url.pathname === '/repos/acme/shop/issues/7/comments')
      return send(201, this.add((JSON.parse(body) as { body: string }).body));
    const patch = /^\/repos\/acme\/shop\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (req.method === 'PATCH' && patch) {
      const c = this.comments.find((x) => x.id === Number(patch[1]));
      if (!c) return send(404, { message: 'Not Found' });
      c.body = (JSON.parse(body) as { body: string }).body;
      return send(200, c);
    }
    send(404, { message: 'Not Found' });
  }
}

let cloud: FakeCloud;
let github: FakeGitHub;
let eventPath: string;
beforeEach(async () => {
  cloud = createWorld();
  github = new FakeGitHub();
  await github.start();
  eventPath = join(mkdtempSync(join(tmpdir(), 'pr-event-')), 'event.json');
  writeFileSync(eventPath, JSON.stringify({ action: 'synchronize', number: 7, pull_request: { number: 7 } }));
});
afterEach(async () => {
  cloud.restore();
  await github.stop();
});

const TOKEN = 'Zq8xN3vR7pL2mK9wT4yB6cD1fG5hJ0sA';
const GITHUB_TOKEN = 'ghs_fakeTokenForTheLoopbackServer0001';
const inputs = {
  name: 'shop-cache',
  node_type: 'cache.t4g.micro',
  subnet_ids: SUBNETS.slice(0, 2).join(','),
  aws_region: 'eu-west-1',
  allowed_security_group_ids: APP_SG,
  auth_token_enabled: 'true',
  pr_comment: 'true',
  github_token: GITHUB_TOKEN,
};
const prEnv = () => ({
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_EVENT_PATH: eventPath,
  GITHUB_API_URL: github.url,
});
const apply = (extra: Record<string, string> = {}, env: Record<string, string> = prEnv()) =>
  runAction({ ...inputs, ...extra }, { clock: cloud.clock, generateToken: () => TOKEN, env });

describe('pr_comment', () => {
  it('creates one comment, then updates that same comment; it never carries a secret', async () => {
    const first = await apply({ mode: 'plan' });
    expect(first.errors).toEqual([]);
    expect(github.comments).toHaveLength(1);
    const id = github.comments[0]!.id;
    expect(github.comments[0]!.body).toMatch(/^<!-- django-redis-action:shop-cache -->\n/);
    expect(github.comments[0]!.body).toContain('Plan (nothing was executed)');

    const second = await apply();
    expect(second.errors).toEqual([]);
    expect(second.outputs.status).toBe('created');
    cloud.clock.advance(60_000);
    const third = await apply();
    expect(third.outputs.status).toBe('unchanged');

    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]!.id).toBe(id);
    expect(github.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(github.requests.filter((r) => r.method === 'PATCH').map((r) => r.url)).toEqual([
      `/repos/acme/shop/issues/comments/${id}`,
      `/repos/acme/shop/issues/comments/${id}`,
    ]);
    for (const r of github.requests) expect(r.authorization).toBe(`token ${GITHUB_TOKEN}`);

    // The created run's body (PATCHed by the second run): endpoints, SSM names and the plan.
    const created = JSON.parse(github.requests.filter((r) => r.method === 'PATCH')[0]!.body).body as string;
    const host = second.outputs.primary_endpoint_address!;
    expect(host).toBeTruthy();
    expect(created).toContain(`${host}:6379`);
    expect(created).toContain(`rediss://:AUTH_TOKEN@${host}:6379/0?ssl_cert_reqs=required`);
    expect(created).toContain('/django-redis-action/shop-cache/REDIS_URL');
    expect(created).toContain('/django-redis-action/shop-cache/AUTH_TOKEN');
    expect(created).toMatch(/\| # \| level \| step \| reason \|/);
    expect(created).toContain('create replication group');
    // No secret anywhere GitHub saw: not the AUTH token, not a URL with it, not the GitHub token.
    const seen = github.requests.map((r) => r.body).join('\n');
    expect(second.outputs.redis_url).toContain(TOKEN);
    expect(seen).not.toContain(TOKEN);
    expect(seen).not.toContain(GITHUB_TOKEN);
    expect(maskedBeforeUse(second.stdout, GITHUB_TOKEN)).toBe(true);
  });

  it('finds its comment on a later page instead of adding another', async () => {
    for (let i = 0; i < 150; i++) github.add(`review comment ${i}`);
    const ours = github.add('<!-- django-redis-action:shop-cache -->\nold body');
    github.add('<!-- django-redis-action:blog-cache -->\nanother group');
    const r = await apply({ mode: 'plan' });

    expect(r.errors).toEqual([]);
    expect(github.comments).toHaveLength(152);
    expect(ours.body).toContain('Plan (nothing was executed)');
    const methods = github.requests.map((x) => `${x.method} ${x.url}`);
    expect(methods).toEqual([
      'GET /repos/acme/shop/issues/7/comments?per_page=100',
      'GET /repos/acme/shop/issues/7/comments?per_page=100&page=2',
      `PATCH /repos/acme/shop/issues/comments/${ours.id}`,
    ]);
  });

  it('a 403 from GitHub is a warning that says what to do; the deploy succeeds', async () => {
    github.refuseWrites = 403;
    const r = await apply();
    expect(r.failed).toBe(false);
    expect(r.outputs.status).toBe('created');
    expect(r.warnings.join('\n')).toMatch(
      /pr_comment: could not comment on pull request #7: GitHub answered 403: Resource not accessible by integration.*pull-requests: write/,
    );
    expect(r.warnings.join('\n')).not.toContain(GITHUB_TOKEN);
  });

  it('an unreachable GitHub API is a warning too', async () => {
    await github.stop();
    const r = await apply({ mode: 'plan' });
    expect(r.failed).toBe(false);
    expect(r.outputs.status).toBe('planned');
    expect(r.warnings.join('\n')).toMatch(/pr_comment: could not comment on pull request #7/);
    github = new FakeGitHub();
    await github.start();
  });

  it('outside a pull_request event it is ignored with a notice, and GitHub is not called', async () => {
    const r = await apply({ mode: 'plan' }, { GITHUB_EVENT_NAME: 'push', GITHUB_API_URL: github.url });
    expect(r.failed).toBe(false);
    expect(r.lines.filter((l) => l.startsWith('::notice::')).join('\n')).toMatch(
      /pr_comment is ignored: this run is for a push event, not a pull_request/,
    );
    expect(github.requests).toEqual([]);
  });

  it('without any token it is a warning, and GitHub is not called', async () => {
    const r = await apply({ mode: 'plan', github_token: '' }, { ...prEnv(), GITHUB_TOKEN: '' });
    expect(r.failed).toBe(false);
    expect(r.warnings.join('\n')).toMatch(/pr_comment: no token to call the GitHub API; pass github_token/);
    expect(github.requests).toEqual([]);
  });

  it('is not posted at all when pr_comment is false', async () => {
    const r = await apply({ mode: 'plan', pr_comment: 'false' });
    expect(r.failed).toBe(false);
    expect(github.requests).toEqual([]);
    expect(r.lines.some((l) => l.includes('pr_comment'))).toBe(false);
  });
});

describe('commentBody', () => {
  it('starts with the marker and fits in a GitHub comment however long the plan', () => {
    const step = { level: 0, kind: 'add-tags' as const, tags: {}, reason: 'x'.repeat(2_000) };
    const body = commentBody(
      {
        name: 'shop-cache',
        region: 'eu-west-1',
        mode: 'plan',
        status: 'planned',
        plan: { action: 'update', steps: Array(100).fill(step), refusals: [], warnings: [], pending: [] },
        resources: [],
        ssmParameters: [],
        displayUrls: [],
        phases: [['observe', 1000]],
      },
      undefined,
      0,
    );
    expect(body.startsWith('<!-- django-redis-action:shop-cache -->\n')).toBe(true);
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(body).toContain('cut to fit a comment');
    expect(body).not.toContain('Timing');
  });
});
