// References in the inputs that do not exist — allowed_security_group_ids, security_group_ids, the
// SNS topic, the KMS key — stop the run before any write with a named error, and a failed run sets
// no has_changes/changes outputs. A converged re-run spends no call on checking them again.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeCloud } from './fake/index.js';
import { ok } from './support/converge.js';
import { runAction, type RunResult } from './support/harness.js';
import { APP_SG, createWorld, EXTRA_SG, KMS_KEY, SUBNETS, TOPIC } from './support/world.js';

let cloud: FakeCloud;

beforeEach(() => {
  cloud = createWorld();
});
afterEach(() => cloud.restore());

const base: Record<string, string> = {
  name: 'shop-cache',
  node_type: 'cache.t4g.micro',
  subnet_ids: `${SUBNETS[0]},${SUBNETS[1]}`,
  aws_region: 'eu-west-1',
  allowed_security_group_ids: APP_SG,
};

const run = (inputs: Record<string, string>) => runAction(inputs, { clock: cloud.clock });

function failedBeforeAnyWrite(r: RunResult, message: RegExp) {
  expect(r.failed).toBe(true);
  expect(r.errors.join('\n')).toMatch(message);
  expect(cloud.mutatingCalls()).toEqual([]);
  expect(r.outputs.status).toBe('failed');
  expect(r.outputs.has_changes).toBeUndefined();
  expect(r.outputs.changes).toBeUndefined();
}

const MISSING_TOPIC = 'arn:aws:sns:eu-west-1:123456789012:nobody-home';
const MISSING_KEY = '11111111-2222-3333-4444-555555555555';

describe('references that do not exist', () => {
  it('an SNS topic: named error, zero writes, in apply and in plan', async () => {
    for (const mode of ['apply', 'plan']) {
      cloud.resetCalls();
      const r = await run({ ...base, mode, notification_topic_arn: MISSING_TOPIC });
      failedBeforeAnyWrite(
        r,
        new RegExp(`Input "notification_topic_arn": SNS topic ${MISSING_TOPIC} does not exist in eu-west-1`),
      );
    }
  });

  it('an SNS topic on an existing group (the change is checked too)', async () => {
    ok(await run(base));
    cloud.resetCalls();
    failedBeforeAnyWrite(
      await run({ ...base, notification_topic_arn: MISSING_TOPIC }),
      /Input "notification_topic_arn": SNS topic .* does not exist/,
    );
  });

  it('a KMS key, by id or alias, and a key pending deletion', async () => {
    failedBeforeAnyWrite(
      await run({ ...base, kms_key_id: MISSING_KEY }),
      new RegExp(`Input "kms_key_id": KMS key ${MISSING_KEY} does not exist in eu-west-1`),
    );
    cloud.resetCalls();
    failedBeforeAnyWrite(
      await run({ ...base, kms_key_id: 'alias/nope' }),
      /Input "kms_key_id": KMS key alias\/nope does not exist/,
    );
    cloud.addKmsKey({ keyId: '22222222-2222-3333-4444-555555555555', state: 'PendingDeletion' });
    cloud.resetCalls();
    failedBeforeAnyWrite(
      await run({ ...base, kms_key_id: '22222222-2222-3333-4444-555555555555' }),
      /Input "kms_key_id": KMS key 22222222-2222-3333-4444-555555555555 is PendingDeletion; ElastiCache encrypts only with an enabled key/,
    );
  });

  it('security groups (allowed and attached), every problem named at once', async () => {
    const r = await run({
      ...base,
      allowed_security_group_ids: `${APP_SG},sg-0123456789abcdeee`,
      security_group_ids: 'sg-0123456789abcdeff',
      notification_topic_arn: MISSING_TOPIC,
    });
    failedBeforeAnyWrite(
      r,
      /Input "allowed_security_group_ids": security group sg-0123456789abcdeee does not exist/,
    );
    expect(r.errors.join('\n')).toMatch(
      /Input "security_group_ids": security group sg-0123456789abcdeff does not exist/,
    );
    expect(r.errors.join('\n')).toMatch(/Input "notification_topic_arn"/);
  });
});

describe('references that exist', () => {
  it('are checked once on create and never again on a converged re-run', async () => {
    const inputs = {
      ...base,
      security_group_ids: EXTRA_SG,
      notification_topic_arn: TOPIC,
      kms_key_id: KMS_KEY,
    };
    ok(await run(inputs));
    const checks = () =>
      cloud.calls
        .filter((c) => ['GetTopicAttributes', 'DescribeKey'].includes(c.command))
        .map((c) => c.command);
    expect(checks().sort()).toEqual(['DescribeKey', 'GetTopicAttributes']);
    cloud.resetCalls();
    cloud.clock.advance(60_000);
    const again = ok(await run(inputs));
    expect(again.outputs.has_changes).toBe('false');
    expect(cloud.mutatingCalls()).toEqual([]);
    expect(checks()).toEqual([]);
  });
});
