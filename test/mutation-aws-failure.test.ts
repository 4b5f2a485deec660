// describeAwsFailure (src/aws/failure.ts): each class of failure and the exact text a user reads
// for it, on the shapes the SDK produces (mutation testing: the branches between "denied",
// "credentials", "throttled", "could not reach", "AWS side" and a plain failure, and the parts of
// the message that depend on attempts, request id and status).

import { describe, expect, it } from 'vitest';
import { describeAwsFailure } from '../src/aws/failure.js';
import { AwsCallError } from '../src/errors.js';

const sdk = (name: string, meta: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => ({
  name,
  message: 'AWS says no',
  $metadata: meta,
  ...extra,
});

describe('describeAwsFailure', () => {
  it('keeps the service, operation, cause name, attempts and the cause itself', () => {
    const cause = sdk('SomeFault', { httpStatusCode: 400, attempts: 2 });
    const e = describeAwsFailure('elasticache', 'ModifyReplicationGroup', cause);
    expect(e).toBeInstanceOf(AwsCallError);
    expect([e.service, e.operation, e.causeName, e.attempts, e.iamAction]).toEqual([
      'elasticache',
      'ModifyReplicationGroup',
      'SomeFault',
      2,
      'elasticache:ModifyReplicationGroup',
    ]);
    expect(e.cause).toBe(cause);
    expect(e.message).toBe('ElastiCache ModifyReplicationGroup failed: SomeFault: AWS says no');
  });

  it('a plain failure names the request id only when AWS gave one, and trims the AWS message', () => {
    expect(
      describeAwsFailure('ssm', 'PutParameter', {
        ...sdk('ValidationException', { httpStatusCode: 400, requestId: 'r-9' }),
        message: '  too long \n',
      }).message,
    ).toBe('SSM PutParameter failed: ValidationException: too long (request id r-9)');
  });

  it('access denied names the IAM permission', () => {
    expect(
      describeAwsFailure('kms', 'DescribeKey', sdk('AccessDeniedException', { httpStatusCode: 400 })).message,
    ).toBe(
      'KMS DescribeKey was denied (AccessDeniedException): the role this workflow runs as needs the IAM permission "kms:DescribeKey". ' +
        "Add it to the role's policy (docs/iam/ has the minimal policy of each mode) and re-run. AWS said: AWS says no",
    );
  });

  it('missing or expired credentials say how to configure them', () => {
    for (const name of ['ExpiredToken', 'InvalidClientTokenId', 'AuthFailure', 'CredentialsProviderError']) {
      expect(
        describeAwsFailure('sns', 'GetTopicAttributes', sdk(name, { httpStatusCode: 403 })).message,
      ).toBe(
        `SNS GetTopicAttributes failed: no valid AWS credentials (${name}). Run aws-actions/configure-aws-credentials ` +
          'before this step, or check that the role session has not expired. AWS said: AWS says no',
      );
    }
  });

  it('throttling (by name, by HTTP 429 or by the retryable trait) says the attempts made', () => {
    for (const e of [
      sdk('ThrottlingException', { httpStatusCode: 400, attempts: 5 }),
      sdk('SlowDown', { httpStatusCode: 429, attempts: 5 }),
      sdk('Busy', { httpStatusCode: 400, attempts: 5 }, { $retryable: { throttling: true } }),
    ]) {
      expect(describeAwsFailure('tag', 'GetResources', e).message).toBe(
        `Resource Groups Tagging API GetResources was still throttled by AWS after 5 attempts (${e.name}): too many calls in this account and region; re-run later. AWS said: AWS says no`,
      );
    }
    expect(
      describeAwsFailure('cloudwatch', 'DescribeAlarms', sdk('Throttling', { attempts: 1 })).message,
    ).toMatch(/^CloudWatch DescribeAlarms was still throttled by AWS after 1 attempt \(Throttling\)/);
  });

  it('no HTTP answer: could not reach AWS, named by the Node.js code, with nothing trailing', () => {
    const e = describeAwsFailure('ec2', 'DescribeSubnets', {
      name: 'Error',
      code: 'ENOTFOUND',
      message: '',
      $metadata: { attempts: 3 },
    });
    expect(e.message).toBe(
      'EC2 DescribeSubnets could not reach AWS after 3 attempts (ENOTFOUND). Check the network, the region, ' +
        'and AWS_ENDPOINT_URL if you point the action at an emulator.',
    );
    expect(e.causeName).toBe('Error');
  });

  it('an HTTP answer that is transient or a server error failed on the AWS side, with its status', () => {
    const side = (name: string, status: number) =>
      describeAwsFailure('logs', 'CreateLogGroup', sdk(name, { httpStatusCode: status, requestId: 'r-1' }))
        .message;
    // 501 is a server error the SDK does not call transient; 408 RequestTimeout is transient, not 5xx.
    expect(side('NotImplemented', 501)).toBe(
      'CloudWatch Logs CreateLogGroup failed on the AWS side after 1 attempt (NotImplemented, HTTP 501); re-run later. AWS said: AWS says no (request id r-1)',
    );
    expect(side('RequestTimeout', 408)).toBe(
      'CloudWatch Logs CreateLogGroup failed on the AWS side after 1 attempt (RequestTimeout, HTTP 408); re-run later. AWS said: AWS says no (request id r-1)',
    );
    expect(side('ServiceUnavailable', 503)).toMatch(
      /failed on the AWS side after 1 attempt \(ServiceUnavailable, HTTP 503\)/,
    );
    expect(side('BadRequest', 400)).toBe(
      'CloudWatch Logs CreateLogGroup failed: BadRequest: AWS says no (request id r-1)',
    );
  });

  it('a thrown null or string is an "Error", never a crash of the classification', () => {
    expect(describeAwsFailure('ssm', 'GetParameters', null).message).toBe(
      'SSM GetParameters failed: Error: null',
    );
    expect(describeAwsFailure('ssm', 'GetParameters', undefined).message).toBe(
      'SSM GetParameters failed: Error: undefined',
    );
    expect(describeAwsFailure('ssm', 'GetParameters', 'ECONNRESET').message).toBe(
      'SSM GetParameters failed: Error: ECONNRESET',
    );
  });
});
