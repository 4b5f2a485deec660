// The story of one run: parse inputs → observe AWS → plan → execute → publish.
// Parsing needs nothing heavy (the runner protocol, zod and the input rules; the YAML parser only
// for YAML tags). The mode's own module, and with it the AWS SDK, loads only once the inputs are
// valid, so a bad input fails in about the time bare node takes to start.

import { systemClock, type Clock } from './clock.js';
import { parseConfig, tagsAreYaml } from './config/index.js';
import { formatInputError, readInputs } from './config/inputs.js';
import type { Config } from './config/types.js';
import * as runner from './report/runner.js';
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
    const cfg = await parseInputs(deps.env ?? process.env);
    if (!cfg) return;
    // 2–5. The mode observes AWS, plans, runs the plan through the shared executor, and publishes.
    await runMode(cfg, { ...deps, clock: deps.clock ?? systemClock });
  } catch (e) {
    // Every run sets `status`; a failed one sets nothing a later step could mistake for a plan.
    runner.setOutput('status', 'failed');
    runner.setFailed(e instanceof Error ? e.message : String(e));
    // A refusal (PlanError) says all there is to say; anything else leaves its stack in the debug log.
    if (e instanceof Error && e.stack && e.name !== 'PlanError') runner.debug(e.stack);
  }
}

async function parseInputs(env: Record<string, string | undefined>): Promise<Config | undefined> {
  const raw = readInputs(runner.getInput);
  const yaml = tagsAreYaml(raw.tags) ? await import('yaml') : undefined;
  const parsed = parseConfig(raw, env, yaml);
  if (!parsed.ok) {
    for (const e of parsed.errors) runner.error(formatInputError(e));
    runner.setOutput('status', 'failed');
    runner.setFailed(
      `${parsed.errors.length} invalid input${parsed.errors.length > 1 ? 's' : ''}; nothing was changed in AWS.`,
    );
    return undefined;
  }
  for (const w of parsed.warnings) runner.warning(w);
  return parsed.config;
}

async function runMode(cfg: Config, deps: RunDeps & { clock: Clock }): Promise<void> {
  switch (cfg.mode) {
    case 'apply':
    case 'plan':
      return (await import('./modes/apply.js')).runApply(cfg, deps);
  }
}
