// A zod field over one raw input string: trimmed, empty → the action.yml default, then its rule.
// Rule errors become zod issues on that input, so one parse reports every bad input at once.

import { z } from 'zod';
import { INPUT_DEFAULTS, type InputName } from './inputs.js';
import { fail, RuleError } from './rules.js';
import type { YamlParser } from './tags.js';

/** What every mode's schema is built with, besides the raw inputs. */
export interface SchemaContext {
  /** Where aws_region came from when the input is empty ('' when it is set), for its error message. */
  regionSource: string;
  /** The YAML parser, loaded only when the `tags` input is YAML (config/tags.ts: tagsAreYaml). */
  yaml: YamlParser | undefined;
}

/** A zod field over the raw string: trimmed, empty → the action.yml default, then `rule`. */
export function field<T>(name: InputName, rule: (s: string) => T) {
  return z
    .string()
    .optional()
    .transform((v, ctx): T => {
      const s = (v ?? '').trim() || INPUT_DEFAULTS[name];
      try {
        return rule(s);
      } catch (e) {
        if (!(e instanceof RuleError)) throw e;
        ctx.addIssue({ code: 'custom', message: e.message });
        return z.NEVER;
      }
    });
}

export function windowRule<W>(
  parse: (s: string) => { ok: true; window: W } | { ok: false; message: string },
) {
  return (s: string): W => {
    const r = parse(s);
    return r.ok ? r.window : fail(r.message);
  };
}

/**
 * A cross-input rule for superRefine: `rule` runs only when every input it reads is individually
 * valid (so one bad input never causes a second, misleading error), and reports on a named input.
 */
export function cross<F>(
  inputs: InputName[],
  rule: (v: F, issue: (input: InputName, message: string) => void) => void,
) {
  return [
    (v: F, ctx: z.core.$RefinementCtx<F>) =>
      rule(v, (input, message) => ctx.addIssue({ code: 'custom', message, path: [input] })),
    {
      when: (payload: z.core.ParsePayload) =>
        !payload.issues.some((i) => inputs.includes(i.path?.[0] as InputName)),
    },
  ] as const;
}
