// The inputs of modes destroy, snapshot and cleanup (config/lifecycle.ts), as mutation testing
// (npm run mutation) found them unpinned: every input each mode reads lands in its config, each is
// refused by name with the rule it broke, and what each mode refuses outright.

import { describe, expect, it } from 'vitest';
import * as yaml from 'yaml';
import { parseConfig } from '../src/config/index.js';
import { formatInputError, readInputs, type InputName } from '../src/config/inputs.js';

type Inputs = Partial<Record<InputName, string>>;

const parse = (inputs: Inputs, env: Record<string, string | undefined> = {}) =>
  parseConfig(
    readInputs((n) => inputs[n as InputName] ?? ''),
    env,
    yaml,
  );

function errorLines(inputs: Inputs): string[] {
  const r = parse(inputs);
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.errors.map(formatInputError);
}

const REGION = { aws_region: 'eu-west-1' };
const SNAPSHOT_NAME_HERE =
  'restores a new group on mode apply; destroy names its final snapshot <name>-final-<YYYYMMDD-HHMM> and snapshot names its own <name>-manual-<YYYY-MM-DD>';
const BOOLEAN = 'must be a boolean: one of true, True, TRUE, false, False, FALSE';

describe('destroy', () => {
  it('reads every input it needs into the config', () => {
    expect(
      parse(
        {
          mode: 'destroy',
          name: 'PR-7',
          ssm_prefix: '/shop/pr-7',
          final_snapshot: 'False',
          keep_logs: 'TRUE',
          dry_run: 'True',
          wait_timeout_minutes: '355',
        },
        { AWS_REGION: 'us-east-2' },
      ),
    ).toStrictEqual({
      ok: true,
      warnings: [],
      config: {
        mode: 'destroy',
        name: 'pr-7',
        region: 'us-east-2',
        ssmPrefix: '/shop/pr-7',
        dryRun: true,
        waitTimeoutMinutes: 355,
        finalSnapshot: false,
        keepLogs: true,
      },
    });
  });

  it('refuses each bad input by name, all at once', () => {
    expect(
      errorLines({
        mode: 'destroy',
        ...REGION,
        name: '1shop',
        ssm_prefix: 'shop',
        final_snapshot: 'no',
        keep_logs: 'yes',
        dry_run: 'maybe',
        wait_timeout_minutes: '356',
        snapshot_name: 'last',
      }),
    ).toStrictEqual([
      'Input "wait_timeout_minutes" = "356": must be an integer from 1 to 355',
      `Input "dry_run" = "maybe": ${BOOLEAN}`,
      `Input "snapshot_name" = "last": ${SNAPSHOT_NAME_HERE}`,
      'Input "name" = "1shop": must start with a letter (1-40 letters, digits or hyphens, starting with a letter)',
      'Input "ssm_prefix" = "shop": must start with "/" (e.g. /myapp/prod/redis)',
      `Input "final_snapshot" = "no": ${BOOLEAN}`,
      `Input "keep_logs" = "yes": ${BOOLEAN}`,
    ]);
  });

  it('needs a name and a region', () => {
    expect(errorLines({ mode: 'destroy', wait_timeout_minutes: '0' })).toStrictEqual([
      'Input "aws_region" = "": is required: set the aws_region input, or run aws-actions/configure-aws-credentials first (it sets AWS_REGION)',
      'Input "wait_timeout_minutes" = "0": must be an integer from 1 to 355',
      'Input "name" = "": is required: the replication group id (1-40 letters, digits or hyphens, starting with a letter)',
    ]);
  });
});

describe('snapshot', () => {
  it('reads every input it needs into the config', () => {
    expect(
      parse({
        mode: 'snapshot',
        ...REGION,
        name: 'Shop',
        keep_snapshots: '100',
        dry_run: 'true',
        wait_timeout_minutes: '1',
      }),
    ).toStrictEqual({
      ok: true,
      warnings: [],
      config: {
        mode: 'snapshot',
        name: 'shop',
        region: 'eu-west-1',
        dryRun: true,
        waitTimeoutMinutes: 1,
        keepSnapshots: 100,
      },
    });
    expect(parse({ mode: 'snapshot', ...REGION, name: 'shop', keep_snapshots: '1' })).toMatchObject({
      config: { keepSnapshots: 1, dryRun: false, waitTimeoutMinutes: 60 },
    });
  });

  it('refuses each bad input by name, all at once', () => {
    expect(
      errorLines({
        mode: 'snapshot',
        ...REGION,
        name: 'shop-',
        keep_snapshots: '101',
        dry_run: 'no',
        snapshot_name: 'x',
      }),
    ).toStrictEqual([
      `Input "dry_run" = "no": ${BOOLEAN}`,
      `Input "snapshot_name" = "x": ${SNAPSHOT_NAME_HERE}`,
      'Input "name" = "shop-": must not end with a hyphen',
      'Input "keep_snapshots" = "101": must be an integer from 1 to 100 (snapshots to keep, newest first)',
    ]);
  });
});

describe('cleanup', () => {
  it('reads every input it needs into the config', () => {
    expect(
      parse({
        mode: 'cleanup',
        ...REGION,
        preview_ttl_hours: '8760',
        keep_logs: 'true',
        dry_run: 'true',
        wait_timeout_minutes: '30',
        github_token: 'ghs_abc',
      }),
    ).toStrictEqual({
      ok: true,
      warnings: [],
      config: {
        mode: 'cleanup',
        region: 'eu-west-1',
        dryRun: true,
        waitTimeoutMinutes: 30,
        previewTtlHours: 8760,
        keepLogs: true,
        githubToken: 'ghs_abc',
      },
    });
  });

  it('refuses each bad input by name, all at once', () => {
    expect(
      errorLines({
        mode: 'cleanup',
        ...REGION,
        name: 'pr-1',
        preview_ttl_hours: '8761',
        keep_logs: 'no',
        snapshot_name: 'x',
      }),
    ).toStrictEqual([
      `Input "snapshot_name" = "x": ${SNAPSHOT_NAME_HERE}`,
      'Input "name" = "pr-1": is not read by mode cleanup: it finds every preview group of this repository by its tags; to delete one group use mode destroy',
      'Input "preview_ttl_hours" = "8761": must be an integer from 1 to 8760 (hours since the preview was created)',
      `Input "keep_logs" = "no": ${BOOLEAN}`,
    ]);
    expect(errorLines({ mode: 'cleanup', ...REGION, preview_ttl_hours: '0' })).toStrictEqual([
      'Input "preview_ttl_hours" = "0": must be an integer from 1 to 8760 (hours since the preview was created)',
    ]);
  });
});
