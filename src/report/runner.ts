// The GitHub Actions runner protocol, the little of it this action speaks: inputs from INPUT_*
// variables, workflow commands on stdout (::error::, ::warning::, ::add-mask::, …), step outputs
// and the job summary appended to the files the runner names. It is what @actions/core does for
// these calls (same escaping, same `name<<ghadelimiter_<uuid>` block for a multi-line output), without
// loading @actions/core's HTTP and OIDC clients: an invalid input fails in about the time node takes
// to start.

import { appendFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { EOL } from 'node:os';

const require = createRequire(import.meta.url);

/** An input as the runner passes it: INPUT_<NAME> (spaces → _, upper-cased), trimmed; '' when unset. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** The runner's escaping of a command's message: %, CR and LF. */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function command(name: string, message: string): void {
  process.stdout.write(`::${name}::${escapeData(message)}${EOL}`);
}

export const info = (message: string): void => void process.stdout.write(`${message}${EOL}`);
export const debug = (message: string): void => command('debug', message);
export const notice = (message: string): void => command('notice', message);
export const warning = (message: string): void => command('warning', message);
export const error = (message: string): void => command('error', message);
/** Masks `secret` in every later log line. */
export const setSecret = (secret: string): void => command('add-mask', secret);
export const startGroup = (name: string): void => command('group', name);
export const endGroup = (): void => command('endgroup', '');

/** Marks the step failed (exit code 1) with an ::error:: line. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

function appendToFileCommand(variable: string, text: string): void {
  const path = process.env[variable];
  if (!path) throw new Error(`Unable to find environment variable for file command ${variable.slice(7)}`);
  if (!existsSync(path)) throw new Error(`Missing file at path: ${path}`);
  appendFileSync(path, `${text}${EOL}`, { encoding: 'utf8' });
}

/**
 * A step output, appended to $GITHUB_OUTPUT (the deprecated ::set-output only when it is unset): a
 * one-line value as `name=value` (the form GitHub documents for $GITHUB_OUTPUT), a multi-line one as
 * @actions/core writes it, `name<<ghadelimiter_<uuid>` … delimiter. node:crypto, for the random
 * delimiter, is loaded only then: a failed run's `status=failed` does not wait for it.
 */
export function setOutput(name: string, value: string): void {
  if (!process.env.GITHUB_OUTPUT) {
    process.stdout.write(EOL);
    process.stdout.write(`::set-output name=${name}::${escapeData(value)}${EOL}`);
    return;
  }
  if (!/[\r\n]/.test(value)) {
    appendToFileCommand('GITHUB_OUTPUT', `${name}=${value}`);
    return;
  }
  const { randomUUID } = require('node:crypto') as typeof import('node:crypto');
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error('output contains its delimiter');
  appendToFileCommand('GITHUB_OUTPUT', `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}`);
}

/** Appends markdown to the job summary; throws when $GITHUB_STEP_SUMMARY is unset or missing. */
export function appendSummary(markdown: string): void {
  const path = process.env.GITHUB_STEP_SUMMARY;
  if (!path) {
    throw new Error(
      'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.',
    );
  }
  if (!existsSync(path)) throw new Error(`Missing file at path: ${path}`);
  appendFileSync(path, markdown, { encoding: 'utf8' });
}
