// An ActionIO that keeps everything in memory, formatted as the runner would show it (the workflow
// commands @actions/core prints), so two runs can go at once in one process, each with its own
// inputs, outputs, log and summary.

import type { ActionIO } from '../../src/report/io.js';

/** @actions/core's escaping of a workflow command's data. */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export interface MemoryIO extends ActionIO {
  readonly outputs: Record<string, string>;
  /** What the runner would print, one workflow command or log line per entry. */
  readonly log: string[];
  summary: string;
  failed: boolean;
}

export function memoryIO(inputs: Record<string, string>): MemoryIO {
  const io: MemoryIO = {
    outputs: {},
    log: [],
    summary: '',
    failed: false,
    getInput: (name) => (inputs[name] ?? '').trim(),
    setOutput: (name, value) => void (io.outputs[name] = value),
    setSecret: (secret) => void io.log.push(`::add-mask::${escapeData(secret)}`),
    setFailed: (message) => {
      io.failed = true;
      io.error(message);
    },
    info: (message) => void io.log.push(message),
    notice: (message) => void io.log.push(`::notice::${escapeData(message)}`),
    warning: (message) => void io.log.push(`::warning::${escapeData(message)}`),
    error: (message) => void io.log.push(`::error::${escapeData(message)}`),
    debug: (message) => void io.log.push(`::debug::${escapeData(message)}`),
    startGroup: (name) => void io.log.push(`::group::${name}`),
    endGroup: () => void io.log.push('::endgroup::'),
    appendSummary: async (markdown) => {
      io.summary += markdown;
    },
  };
  return io;
}
