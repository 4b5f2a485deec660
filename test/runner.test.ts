// src/report/runner.ts speaks the runner protocol in place of @actions/core (which loads an HTTP and
// an OIDC client on import). Each call is checked against @actions/core itself doing the same thing:
// same stdout bytes, same file contents (the random output delimiter aside).

import * as core from '@actions/core';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { EOL, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as runner from '../src/report/runner.js';
import { parseOutputFile } from './support/harness.js';

let dir: string;
let saved: NodeJS.ProcessEnv;
let exitCode: typeof process.exitCode;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'runner-test-'));
  saved = { ...process.env };
  exitCode = process.exitCode;
});
afterEach(() => {
  process.env = saved;
  process.exitCode = exitCode;
  rmSync(dir, { recursive: true, force: true });
});

/** What `f` writes to stdout. */
function stdout(f: () => void): string {
  const chunks: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((c: string | Uint8Array) => {
    chunks.push(typeof c === 'string' ? c : Buffer.from(c).toString());
    return true;
  }) as typeof process.stdout.write;
  try {
    f();
  } finally {
    process.stdout.write = write;
  }
  return chunks.join('');
}

const TRICKY = 'line one\nline two\r\n100% done: a,b ::x::';

describe('the runner protocol, as @actions/core speaks it', () => {
  it.each([
    ['error', (m: string) => runner.error(m), (m: string) => core.error(m)],
    ['warning', (m: string) => runner.warning(m), (m: string) => core.warning(m)],
    ['notice', (m: string) => runner.notice(m), (m: string) => core.notice(m)],
    ['debug', (m: string) => runner.debug(m), (m: string) => core.debug(m)],
    ['info', (m: string) => runner.info(m), (m: string) => core.info(m)],
    ['setSecret', (m: string) => runner.setSecret(m), (m: string) => core.setSecret(m)],
    ['startGroup', (m: string) => runner.startGroup(m), (m: string) => core.startGroup(m)],
    ['endGroup', () => runner.endGroup(), () => core.endGroup()],
  ])('%s: the same stdout, escaping included', (_name, ours, theirs) => {
    for (const message of [TRICKY, '', 'plain']) {
      expect(stdout(() => ours(message))).toBe(stdout(() => theirs(message)));
    }
  });

  it('setFailed: exit code 1 and the same ::error:: line', () => {
    const ours = stdout(() => runner.setFailed(TRICKY));
    expect(process.exitCode).toBe(1);
    process.exitCode = undefined;
    const theirs = stdout(() => core.setFailed(TRICKY));
    expect(process.exitCode).toBe(1);
    expect(ours).toBe(theirs);
  });

  it('getInput: INPUT_<NAME> with spaces as _, upper-cased, trimmed; "" when unset', () => {
    process.env['INPUT_NODE_TYPE'] = '  cache.t4g.micro \n';
    process.env['INPUT_CACHE-NAME'] = 'hyphen kept';
    process.env['INPUT_WITH_SPACE'] = 'x';
    for (const name of ['node_type', 'NODE_TYPE', 'cache-name', 'with space', 'missing']) {
      expect(runner.getInput(name)).toBe(core.getInput(name));
    }
    expect(runner.getInput('node_type')).toBe('cache.t4g.micro');
  });

  it('setOutput: a multi-line value as the same name<<delimiter block as core, a fresh delimiter each time', () => {
    const file = join(dir, 'output');
    writeFileSync(file, '');
    process.env['GITHUB_OUTPUT'] = file;
    runner.setOutput('changes', TRICKY);
    runner.setOutput('plan', 'a\nb');
    const ours = readFileSync(file, 'utf8');
    writeFileSync(file, '');
    core.setOutput('changes', TRICKY);
    core.setOutput('plan', 'a\nb');
    const theirs = readFileSync(file, 'utf8');
    const anonymous = (s: string) => s.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'ghadelimiter_UUID');
    expect(anonymous(ours)).toBe(anonymous(theirs));
    const delimiters = ours.match(/ghadelimiter_[0-9a-f-]{36}/g)!;
    expect(delimiters).toHaveLength(4);
    expect(new Set(delimiters).size).toBe(2);
    expect(parseOutputFile(ours)).toEqual({ changes: TRICKY.replace('\r\n', '\n'), plan: 'a\nb' });
  });

  it('setOutput: a one-line value as name=value (the documented form), even with = or << in it', () => {
    const file = join(dir, 'output');
    writeFileSync(file, '');
    process.env['GITHUB_OUTPUT'] = file;
    runner.setOutput('status', 'failed');
    runner.setOutput('redis_url', 'rediss://:a=b<<c@host:6379/0');
    runner.setOutput('empty', '');
    const text = readFileSync(file, 'utf8');
    expect(text).toBe(`status=failed${EOL}redis_url=rediss://:a=b<<c@host:6379/0${EOL}empty=${EOL}`);
    expect(parseOutputFile(text)).toEqual({
      status: 'failed',
      redis_url: 'rediss://:a=b<<c@host:6379/0',
      empty: '',
    });
  });

  it('setOutput without $GITHUB_OUTPUT: the deprecated ::set-output command, as core does', () => {
    delete process.env['GITHUB_OUTPUT'];
    expect(stdout(() => runner.setOutput('status', 'ok'))).toBe(stdout(() => core.setOutput('status', 'ok')));
  });

  it('appendSummary: appends to $GITHUB_STEP_SUMMARY like summary.addRaw().write(); throws when unset', async () => {
    const file = join(dir, 'summary');
    writeFileSync(file, '# before\n');
    process.env['GITHUB_STEP_SUMMARY'] = file;
    runner.appendSummary('## ours\n| a | b |\n');
    const ours = readFileSync(file, 'utf8');
    writeFileSync(file, '# before\n');
    await core.summary.addRaw('## ours\n| a | b |\n').write();
    expect(ours).toBe(readFileSync(file, 'utf8'));
    // Unset, core throws the same (on its first use: it caches the path), and writeSummary warns.
    delete process.env['GITHUB_STEP_SUMMARY'];
    expect(() => runner.appendSummary('x')).toThrow(
      /Unable to find environment variable for \$GITHUB_STEP_SUMMARY/,
    );
  });
});
