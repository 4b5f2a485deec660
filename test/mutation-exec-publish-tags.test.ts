// Step handlers that write to many resources (src/execute/publish.ts, tags.ts, alarms.ts) and the
// race classification (conflict.ts), against stubbed adapters: which parameters are written and
// with what, which resources are tagged and in which order, which alarms are deleted, and which
// AWS answers count as another run's doing.

import { describe, expect, it, vi } from 'vitest';
import { publishSteps } from '../src/execute/publish.js';
import { tagSteps } from '../src/execute/tags.js';
import { alarmSteps } from '../src/execute/alarms.js';
import {
  ConcurrentChangeError,
  StaleObservationError,
  isBusySymptom,
  raceSymptom,
} from '../src/execute/conflict.js';
import { emptyResult, type ExecContext } from '../src/execute/context.js';
import { resourceNames } from '../src/domain/names.js';
import { connectionUrls } from '../src/domain/urls.js';
import { CREATED_BY_TAG } from '../src/domain/ownership.js';
import { AwsCallError, PlanError } from '../src/errors.js';
import type { ApplyConfig } from '../src/config/types.js';
import type { Observed } from '../src/observe/types.js';
import { config, converged } from './support/config.js';

const TAGS = { Team: 'web' };
const CREATE_TAGS = { Team: 'web', [CREATED_BY_TAG]: 'acme/shop' };
const base = { level: 0, reason: 'r' };
const HOST = 'primary.example.cache.amazonaws.com';
const RG_ARN = 'arn:aws:elasticache:eu-west-1:123456789012:replicationgroup:shop-cache';

function setup(cfg: ApplyConfig = config(), observed: Observed = converged(cfg)) {
  const calls: string[] = [];
  const rec =
    (name: string) =>
    async (...args: unknown[]) =>
      void calls.push(`${name} ${args.map((a) => JSON.stringify(a)).join(' ')}`);
  const elasticache = {
    describeReplicationGroup: vi.fn(async () => ({
      ReplicationGroupId: cfg.name,
      NodeGroups: [{ PrimaryEndpoint: { Address: HOST, Port: 6380 } }],
    })),
    addTags: vi.fn(rec('ec.add')),
    removeTags: vi.fn(rec('ec.remove')),
  };
  const ssm = {
    putParameter: vi.fn(async (..._args: unknown[]) => undefined),
    tag: vi.fn(rec('ssm.add')),
    untag: vi.fn(rec('ssm.remove')),
  };
  const ec2 = { tag: vi.fn(rec('ec2.add')), untag: vi.fn(rec('ec2.remove')) };
  const logs = { tag: vi.fn(rec('logs.add')), untag: vi.fn(rec('logs.remove')) };
  const cloudwatch = {
    putMetricAlarm: vi.fn(async (..._args: unknown[]) => undefined),
    listTags: vi.fn(async (_arn: string): Promise<Record<string, string>> => ({})),
    deleteAlarms: vi.fn(async (..._args: unknown[]) => undefined),
  };
  const log = { info: vi.fn(), warning: vi.fn(), mask: vi.fn() };
  const ctx = {
    cfg,
    observed,
    tags: TAGS,
    createTags: CREATE_TAGS,
    aws: { elasticache, ssm, ec2, logs, cloudwatch },
    log,
  } as unknown as ExecContext;
  const st = emptyResult();
  return { cfg, names: resourceNames(cfg), ctx, st, elasticache, ssm, cloudwatch, log, calls };
}

const publish = (parameterNames: string[], tokenless?: boolean) => ({
  ...base,
  kind: 'publish-ssm' as const,
  parameterNames,
  ...(tokenless === undefined ? {} : { tokenless }),
});

describe('publish-ssm', () => {
  it('reads the group when none is known yet, and writes every listed URL with its port', async () => {
    const t = setup();
    const all = [t.names.ssm.redisUrl, t.names.ssm.celeryBrokerUrl, t.names.ssm.celeryResultBackend];
    await publishSteps['publish-ssm'].run(publish(all), t.ctx, t.st);
    expect(t.elasticache.describeReplicationGroup).toHaveBeenCalledWith(t.cfg.name);
    expect(t.st.group?.NodeGroups?.[0]?.PrimaryEndpoint?.Address).toBe(HOST);
    const urls = connectionUrls(
      { host: HOST, port: 6380, tls: t.cfg.transitEncryptionEnabled, token: undefined },
      t.cfg,
    );
    const desc = `Connection URL for ${t.cfg.name} (django-redis-action)`;
    expect(t.ssm.putParameter.mock.calls).toEqual([
      [t.names.ssm.redisUrl, urls.redisUrl, false, undefined, TAGS, desc, CREATE_TAGS],
      [t.names.ssm.celeryBrokerUrl, urls.celeryBrokerUrl, false, undefined, TAGS, desc, CREATE_TAGS],
      [
        t.names.ssm.celeryResultBackend,
        urls.celeryResultBackendUrl,
        false,
        undefined,
        TAGS,
        desc,
        CREATE_TAGS,
      ],
    ]);
    expect(t.st.ssm[t.names.ssm.redisUrl]).toStrictEqual({ value: urls.redisUrl, type: 'String' });
    expect(t.log.mask).not.toHaveBeenCalled();
    expect(publishSteps['publish-ssm'].title(publish(all))).toBe('publish SSM parameters');
  });

  it('uses the group it already knows; without a port it uses the configured one', async () => {
    const t = setup();
    t.st.group = { NodeGroups: [{ PrimaryEndpoint: { Address: 'known.host' } }] };
    await publishSteps['publish-ssm'].run(publish([t.names.ssm.redisUrl]), t.ctx, t.st);
    expect(t.elasticache.describeReplicationGroup).not.toHaveBeenCalled();
    const urls = connectionUrls(
      { host: 'known.host', port: t.cfg.port, tls: t.cfg.transitEncryptionEnabled, token: undefined },
      t.cfg,
    );
    expect(t.ssm.putParameter.mock.calls.map((c) => [c[0], c[1]])).toEqual([
      [t.names.ssm.redisUrl, urls.redisUrl],
    ]);
  });

  it('writes only the listed parameters whose value or type differs, passing the stored type', async () => {
    const t = setup();
    t.st.group = { NodeGroups: [{ PrimaryEndpoint: { Address: HOST, Port: 6379 } }] };
    const urls = connectionUrls(
      { host: HOST, port: 6379, tls: t.cfg.transitEncryptionEnabled, token: undefined },
      t.cfg,
    );
    t.st.ssm[t.names.ssm.redisUrl] = { value: urls.redisUrl, type: 'String' }; // same: skipped
    t.st.ssm[t.names.ssm.celeryBrokerUrl] = { value: urls.celeryBrokerUrl, type: 'SecureString' }; // type differs
    t.st.ssm[t.names.ssm.celeryResultBackend] = { value: 'old', type: 'String' }; // not listed
    await publishSteps['publish-ssm'].run(
      publish([t.names.ssm.redisUrl, t.names.ssm.celeryBrokerUrl]),
      t.ctx,
      t.st,
    );
    expect(t.ssm.putParameter.mock.calls.map((c) => [c[0], c[1], c[2], c[3]])).toEqual([
      [t.names.ssm.celeryBrokerUrl, urls.celeryBrokerUrl, false, 'SecureString'],
    ]);
    expect(t.st.ssm[t.names.ssm.celeryResultBackend]?.value).toBe('old');
  });

  it('a group without a primary endpoint cannot be published', async () => {
    for (const group of [{ NodeGroups: [{ PrimaryEndpoint: {} }] }, { NodeGroups: [] }, {}]) {
      const t = setup();
      t.st.group = group;
      const e = await publishSteps['publish-ssm']
        .run(publish([t.names.ssm.redisUrl]), t.ctx, t.st)
        .catch((x: unknown) => x);
      expect(e).toBeInstanceOf(PlanError);
      expect((e as Error).message).toBe(
        `replication group ${t.cfg.name} has no primary endpoint yet; cannot publish URLs`,
      );
    }
    const gone = setup();
    gone.elasticache.describeReplicationGroup.mockResolvedValueOnce(undefined as never);
    await expect(
      publishSteps['publish-ssm'].run(publish([gone.names.ssm.redisUrl]), gone.ctx, gone.st),
    ).rejects.toBeInstanceOf(PlanError);
  });

  describe('with AUTH', () => {
    const cfg = config({ auth_token_enabled: 'true', transit_encryption_enabled: 'true' });

    it('embeds the token, masks every URL, and writes SecureStrings', async () => {
      const t = setup(cfg);
      t.st.token = 'SECRET';
      await publishSteps['publish-ssm'].run(publish([t.names.ssm.redisUrl]), t.ctx, t.st);
      const urls = connectionUrls({ host: HOST, port: 6380, tls: true, token: 'SECRET' }, cfg);
      expect(t.log.mask.mock.calls.map((c) => c[0])).toEqual(Object.values(urls));
      expect(t.ssm.putParameter.mock.calls.map((c) => [c[1], c[2]])).toEqual([[urls.redisUrl, true]]);
      expect(t.st.ssm[t.names.ssm.redisUrl]?.type).toBe('SecureString');
    });

    it('without a token it fails, before any write', async () => {
      const t = setup(cfg);
      const e = await publishSteps['publish-ssm']
        .run(publish([t.names.ssm.redisUrl]), t.ctx, t.st)
        .catch((x: unknown) => x);
      expect(e).toBeInstanceOf(PlanError);
      expect((e as Error).message).toBe(`no AUTH token is stored in ${t.names.ssm.authToken}`);
      expect(t.ssm.putParameter).not.toHaveBeenCalled();
    });

    it('tokenless: URLs without the token, still as SecureStrings, nothing masked', async () => {
      const t = setup(cfg);
      t.st.token = 'SECRET';
      await publishSteps['publish-ssm'].run(publish([t.names.ssm.redisUrl], true), t.ctx, t.st);
      const urls = connectionUrls({ host: HOST, port: 6380, tls: true, token: undefined }, cfg);
      expect(t.ssm.putParameter.mock.calls.map((c) => [c[1], c[2]])).toEqual([[urls.redisUrl, true]]);
      expect(t.log.mask).not.toHaveBeenCalled();
      const none = setup(cfg);
      await publishSteps['publish-ssm'].run(publish([none.names.ssm.redisUrl], true), none.ctx, none.st);
      expect(none.ssm.putParameter).toHaveBeenCalledTimes(1);
    });
  });
});

describe('add-tags / remove-tags', () => {
  it('tags every managed resource that exists, the group last', async () => {
    const cfg = config();
    const o = converged(cfg);
    o.ssm['/x/AUTH_TOKEN_PENDING'] = { value: 'p', type: 'SecureString' };
    const t = setup(cfg, o);
    t.st.securityGroupId = 'sg-ours';
    await tagSteps['add-tags'].run({ ...base, kind: 'add-tags', tags: { A: '1' } }, t.ctx, t.st);
    const prefix = 'arn:aws:elasticache:eu-west-1:123456789012';
    const tags = '{"A":"1"}';
    const siblings = [
      `ec.add "${prefix}:parametergroup:${t.names.parameterGroup}" ${tags}`,
      `ec.add "${prefix}:subnetgroup:${t.names.subnetGroup}" ${tags}`,
      `ec2.add "sg-ours" ${tags}`,
      `logs.add "arn:aws:logs:eu-west-1:123456789012:log-group:${t.names.slowLogGroup}" ${tags}`,
      `logs.add "arn:aws:logs:eu-west-1:123456789012:log-group:${t.names.engineLogGroup}" ${tags}`,
      ...Object.keys(o.ssm)
        .filter((n) => n !== t.names.ssm.authTokenPending)
        .map((n) => `ssm.add "${n}" ${tags}`),
    ];
    expect(t.calls.slice(0, -1).sort()).toEqual([...siblings].sort());
    expect(t.calls.at(-1)).toBe(`ec.add "${RG_ARN}" ${tags}`);
    expect(t.calls).toHaveLength(siblings.length + 1);
    expect(tagSteps['add-tags'].title({ ...base, kind: 'add-tags', tags: {} })).toBe('add tags');
  });

  it('leaves out the pending token, an adopted subnet group, a missing SG and absent log groups', async () => {
    const cfg = config({ auth_token_enabled: 'true', transit_encryption_enabled: 'true' });
    const names = resourceNames(cfg);
    const o = converged(cfg);
    o.ssm = {
      [names.ssm.authTokenPending]: { value: 'p', type: 'SecureString' },
      [names.ssm.authToken]: { value: 't', type: 'SecureString' },
    };
    o.subnetGroup = { name: 'default', vpcId: 'vpc-1', subnetIds: [] };
    o.parameterGroup = undefined;
    o.logGroups = { [names.engineLogGroup]: 7 };
    const t = setup(cfg, o);
    t.st.group = { ARN: 'arn:aws-cn:elasticache:cn-north-1:999:replicationgroup:other' };
    t.st.securityGroupId = 'sg-ours';
    await tagSteps['remove-tags'].run({ ...base, kind: 'remove-tags', keys: ['Old'] }, t.ctx, t.st);
    expect(t.calls).toEqual([
      'ec2.remove "sg-ours" ["Old"]',
      `logs.remove "arn:aws-cn:logs:cn-north-1:999:log-group:${names.engineLogGroup}" ["Old"]`,
      `ssm.remove "${names.ssm.authToken}" ["Old"]`,
      'ec.remove "arn:aws-cn:elasticache:cn-north-1:999:replicationgroup:other" ["Old"]',
    ]);
    expect(tagSteps['remove-tags'].title({ ...base, kind: 'remove-tags', keys: [] })).toBe('remove tags');
  });

  it('a group without a subnet group or parameter group: only the group is tagged', async () => {
    const cfg = config();
    const o = converged(cfg);
    o.subnetGroup = undefined;
    o.parameterGroup = undefined;
    o.logGroups = {};
    o.ssm = {};
    const t = setup(cfg, o);
    await tagSteps['add-tags'].run({ ...base, kind: 'add-tags', tags: { A: '1' } }, t.ctx, t.st);
    expect(t.calls).toEqual([`ec.add "${RG_ARN}" {"A":"1"}`]);
  });

  it('a group whose ARN is unknown cannot be tagged', async () => {
    const cfg = config();
    const o = converged(cfg);
    o.group = undefined;
    const t = setup(cfg, o);
    // The handler throws before it returns a promise; the executor awaits it inside an async function.
    const e = await (async () =>
      tagSteps['add-tags'].run({ ...base, kind: 'add-tags', tags: { A: '1' } }, t.ctx, t.st))().catch(
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(PlanError);
    expect((e as Error).message).toBe(`the ARN of ${cfg.name} is unknown; cannot tag it`);
    expect(t.calls).toEqual([]);
  });

  it('a failing sibling stops before the group is tagged', async () => {
    const t = setup();
    t.st.securityGroupId = 'sg-ours';
    const boom = new Error('denied');
    (t.ctx.aws.ec2.tag as ReturnType<typeof vi.fn>).mockRejectedValueOnce(boom);
    await expect(
      tagSteps['add-tags'].run({ ...base, kind: 'add-tags', tags: { A: '1' } }, t.ctx, t.st),
    ).rejects.toBe(boom);
    expect(t.elasticache.addTags).not.toHaveBeenCalledWith(RG_ARN, expect.anything());
  });
});

describe('alarms', () => {
  const alarm = (n: string) => ({ AlarmName: n, MetricName: 'CPUUtilization' }) as never;

  it('put-alarms puts each alarm in turn with the create tags', async () => {
    const t = setup();
    const step = { ...base, kind: 'put-alarms' as const, alarms: [alarm('a'), alarm('b')] };
    await alarmSteps['put-alarms'].run(step, t.ctx, t.st);
    const Tags = [
      { Key: 'Team', Value: 'web' },
      { Key: CREATED_BY_TAG, Value: 'acme/shop' },
    ];
    expect(t.cloudwatch.putMetricAlarm.mock.calls).toEqual([
      [{ AlarmName: 'a', MetricName: 'CPUUtilization', Tags }],
      [{ AlarmName: 'b', MetricName: 'CPUUtilization', Tags }],
    ]);
    expect(alarmSteps['put-alarms'].title(step)).toBe('put 2 CloudWatch alarms');
    expect(alarmSteps['put-alarms'].title({ ...step, alarms: [alarm('a')] })).toBe('put 1 CloudWatch alarm');
  });

  it('remove-alarms deletes only the alarms whose tags prove them ours, in one call', async () => {
    const t = setup();
    t.cloudwatch.listTags.mockImplementation(async (arn: string) =>
      arn.endsWith(':theirs')
        ? { [CREATED_BY_TAG]: 'other/repo', GitHubRepository: 'other/repo' }
        : { [CREATED_BY_TAG]: 'acme/shop', GitHubRepository: 'acme/shop' },
    );
    const alarms = [
      { name: 'a1', arn: 'arn:a1' },
      { name: 'a2', arn: 'arn:a2:theirs' },
      { name: 'a3', arn: 'arn:a3' },
    ];
    const step = { ...base, kind: 'remove-alarms' as const, alarms };
    await alarmSteps['remove-alarms'].run(step, t.ctx, t.st);
    expect(t.cloudwatch.listTags.mock.calls.map((c) => c[0])).toEqual(['arn:a1', 'arn:a2:theirs', 'arn:a3']);
    expect(t.cloudwatch.deleteAlarms.mock.calls).toEqual([[['a1', 'a3']]]);
    expect(t.log.warning).toHaveBeenCalledTimes(1);
    expect(t.log.warning.mock.calls[0]?.[0]).toMatch(
      /^Left in place: CloudWatch alarm a2 was created from other\/repo/,
    );
    expect(alarmSteps['remove-alarms'].title(step)).toBe('delete 3 CloudWatch alarms');
    expect(alarmSteps['remove-alarms'].title({ ...step, alarms: [alarms[0]!] })).toBe(
      'delete 1 CloudWatch alarm',
    );
  });

  it('remove-alarms makes no delete call when none is ours', async () => {
    const t = setup();
    await alarmSteps['remove-alarms'].run(
      { ...base, kind: 'remove-alarms', alarms: [{ name: 'a1', arn: 'arn:a1' }] },
      t.ctx,
      t.st,
    );
    expect(t.cloudwatch.deleteAlarms).not.toHaveBeenCalled();
    expect(t.log.warning).toHaveBeenCalledTimes(1);
  });
});

describe('race symptoms', () => {
  const aws = (name: string) => new AwsCallError('elasticache', 'CreateReplicationGroup', name, 1, name);

  it('names what another run did, with the IAM action and the AWS error', () => {
    expect(raceSymptom(aws('ReplicationGroupAlreadyExistsFault'))).toBe(
      'the replication group was created meanwhile (elasticache:CreateReplicationGroup: ReplicationGroupAlreadyExistsFault)',
    );
    expect(raceSymptom(new StaleObservationError('token changed'))).toBe('token changed');
    expect(raceSymptom(aws('InvalidParameterValue'))).toBeUndefined();
    expect(raceSymptom(new Error('ReplicationGroupAlreadyExistsFault'))).toBeUndefined();
    // Only the action's own AwsCallError is read by its cause name.
    const lookAlike = Object.assign(new Error('x'), { causeName: 'ReplicationGroupAlreadyExistsFault' });
    expect(raceSymptom(lookAlike)).toBeUndefined();
    expect(new StaleObservationError('x').name).toBe('StaleObservationError');
  });

  it('busy means the group or a member is in another change', () => {
    expect(isBusySymptom(aws('InvalidReplicationGroupStateFault'))).toBe(true);
    expect(isBusySymptom(aws('InvalidCacheClusterStateFault'))).toBe(true);
    expect(isBusySymptom(aws('InvalidCacheParameterGroupStateFault'))).toBe(false);
    expect(isBusySymptom(new Error('InvalidReplicationGroupStateFault'))).toBe(false);
  });

  it('ConcurrentChangeError counts the re-plans', () => {
    expect(new ConcurrentChangeError('g', 'why', 2).message).toContain(
      'observed and planned again 1 time and stopped',
    );
    expect(new ConcurrentChangeError('g', 'why', 3).message).toContain(
      'observed and planned again 2 times and stopped',
    );
    expect(new ConcurrentChangeError('g', 'why', 2).name).toBe('ConcurrentChangeError');
    expect(new ConcurrentChangeError('g', 'why', 2)).toBeInstanceOf(PlanError);
  });
});
