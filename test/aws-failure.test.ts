// src/aws/failure.ts on the error shapes the adapter tests do not produce: a thrown non-object, and a
// network error without a Node.js code.

import { describe, expect, it } from 'vitest';
import { describeAwsFailure } from '../src/aws/failure.js';

describe('describeAwsFailure', () => {
  it('a thrown string is named Error and its text kept', () => {
    const e = describeAwsFailure('ec2', 'DescribeSubnets', 'boom');
    expect(e.message).toBe('EC2 DescribeSubnets failed: Error: boom');
    expect(e.causeName).toBe('Error');
  });

  it('a timeout without a Node.js code is named by its error name', () => {
    const e = describeAwsFailure('ssm', 'GetParameters', {
      name: 'TimeoutError',
      message: 'socket timed out',
      $metadata: {},
    });
    expect(e.message).toMatch(/^SSM GetParameters could not reach AWS after 1 attempt \(TimeoutError\)\./);
  });
});
