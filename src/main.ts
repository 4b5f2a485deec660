// The story of one run: parse inputs → observe AWS → plan → execute → publish.
// Parsing needs nothing heavy; the mode's own module (and with it the AWS SDK) loads only after the
// inputs are valid, so a bad input fails in about the time bare node takes to start.

import * as core from '@actions/core';
import { systemClock, type Clock } from './clock.js';
import { parseConfig } from './config/index.js';
import { formatInputError, readInputs } from './config/inputs.js';
import type { Config } from './config/types.js';
import { errorMessage, PlanError } from './errors.js';
import type { AwsClients } from './aws/clients.js';

export interface RunDeps {
  clock?: Clock;
  /** Pre-built SDK clients (tests); by default they are created from the region. */
  clients?: AwsClients;
  generateToken?: () => string;
  env?: Record<string, string | undefined>;
}

export async function run(deps: RunDeps = {}): Promise<void> {
  try {
    // 1. Inputs: one validated record for the mode; a bad input fails here with zero AWS calls.
    const cfg = parseInputs(deps.env ?? process.env);
    if (!cfg) return;
    // 2–5. The mode observes AWS, plans, runs the plan through the shared executor, and publishes.
    await runMode(cfg, { ...deps, clock: deps.clock ?? systemClock });
  } catch (e) {
    // Every run sets `status`; a failed one sets nothing a later step could mistake for a plan.
    core.setOutput('status', 'failed');
    core.setFailed(errorMessage(e));
    if (e instanceof Error && e.stack && !(e instanceof PlanError)) core.debug(e.stack);
  }
}

function parseInputs(env: Record<string, string | undefined>): Config | undefined {
  const parsed = parseConfig(
    readInputs((n) => core.getInput(n)),
    env,
  );
  if (!parsed.ok) {
    for (const e of parsed.errors) core.error(formatInputError(e));
    core.setOutput('status', 'failed');
    core.setFailed(
      `${parsed.errors.length} invalid input${parsed.errors.length > 1 ? 's' : ''}; nothing was changed in AWS.`,
    );
    return undefined;
  }
  for (const w of parsed.warnings) core.warning(w);
  return parsed.config;
}

async function runMode(cfg: Config, deps: RunDeps & { clock: Clock }): Promise<void> {
  switch (cfg.mode) {
    case 'apply':
    case 'plan':
      return (await import('./modes/apply.js')).runApply(cfg, deps);
    case 'snapshot':
      return (await import('./modes/snapshot.js')).runSnapshot(cfg, deps);
    case 'destroy':
    case 'cleanup':
      throw new PlanError(`Input "mode": ${cfg.mode} is not available in this version of the action.`);
    default: {
      const unknown: never = cfg;
      throw new PlanError(`Input "mode": unknown mode ${(unknown as { mode: string }).mode}`);
    }
  }
}
