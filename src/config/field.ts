// A zod field over one raw input string: trimmed, empty → the action.yml default, then its rule.
// Rule errors become zod issues on that input, so one parse reports every bad input at once.

import * as z from 'zod/mini';
import { INPUT_DEFAULTS, MODE_INPUTS, type InputName } from './inputs.js';
import { fail, region, required, RuleError } from './rules.js';
import type { YamlParser } from './tags.js';

/** What every mode's schema is built with, besides the raw inputs. */
export interface SchemaContext {
  /** Where aws_region came from when the input is empty ('' when it is set), for its error message. */
  regionSource: string;
  /** The YAML parser, loaded only when the `tags` input is YAML (config/tags.ts: tagsAreYaml). */
  yaml: YamlParser | undefined;
}

/** A zod field over the raw string: trimmed, empty → the action.yml default, then `rule`. */
export function field<T>(name: InputName, rule: (s: string) => T, fallback = INPUT_DEFAULTS[name]) {
  return z.pipe(
    z.optional(z.string()),
    z.transform((v, ctx): T => {
      const s = (v ?? '').trim() || fallback;
      try {
        return rule(s);
      } catch (e) {
        if (!(e instanceof RuleError)) throw e;
        ctx.issues.push({ code: 'custom', message: e.message, input: v });
        return z.NEVER;
      }
    }),
  );
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

/** A field read only by some modes: empty → that input's default in those modes (MODE_INPUTS). */
export function modeField<T>(name: keyof typeof MODE_INPUTS, rule: (s: string) => T) {
  return field(name, rule, MODE_INPUTS[name].default);
}

/**
 * An input this mode does not read but that signals a misunderstanding when set (e.g. dry_run with
 * apply, which would write): refused with `message`, before any AWS call.
 */
export function refusedHere(message: string) {
  return z.optional(z.string()).check(
    z.superRefine((v, ctx) => {
      if ((v ?? '').trim() !== '') ctx.addIssue({ code: 'custom', message });
    }),
  );
}

/** aws_region, or the AWS_REGION/AWS_DEFAULT_REGION the credentials step set (named in errors). */
export function regionField(regionSource: string) {
  return field(
    'aws_region',
    required(
      'set the aws_region input, or run aws-actions/configure-aws-credentials first (it sets AWS_REGION)',
      (s) => {
        try {
          return region(s);
        } catch (e) {
          if (e instanceof RuleError && regionSource) fail(`${e.message} (taken from ${regionSource})`);
          throw e;
        }
      },
    ),
  );
}
