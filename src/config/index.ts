// Inputs → one validated record per mode: z.discriminatedUnion on `mode`, parsed once, before
// anything heavy is loaded. Every problem is reported at once, each naming its input.
//
// zod/mini, not the classic API: the same core and the same parse, but without the classic module and
// the methods it attaches to every schema instance: less to compile and to build on every run (the
// bundle's index.js went from 474 to 375 KB; npm run bench measures the start-up).

import * as z from 'zod/mini';
import { INPUT_DEFAULTS, INPUT_NAMES, shown, type InputError, type InputName } from './inputs.js';
import type { Config } from './types.js';
import { applySchema } from './apply.js';
import { applyWarnings } from './apply-warnings.js';
import { cleanupSchema, destroySchema, snapshotSchema } from './lifecycle.js';
import type { SchemaContext } from './field.js';
import type { YamlParser } from './tags.js';

export { tagsAreYaml } from './tags.js';
export { parametersNeedYaml } from './parameters.js';

// One parse per process: zod's JIT (it compiles a fast path per object schema with new Function)
// would cost more than it saves.
z.config({ jitless: true });

export type ParseResult =
  { ok: true; config: Config; warnings: string[] } | { ok: false; errors: InputError[] };

function display(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

/**
 * Validate the raw inputs (as read by readInputs) into a Config. Every problem is reported, each
 * naming its input; warnings are advice that does not stop the run. `yaml` is needed only when the
 * `tags` input is YAML (tagsAreYaml), so the parser is loaded only then.
 */
export function parseConfig(
  raw: Record<InputName, string>,
  env: Record<string, string | undefined>,
  yaml?: YamlParser,
): ParseResult {
  const regionInput = (raw.aws_region ?? '').trim();
  const fromEnv = regionInput
    ? undefined
    : (['AWS_REGION', 'AWS_DEFAULT_REGION'] as const).find((k) => (env[k] ?? '').trim() !== '');
  const values: Record<InputName, string> = { ...INPUT_DEFAULTS };
  for (const name of INPUT_NAMES) {
    const v = (raw[name] ?? '').trim();
    if (v !== '') values[name] = v;
  }
  if (fromEnv) values.aws_region = (env[fromEnv] ?? '').trim();

  const result = configSchema({
    regionSource: fromEnv ? `the ${fromEnv} environment variable` : '',
    yaml,
  }).safeParse(values);
  if (!result.success) {
    const errors = result.error.issues.map((issue): InputError => {
      const input = String(issue.path[0] ?? 'inputs');
      return { input, value: shown(display(values[input as InputName])), message: issue.message };
    });
    return { ok: false, errors };
  }
  const config = result.data;
  return { ok: true, config, warnings: warningsFor(config, raw) };
}

/** Every mode the `mode` input accepts, in the order the docs list them. */
export const MODES = [
  'apply',
  'plan',
  'destroy',
  'snapshot',
  'cleanup',
] as const satisfies readonly Config['mode'][];

function configSchema(ctx: SchemaContext) {
  const schemas = [applySchema(ctx), destroySchema(ctx), snapshotSchema(ctx), cleanupSchema(ctx)] as const;
  return z.discriminatedUnion('mode', schemas, {
    error: (issue) => (issue.code === 'invalid_union' ? `must be one of: ${MODES.join(', ')}` : undefined),
  });
}

function warningsFor(config: Config, raw: Record<InputName, string>): string[] {
  switch (config.mode) {
    case 'apply':
    case 'plan':
      return applyWarnings(config, raw);
    case 'destroy':
    case 'snapshot':
    case 'cleanup':
      return [];
  }
}
