// The one retry layer, proven end to end: the SDK clients createClients() builds (the production
// configuration) talk HTTP to a loopback server of this test, which throttles, fails and then
// answers in each service's wire protocol. The server counts what it saw. The backoff's jitter
// source is injected as () => 0, so every retry waits 0 ms and nothing sleeps for real.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAdapters, type Adapters } from '../src/aws/adapters.js';
import {
  createClients,
  MAX_ATTEMPTS,
  maxTotalBackoffMs,
  THROTTLING_BASE_MS,
  TRANSIENT_BASE_MS,
  type ClientOptions,
} from '../src/aws/clients.js';
import { AwsCallError } from '../src/errors.js';
import {
  ec2Error,
  jsonError,
  jsonOk,
  queryError,
  startLoopback,
  xmlOk,
  type Loopback,
} from './support/loopback.js';

const EC = 'http://elasticache.amazonaws.com/doc/2015-02-02/';
const SUCCESS = {
  DescribeReplicationGroups: xmlOk(
    `<DescribeReplicationGroupsResponse xmlns="${EC}"><DescribeReplicationGroupsResult><ReplicationGroups>` +
      `<ReplicationGroup><ReplicationGroupId>shop-cache</ReplicationGroupId><Status>available</Status></ReplicationGroup>` +
      `</ReplicationGroups></DescribeReplicationGroupsResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata>` +
      `</DescribeReplicationGroupsResponse>`,
  ),
  DescribeSubnets: xmlOk(
    `<DescribeSubnetsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r</requestId><subnetSet>` +
      `<item><subnetId>subnet-0a1b2c3d4e5f60001</subnetId><vpcId>vpc-1</vpcId><availabilityZone>eu-west-1a</availabilityZone></item>` +
      `</subnetSet></DescribeSubnetsResponse>`,
  ),
  GetParameters: jsonOk({
    Parameters: [{ Name: '/app/REDIS_URL', Value: 'redis://h:6379/0', Type: 'String', Version: 1 }],
    InvalidParameters: [],
  }),
  DescribeLogGroups: jsonOk({
    logGroups: [{ logGroupName: '/aws/elasticache/shop-cache/slow-log', retentionInDays: 30 }],
  }),
};

let server: Loopback;
let notes: string[];

beforeEach(async () => {
  server = await startLoopback(SUCCESS);
  notes = [];
});
afterEach(() => server.close());

function adapters(options: ClientOptions = {}): Adapters {
  const clients = createClients('eu-west-1', {
    endpoint: server.url,
    credentials: { accessKeyId: 'AKIDLOOPBACK', secretAccessKey: 'loopback-secret' },
    random: () => 0,
    ...options,
  });
  return createAdapters('eu-west-1', (m) => notes.push(m), clients);
}

describe('retried by the SDK, then successful', () => {
  it('ElastiCache Throttling (awsQuery XML, HTTP 400) twice, then the answer', async () => {
    server.script(
      'DescribeReplicationGroups',
      queryError('Throttling', 'Rate exceeded'),
      queryError('Throttling', 'Rate exceeded'),
    );
    const rg = await adapters().elasticache.describeReplicationGroup('shop-cache');
    expect(rg?.Status).toBe('available');
    expect(server.count('DescribeReplicationGroups')).toBe(3);
    expect(notes).toEqual([
      'elasticache:DescribeReplicationGroups succeeded after 3 attempts (the SDK retried throttling or a transient error)',
    ]);
  });

  it('EC2 RequestLimitExceeded (EC2 XML error, HTTP 503), then the answer', async () => {
    server.script('DescribeSubnets', ec2Error('RequestLimitExceeded', 'Request limit exceeded.', 503));
    const subnets = await adapters().ec2.describeSubnets(['subnet-0a1b2c3d4e5f60001']);
    expect(subnets.map((s) => s.VpcId)).toEqual(['vpc-1']);
    expect(server.count('DescribeSubnets')).toBe(2);
  });

  it('HTTP 500 then 503 (server errors), then the answer', async () => {
    server.script(
      'DescribeReplicationGroups',
      queryError('InternalFailure', 'internal error', 500),
      queryError('ServiceUnavailable', 'try again', 503),
    );
    expect((await adapters().elasticache.describeReplicationGroup('shop-cache'))?.ReplicationGroupId).toBe(
      'shop-cache',
    );
    expect(server.count('DescribeReplicationGroups')).toBe(3);
  });

  it('a dropped connection (ECONNRESET), then the answer', async () => {
    server.script('DescribeReplicationGroups', { reset: true });
    expect((await adapters().elasticache.describeReplicationGroup('shop-cache'))?.Status).toBe('available');
    expect(server.count('DescribeReplicationGroups')).toBe(2);
  });

  it('SSM ThrottlingException (JSON, HTTP 400), then the answer', async () => {
    server.script(
      'GetParameters',
      jsonError('ThrottlingException', 'Rate exceeded'),
      jsonError('ThrottlingException', 'Rate exceeded'),
    );
    const found = await adapters().ssm.getParameters(['/app/REDIS_URL']);
    expect(found['/app/REDIS_URL']?.value).toBe('redis://h:6379/0');
    expect(server.count('GetParameters')).toBe(3);
  });

  it('CloudWatch Logs ThrottlingException (JSON, HTTP 400), then the answer', async () => {
    server.script('DescribeLogGroups', jsonError('ThrottlingException', 'Rate exceeded'));
    const groups = await adapters().logs.describeLogGroups('/aws/elasticache/shop-cache/');
    expect(groups).toEqual({ '/aws/elasticache/shop-cache/slow-log': 30 });
    expect(server.count('DescribeLogGroups')).toBe(2);
  });
});

describe('the bound: at most MAX_ATTEMPTS sends, then a clear error', () => {
  it('throttling that never ends is sent exactly 5 times and named with its attempts', async () => {
    server.script(
      'DescribeReplicationGroups',
      ...Array.from({ length: 10 }, () => queryError('Throttling', 'Rate exceeded')),
    );
    const err = await adapters()
      .elasticache.describeReplicationGroup('shop-cache')
      .catch((e: unknown) => e);
    expect(MAX_ATTEMPTS).toBe(5);
    expect(server.count('DescribeReplicationGroups')).toBe(MAX_ATTEMPTS);
    expect(err).toBeInstanceOf(AwsCallError);
    expect((err as AwsCallError).attempts).toBe(5);
    expect((err as Error).message).toMatch(
      /^ElastiCache DescribeReplicationGroups was still throttled by AWS after 5 attempts \(Throttling\): .*Rate exceeded/,
    );
  });

  it('EC2 503s that never end are sent 5 times and reported as an AWS-side failure', async () => {
    server.script(
      'DescribeSubnets',
      ...Array.from({ length: 10 }, () => ec2Error('Unavailable', 'down', 503)),
    );
    const err = await adapters()
      .ec2.describeSubnets(['subnet-0a1b2c3d4e5f60001'])
      .catch((e: unknown) => e);
    expect(server.count('DescribeSubnets')).toBe(5);
    expect((err as Error).message).toMatch(
      /^EC2 DescribeSubnets failed on the AWS side after 5 attempts \(Unavailable, HTTP 503\)/,
    );
  });
});

describe('permanent errors are sent exactly once', () => {
  it('ElastiCache InvalidParameterValue', async () => {
    server.script('DescribeReplicationGroups', queryError('InvalidParameterValue', 'bad id'));
    const err = await adapters()
      .elasticache.describeReplicationGroup('shop-cache')
      .catch((e: unknown) => e);
    expect(server.count('DescribeReplicationGroups')).toBe(1);
    // The SDK maps the wire code to its modelled error (awsQueryError trait).
    expect((err as AwsCallError).causeName).toBe('InvalidParameterValueException');
    expect((err as AwsCallError).attempts).toBe(1);
  });

  it('ElastiCache AccessDenied (HTTP 403) names the IAM action', async () => {
    server.script('DescribeReplicationGroups', queryError('AccessDenied', 'not authorized', 403));
    const err = await adapters()
      .elasticache.describeReplicationGroup('shop-cache')
      .catch((e: unknown) => e);
    expect(server.count('DescribeReplicationGroups')).toBe(1);
    expect((err as Error).message).toMatch(
      /needs the IAM permission "elasticache:DescribeReplicationGroups"/,
    );
  });

  it('EC2 UnauthorizedOperation', async () => {
    server.script('DescribeSubnets', ec2Error('UnauthorizedOperation', 'You are not authorized', 403));
    await expect(adapters().ec2.describeSubnets(['subnet-0a1b2c3d4e5f60001'])).rejects.toThrow(
      /"ec2:DescribeSubnets"/,
    );
    expect(server.count('DescribeSubnets')).toBe(1);
  });

  it('SSM AccessDeniedException', async () => {
    server.script('GetParameters', jsonError('AccessDeniedException', 'no'));
    await expect(adapters().ssm.getParameters(['/app/REDIS_URL'])).rejects.toThrow(/"ssm:GetParameters"/);
    expect(server.count('GetParameters')).toBe(1);
  });
});

describe('the backoff the SDK waits (its real strategy, timers faked)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  async function delays(errorType: 'THROTTLING' | 'TRANSIENT'): Promise<number[]> {
    vi.useFakeTimers();
    const clients = createClients('eu-west-1', { random: () => 0.999_999 });
    const strategy = (await clients.elasticache.config.retryStrategy()) as unknown as {
      acquireInitialRetryToken(scope: string): Promise<unknown>;
      refreshRetryTokenForRetry(token: unknown, info: { errorType: string; error: Error }): Promise<unknown>;
    };
    const waited: number[] = [];
    let token = await strategy.acquireInitialRetryToken('');
    for (;;) {
      const next = strategy.refreshRetryTokenForRetry(token, { errorType, error: new Error(errorType) });
      const settled = next.then(
        (t) => ({ ok: true as const, t }),
        (e: unknown) => ({ ok: false as const, e }),
      );
      const before = Date.now();
      await vi.runAllTimersAsync();
      const r = await settled;
      if (!r.ok) break;
      waited.push(Date.now() - before);
      token = r.t;
    }
    return waited;
  }

  it('throttled: 4 retries, full jitter up to 1, 2, 4, 8 s: at most 15 s in all', async () => {
    const waited = await delays('THROTTLING');
    expect(waited).toHaveLength(MAX_ATTEMPTS - 1);
    expect(waited).toEqual([999, 1999, 3999, 7999]);
    expect(maxTotalBackoffMs(THROTTLING_BASE_MS)).toBe(15_000);
  });

  it('transient (5xx, network): 4 retries up to 0.25, 0.5, 1, 2 s: at most 3.75 s in all', async () => {
    const waited = await delays('TRANSIENT');
    expect(waited).toEqual([249, 499, 999, 1999]);
    expect(maxTotalBackoffMs(TRANSIENT_BASE_MS)).toBe(3_750);
  });
});
