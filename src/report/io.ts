// Everything a run exchanges with the runner: inputs in; outputs, log lines, secrets to mask, the
// failure and the job summary out. By default @actions/core (the runner's environment, stdout and
// files); a test injects one per run so that two runs can go at the same time in one process.

import * as core from '@actions/core';

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

/** The runner's IO, through @actions/core. */
export const coreIO: ActionIO = {
  getInput: (name) => core.getInput(name),
  setOutput: (name, value) => core.setOutput(name, value),
  setSecret: (secret) => core.setSecret(secret),
  setFailed: (message) => core.setFailed(message),
  info: (message) => core.info(message),
  notice: (message) => core.notice(message),
  warning: (message) => core.warning(message),
  error: (message) => core.error(message),
  debug: (message) => core.debug(message),
  startGroup: (name) => core.startGroup(name),
  endGroup: () => core.endGroup(),
  appendSummary: async (markdown) => {
    await core.summary.addRaw(markdown).write();
  },
};
