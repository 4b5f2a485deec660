// src/github/api.ts, the GitHub REST client of pr_comment and mode cleanup, against a loopback server
// of this test's own: the headers Octokit sent, Link-header paging, and errors that keep the status.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitHubApi, GitHubApiError, nextPage } from '../src/github/api.js';

let server: Server;
let url = '';
const seen: Array<{ method: string; url: string; headers: Record<string, unknown>; body: string }> = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      if (req.url === '/ok')
        res
          .writeHead(200, { link: `<${url}/ok?page=2>; rel="next", <${url}/ok?page=9>; rel="last"` })
          .end('[1]');
      else if (req.url === '/teapot') res.writeHead(418).end('not json');
      else if (req.url === '/empty') res.writeHead(204).end();
      else res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"Not Found"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('gitHubApi', () => {
  it('sends the token, the API version and a JSON body; returns the data and the next page', async () => {
    const api = gitHubApi('ghs_x', `${url}/`);
    const r = await api.request<number[]>('POST', '/ok', { body: 'hi' });
    expect(r).toEqual({ data: [1], next: `${url}/ok?page=2` });
    const req = seen.at(-1)!;
    expect(req.method).toBe('POST');
    expect(req.url).toBe('/ok');
    expect(req.headers.authorization).toBe('token ghs_x');
    expect(req.headers['x-github-api-version']).toBe('2022-11-28');
    expect(req.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(req.body)).toEqual({ body: 'hi' });
    // An absolute URL (a Link header's) is requested as it is; a GET has no body and no content type.
    await api.request('GET', `${url}/empty`);
    expect(seen.at(-1)!.url).toBe('/empty');
    expect(seen.at(-1)!.headers['content-type']).toBeUndefined();
  });

  it('a non-2xx answer throws GitHubApiError with the status and GitHub message', async () => {
    const api = gitHubApi('t', url);
    await expect(api.request('GET', '/nope')).rejects.toMatchObject({ status: 404, message: 'Not Found' });
    const e = await api.request('GET', '/teapot').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(GitHubApiError);
    expect(e).toMatchObject({ status: 418, message: 'HTTP 418' });
  });

  it('an unreachable server names the reason, not only "fetch failed"', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expect(gitHubApi('t', `http://127.0.0.1:${port}`).request('GET', '/x')).rejects.toThrow(
      /fetch failed \(.*ECONNREFUSED/,
    );
  });
});

describe('nextPage', () => {
  it('reads rel="next" among the links, and nothing without one', () => {
    expect(nextPage('<https://a/x?page=3>; rel="next", <https://a/x?page=5>; rel="last"')).toBe(
      'https://a/x?page=3',
    );
    expect(nextPage('<https://a/x?page=1>; rel="prev"')).toBeUndefined();
    expect(nextPage(null)).toBeUndefined();
  });
});
