// Everything a run exchanges with the runner: inputs in; outputs, log lines, secrets to mask, the
// failure and the job summary out. By default the runner's own protocol (report/runner.ts: INPUT_*
// variables, workflow commands on stdout, the GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files); a test
// injects one per run so that two runs can go at the same time in one process.

import * as runner from './runner.js';

export interface ActionIO {
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
  /** Registers a secret so that every later log line masks it. */
  setSecret(secret: string): void;
  /** Logs the message as an error and marks the step failed. */
  setFailed(message: string): void;
  info(message: string): void;
  notice(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  debug(message: string): void;
  startGroup(name: string): void;
  endGroup(): void;
  /** Appends markdown to the job summary. */
  appendSummary(markdown: string): Promise<void>;
}

/** The runner's IO (report/runner.ts), read from process.env at each call. */
export const coreIO: ActionIO = {
  getInput: (name) => runner.getInput(name),
  setOutput: (name, value) => runner.setOutput(name, value),
  setSecret: (secret) => runner.setSecret(secret),
  setFailed: (message) => runner.setFailed(message),
  info: (message) => runner.info(message),
  notice: (message) => runner.notice(message),
  warning: (message) => runner.warning(message),
  error: (message) => runner.error(message),
  debug: (message) => runner.debug(message),
  startGroup: (name) => runner.startGroup(name),
  endGroup: () => runner.endGroup(),
  appendSummary: async (markdown) => {
    runner.appendSummary(markdown);
  },
};
