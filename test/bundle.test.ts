// The committed bundle, run the way the runner runs it: `node dist/index.js` in a fresh process with
// INPUT_* variables and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files. The environment is clean (PATH and
// a throwaway HOME), and every AWS endpoint points at a closed loopback port, so nothing ever leaves
// 127.0.0.1. No sleeping: each case waits only for the child process, bounded by a timeout.

import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseOutputFile } from './support/harness.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = join(root, 'dist', 'index.js');

/** A line of a JavaScript stack trace: "    at fn (file:///…/index.js:12:34)". */
const STACK_LINE = /^\s+at .+\(.+:\d+:\d+\)/m;

interface Outcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

let work: string;
let outputFile: string;
let summaryFile: string;

beforeAll(() => {
  if (!existsSync(bundle)) {
    throw new Error(`${bundle} does not exist: run "npm run build" first.`);
  }
});

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'bundle-test-'));
  outputFile = join(work, 'github_output');
  summaryFile = join(work, 'step_summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
});

afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

/** Inputs as the runner passes them: INPUT_ + the name upper-cased (our names are snake_case). */
function inputEnv(inputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
}

function runBundle(env: Record<string, string>, timeoutMs: number): Promise<Outcome> {
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bundle],
      {
        cwd: work,
        env: {
          PATH: process.env.PATH ?? '',
          HOME: work,
          GITHUB_OUTPUT: outputFile,
          GITHUB_STEP_SUMMARY: summaryFile,
          ...env,
        },
        timeout: timeoutMs,
        killSignal: 'SIGKILL',
        maxBuffer: 16 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, signal: error?.signal ?? null, stdout, stderr, ms: Date.now() - started });
      },
    );
  });
}

/** A loopback port that nothing listens on: bind an ephemeral port, then release it. */
function closedLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        reject(new Error('no port'));
        return;
      }
      server.close(() => resolve(address.port));
    });
  });
}

const VALID = {
  name: 'shop-cache',
  node_type: 'cache.t4g.micro',
  subnet_ids: 'subnet-0a1b2c3d4e5f60001,subnet-0a1b2c3d4e5f60002',
  aws_region: 'eu-west-1',
  allowed_security_group_ids: 'sg-0123456789abcdef0',
};

describe('dist/index.js as the runner runs it', () => {
  it('fails fast on bad inputs: one ::error:: per input, exit 1, only status=failed', async () => {
    const r = await runBundle(inputEnv({ ...VALID, name: 'Bad--Name', num_cache_clusters: '9' }), 30_000);

    expect(r.signal, `killed after ${r.ms} ms\n${r.stdout}\n${r.stderr}`).toBeNull();
    expect(r.code, r.stdout + r.stderr).toBe(1);
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(errors.some((l) => l.includes('"name"'))).toBe(true);
    expect(errors.some((l) => l.includes('"num_cache_clusters"'))).toBe(true);
    expect(parseOutputFile(readFileSync(outputFile, 'utf8'))).toEqual({ status: 'failed' });
    expect(r.stdout + r.stderr).not.toMatch(STACK_LINE);
    // Input errors never load the AWS SDK; a generous bound that still catches a hang.
    expect(r.ms).toBeLessThan(10_000);
    console.log(`bundle: bad inputs → exit ${r.code} in ${r.ms} ms`);
  });

  it('loads the YAML parser (its own chunk) when tags are YAML, and reports a YAML tag problem', async () => {
    const r = await runBundle(
      inputEnv({ ...VALID, name: 'Bad--Name', tags: 'Team: cache\nOwners: [alice, bob]' }),
      30_000,
    );
    expect(r.code, r.stdout + r.stderr).toBe(1);
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(
      errors.some((l) => l.includes('"tags"') && l.includes('must be a string, number or boolean')),
    ).toBe(true);
    expect(errors.some((l) => l.includes('"name"'))).toBe(true);
    expect(parseOutputFile(readFileSync(outputFile, 'utf8'))).toEqual({ status: 'failed' });
  });

  it('fails cleanly when AWS cannot be reached: a clear ::error::, exit 1, no stack trace', async () => {
    const port = await closedLoopbackPort();
    const r = await runBundle(
      {
        ...inputEnv(VALID),
        AWS_ENDPOINT_URL: `http://127.0.0.1:${port}`,
        AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
        AWS_SECRET_ACCESS_KEY: 'dummy-secret-access-key-for-the-bundle-test',
        AWS_EC2_METADATA_DISABLED: 'true',
        AWS_CONFIG_FILE: join(work, 'no-aws-config'),
        AWS_SHARED_CREDENTIALS_FILE: join(work, 'no-aws-credentials'),
      },
      60_000,
    );

    expect(r.signal, `killed after ${r.ms} ms\n${r.stdout}\n${r.stderr}`).toBeNull();
    expect(r.code, r.stdout + r.stderr).toBe(1);
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(errors.length, r.stdout).toBeGreaterThan(0);
    expect(errors.join('\n')).toMatch(/ECONNREFUSED|could not reach AWS|AWS_ENDPOINT_URL/);
    expect(r.stdout, 'stdout carries a stack trace').not.toMatch(STACK_LINE);
    expect(r.stderr, 'stderr carries a stack trace').not.toMatch(STACK_LINE);
    expect(r.ms).toBeLessThan(60_000);
    console.log(`bundle: unreachable endpoint → exit ${r.code} in ${r.ms} ms`);
  }, 70_000);

  /** A loopback endpoint of the test's own that counts every request the bundle sends to "AWS". */
  async function countingEndpoint(): Promise<{
    url: string;
    requests: () => number;
    close: () => Promise<void>;
  }> {
    let n = 0;
    const server: Server = createHttpServer((_req, res) => {
      n++;
      res.writeHead(500).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    return {
      url: `http://127.0.0.1:${port}`,
      requests: () => n,
      close: () => new Promise((resolve) => server.close(() => resolve())),
    };
  }

  it.each([
    [
      'destroy',
      { mode: 'destroy', name: 'Bad--Name', final_snapshot: 'maybe' },
      ['"name"', '"final_snapshot"'],
    ],
    [
      'cleanup',
      { mode: 'cleanup', name: 'shop-cache', preview_ttl_hours: '0' },
      ['"name"', '"preview_ttl_hours"'],
    ],
    [
      'snapshot',
      { mode: 'snapshot', name: 'shop-cache', keep_snapshots: '0' },
      ['Input "keep_snapshots" = "0": '],
    ],
  ])(
    'mode %s with bad inputs: a named ::error:: per input, exit 1, zero AWS calls',
    async (_mode, inputs, named) => {
      const aws = await countingEndpoint();
      try {
        const r = await runBundle(
          {
            ...inputEnv({ aws_region: 'eu-west-1', ...inputs }),
            AWS_ENDPOINT_URL: aws.url,
            AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
            AWS_SECRET_ACCESS_KEY: 'dummy-secret-access-key-for-the-bundle-test',
            AWS_EC2_METADATA_DISABLED: 'true',
            GITHUB_REPOSITORY: 'acme/shop',
          },
          30_000,
        );
        expect(r.signal, `killed after ${r.ms} ms\n${r.stdout}\n${r.stderr}`).toBeNull();
        expect(r.code, r.stdout + r.stderr).toBe(1);
        const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error::'));
        for (const input of named)
          expect(
            errors.some((l) => l.includes(input)),
            r.stdout,
          ).toBe(true);
        expect(parseOutputFile(readFileSync(outputFile, 'utf8'))).toEqual({ status: 'failed' });
        expect(r.stdout + r.stderr).not.toMatch(STACK_LINE);
        expect(aws.requests()).toBe(0);
      } finally {
        await aws.close();
      }
    },
  );
});
