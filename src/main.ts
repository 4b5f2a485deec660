// The story of one run: parse inputs → observe AWS → plan → execute → publish.
// Parsing needs nothing heavy (the runner protocol, zod and the input rules; the YAML parser only
// for YAML tags). The mode's own module, and with it the AWS SDK, loads only once the inputs are
// valid, so a bad input fails in about the time bare node takes to start.

import { systemClock, type Clock } from './clock.js';
import { parseConfig, parametersNeedYaml, tagsAreYaml } from './config/index.js';
import { formatInputError, readInputs } from './config/inputs.js';
import type { Config } from './config/types.js';
import { errorMessage, PlanError } from './errors.js';
import type { AwsClients } from './aws/clients.js';
import { coreIO, type ActionIO } from './report/io.js';
import type { VerifyDeps } from './verify/types.js';

export interface RunDeps {
  clock?: Clock;
  /** Pre-built SDK clients (tests); by default they are created from the region. */
  clients?: AwsClients;
  generateToken?: () => string;
  env?: Record<string, string | undefined>;
  /** Inputs, outputs, log and summary; by default the runner's, through @actions/core. */
  io?: ActionIO;
  /** The connection check's test seams (verify_connection): client loader, dialled URL, CA, time bound. */
  verify?: VerifyDeps;
}

/** What a mode's module gets: the run's dependencies with the defaults filled in. */
export type ModeDeps = RunDeps & { clock: Clock; io: ActionIO };

export async function run(deps: RunDeps = {}): Promise<void> {
  const io = deps.io ?? coreIO;
  try {
    // 1. Inputs: one validated record for the mode; a bad input fails here with zero AWS calls.
    const cfg = await parseInputs(deps.env ?? process.env, io);
    if (!cfg) return;
    // 2–5. The mode observes AWS, plans, runs the plan through the shared executor, and publishes.
    await runMode(cfg, { ...deps, clock: deps.clock ?? systemClock, io });
  } catch (e) {
    // Every run sets `status`; a failed one sets nothing a later step could mistake for a plan.
    io.setOutput('status', 'failed');
    io.setFailed(errorMessage(e));
    // A refusal (PlanError) says all there is to say; anything else leaves its stack in the debug log.
    if (e instanceof Error && e.stack && !(e instanceof PlanError)) io.debug(e.stack);
  }
}

async function parseInputs(
  env: Record<string, string | undefined>,
  io: ActionIO,
): Promise<Config | undefined> {
  const raw = readInputs((n) => io.getInput(n));
  const yaml = tagsAreYaml(raw.tags) || parametersNeedYaml(raw.parameters) ? await import('yaml') : undefined;
  const parsed = parseConfig(raw, env, yaml);
  if (!parsed.ok) {
    for (const e of parsed.errors) io.error(formatInputError(e));
    io.setOutput('status', 'failed');
    io.setFailed(
      `${parsed.errors.length} invalid input${parsed.errors.length > 1 ? 's' : ''}; nothing was changed in AWS.`,
    );
    return undefined;
  }
  for (const w of parsed.warnings) io.warning(w);
  return parsed.config;
}

/** Makes the switch exhaustive: a new mode without a case is a compile error. */
function unreachable(cfg: never): never {
  throw new PlanError(`internal error: mode ${(cfg as Config).mode} has no runner`);
}

async function runMode(cfg: Config, deps: ModeDeps): Promise<void> {
  switch (cfg.mode) {
    case 'apply':
    case 'plan':
      return (await import('./modes/apply.js')).runApply(cfg, deps);
    case 'destroy':
      return (await import('./modes/destroy.js')).runDestroy(cfg, deps);
    case 'cleanup':
      return (await import('./modes/cleanup.js')).runCleanup(cfg, deps);
    case 'snapshot':
      return (await import('./modes/snapshot.js')).runSnapshot(cfg, deps);
    default:
      return unreachable(cfg);
  }
}
