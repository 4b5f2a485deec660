// Runs the action's run() the way the runner does — INPUT_* environment, GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY files, the action's own runner protocol — against the fake cloud, and collects
// what a workflow would see: outputs, log lines, the summary, and whether the step failed.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '../../src/clock.js';
import { run } from '../../src/main.js';
import type { VerifyDeps } from '../../src/verify/types.js';
import { memoryIO } from './memory-io.js';

const dir = mkdtempSync(join(tmpdir(), 'django-redis-action-'));
// One summary file per test worker, truncated per run.
const summaryFile = join(dir, 'summary.md');

export interface RunResult {
  outputs: Record<string, string>;
  stdout: string;
  lines: string[];
  errors: string[];
  warnings: string[];
  summary: string;
  failed: boolean;
}

/**
 * $GITHUB_OUTPUT as the runner reads it: `name=value` when `=` comes before any `<<`, otherwise a
 * `name<<DELIMITER` block up to the line holding only the delimiter. Anything else is an error.
 */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const eq = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (eq > 0 && (heredoc < 0 || eq < heredoc)) {
      out[line.slice(0, eq)] = line.slice(eq + 1);
      continue;
    }
    if (heredoc <= 0) throw new Error(`not an output line: ${JSON.stringify(line)}`);
    const delimiter = line.slice(heredoc + 2);
    const end = lines.indexOf(delimiter, i + 1);
    if (end < 0) throw new Error(`output ${line.slice(0, heredoc)}: no closing ${delimiter}`);
    out[line.slice(0, heredoc)] = lines.slice(i + 1, end).join('\n');
    i = end;
  }
  return out;
}

/** The runner's environment a run sees (repository, run id, region). */
const RUNNER_ENV = {
  GITHUB_REPOSITORY: 'acme/shop',
  GITHUB_RUN_ID: '4242',
  GITHUB_SERVER_URL: 'https://github.com',
  AWS_REGION: 'eu-west-1',
};

let runCounter = 0;

export async function runAction(
  inputs: Record<string, string>,
  deps: { clock: Clock; generateToken?: () => string; env?: Record<string, string>; verify?: VerifyDeps },
): Promise<RunResult> {
  const outputFile = join(dir, `output-${++runCounter}.txt`);
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const saved = { ...process.env };
  for (const k of Object.keys(process.env)) if (k.startsWith('INPUT_')) delete process.env[k];
  for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k.toUpperCase()}`] = v;
  Object.assign(process.env, {
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    ...RUNNER_ENV,
    ...deps.env,
  });
  const chunks: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString());
    return true;
  }) as typeof process.stdout.write;
  const exitBefore = process.exitCode;
  process.exitCode = undefined;
  try {
    await run({
      clock: deps.clock,
      generateToken: deps.generateToken,
      env: process.env,
      verify: deps.verify,
    });
  } finally {
    process.stdout.write = write;
    process.env = saved;
  }
  const failed = process.exitCode === 1;
  process.exitCode = exitBefore;
  const stdout = chunks.join('');
  const lines = stdout.split('\n');
  return {
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    stdout,
    lines,
    errors: lines.filter((l) => l.startsWith('::error::')).map((l) => l.slice('::error::'.length)),
    warnings: lines.filter((l) => l.startsWith('::warning::')).map((l) => l.slice('::warning::'.length)),
    summary: readFileSync(summaryFile, 'utf8'),
    failed,
  };
}

/**
 * Like runAction, but with its own in-memory IO (inputs, outputs, log, summary) instead of the
 * process's environment and stdout: two of these can run at the same time.
 */
export async function runIsolated(
  inputs: Record<string, string>,
  deps: { clock: Clock; generateToken?: () => string; env?: Record<string, string> },
): Promise<RunResult> {
  const io = memoryIO(inputs);
  await run({
    clock: deps.clock,
    generateToken: deps.generateToken,
    env: { ...RUNNER_ENV, ...deps.env },
    io,
  });
  const stdout = io.log.join('\n');
  const lines = io.log.flatMap((l) => l.split('\n'));
  return {
    outputs: io.outputs,
    stdout,
    lines,
    errors: lines.filter((l) => l.startsWith('::error::')).map((l) => l.slice('::error::'.length)),
    warnings: lines.filter((l) => l.startsWith('::warning::')).map((l) => l.slice('::warning::'.length)),
    summary: io.summary,
    failed: io.failed,
  };
}

/** True when every appearance of `secret` in the log comes after (or in) its ::add-mask:: line. */
export function maskedBeforeUse(stdout: string, secret: string): boolean {
  const mask = stdout.indexOf(`::add-mask::${secret}`);
  const first = stdout.indexOf(secret);
  return first === -1 || (mask !== -1 && first === mask + '::add-mask::'.length);
}
