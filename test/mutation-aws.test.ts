// ElastiCache and EC2 adapters: the requests and mappings mutation testing found unpinned (exact
// filters and names sent, chunking of parameter resets, empty answers, and the pure mappings of a
// described group, subnet routes and security-group permissions).

import {
  DescribeCacheParameterGroupsCommand,
  DescribeCacheSubnetGroupsCommand,
  ElastiCacheClient,
  ResetCacheParameterGroupCommand,
} from '@aws-sdk/client-elasticache';
import {
  DescribeSecurityGroupsCommand,
  EC2Client,
  RevokeSecurityGroupIngressCommand,
} from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { ec2Adapter, elasticacheAdapter } from './support/adapters.js';
import { toObservedGroup } from '../src/aws/elasticache-observed.js';
import { classifySubnets, toObservedSecurityGroup } from '../src/aws/ec2.js';

const ecMock = mockClient(ElastiCacheClient);
const ec2Mock = mockClient(EC2Client);
afterEach(() => {
  ecMock.reset();
  ec2Mock.reset();
});
const ec = () => elasticacheAdapter();
const ec2 = () => ec2Adapter();

describe('ElastiCache adapter requests', () => {
  it('looks parameter and subnet groups up by name; an empty list is "absent"', async () => {
    ecMock.on(DescribeCacheParameterGroupsCommand).resolves({ CacheParameterGroups: [] });
    ecMock.on(DescribeCacheSubnetGroupsCommand).resolves({ CacheSubnetGroups: [] });
    expect(await ec().parameterGroupArn('pg')).toBeUndefined();
    expect(await ec().subnetGroupArn('sg')).toBeUndefined();
    expect(await ec().describeSubnetGroup('sg2')).toBeUndefined();
    expect(ecMock.commandCalls(DescribeCacheParameterGroupsCommand)[0]!.args[0].input).toEqual({
      CacheParameterGroupName: 'pg',
    });
    expect(ecMock.commandCalls(DescribeCacheSubnetGroupsCommand).map((c) => c.args[0].input)).toEqual([
      { CacheSubnetGroupName: 'sg' },
      { CacheSubnetGroupName: 'sg2' },
    ]);
  });

  it('an answer without a list is "absent" too', async () => {
    ecMock.on(DescribeCacheSubnetGroupsCommand).resolves({});
    expect(await ec().describeSubnetGroup('sg')).toBeUndefined();
  });

  it('resets parameters 20 per call, with no empty trailing call', async () => {
    ecMock.on(ResetCacheParameterGroupCommand).resolves({});
    const names = Array.from({ length: 40 }, (_, i) => `p${i}`);
    await ec().resetParameters('pg', names);
    const calls = ecMock.commandCalls(ResetCacheParameterGroupCommand).map((c) => c.args[0].input);
    expect(calls).toEqual([
      {
        CacheParameterGroupName: 'pg',
        ParameterNameValues: names.slice(0, 20).map((ParameterName) => ({ ParameterName })),
      },
      {
        CacheParameterGroupName: 'pg',
        ParameterNameValues: names.slice(20).map((ParameterName) => ({ ParameterName })),
      },
    ]);
  });
});

describe('toObservedGroup mappings', () => {
  it('keeps only primary/replica roles, and reads a member status only for the described member', () => {
    const g = toObservedGroup(
      {
        MemberClusters: ['a-001', 'a-002', 'a-003'],
        NodeGroups: [
          {
            NodeGroupMembers: [
              { CacheClusterId: 'a-001', CurrentRole: 'primary' },
              { CacheClusterId: 'a-002', CurrentRole: 'replica' },
              { CacheClusterId: 'a-003', CurrentRole: 'unknown' },
            ],
          },
        ],
      },
      { CacheClusterId: 'a-002', CacheClusterStatus: 'modifying' },
      {},
    );
    expect(g.members.map((m) => [m.id, m.role, m.status])).toEqual([
      ['a-001', 'primary', 'unknown'],
      ['a-002', 'replica', 'modifying'],
      ['a-003', undefined, 'unknown'],
    ]);
  });

  it('copes with no member, no node group, no endpoints and partial log details', () => {
    const g = toObservedGroup(
      {
        MemberClusters: ['a-001'],
        AutoMinorVersionUpgrade: true,
        LogDeliveryConfigurations: [{ LogType: 'slow-log', DestinationDetails: {} }],
      },
      undefined,
      {},
    );
    expect(g.members).toEqual([
      {
        id: 'a-001',
        availabilityZone: undefined,
        role: undefined,
        status: 'unknown',
        pendingNodeType: undefined,
        pendingEngineVersion: undefined,
      },
    ]);
    expect(g.logDelivery[0]!.logGroup).toBeUndefined();
    expect(g.autoMinorVersionUpgrade).toBe(true);
    expect(g.port).toBeUndefined();

    const noEndpoints = toObservedGroup({ NodeGroups: [{}] }, { CacheNodes: [{}] }, {});
    expect(noEndpoints.port).toBeUndefined();
    expect(noEndpoints.primaryEndpoint).toBeUndefined();
    expect(noEndpoints.readerEndpoint).toBeUndefined();
    expect(toObservedGroup({ NodeGroups: [{}] }, { CacheNodes: [] }, {}).port).toBeUndefined();
    expect(toObservedGroup({}, { CacheNodes: [{ Endpoint: { Port: 6380 } }] }, {}).port).toBe(6380);
    expect(toObservedGroup({}, {}, {}).port).toBeUndefined();
  });
});

describe('EC2 adapter requests', () => {
  it('looks security groups up by a group-id filter', async () => {
    ec2Mock.on(DescribeSecurityGroupsCommand).resolves({ SecurityGroups: [{ GroupId: 'sg-1' }] });
    expect(await ec2().securityGroupsById(['sg-1', 'sg-2'])).toEqual([{ GroupId: 'sg-1' }]);
    expect(ec2Mock.commandCalls(DescribeSecurityGroupsCommand)[0]!.args[0].input).toEqual({
      Filters: [{ Name: 'group-id', Values: ['sg-1', 'sg-2'] }],
      NextToken: undefined,
    });
  });

  it('revokes one SG and one CIDR in one call', async () => {
    ec2Mock.on(RevokeSecurityGroupIngressCommand).resolves({});
    await ec2().revokeIngress('sg-ours', {
      port: 6379,
      securityGroupIds: ['sg-app'],
      cidrBlocks: ['10.0.0.0/16'],
    });
    expect(ec2Mock.commandCalls(RevokeSecurityGroupIngressCommand)[0]!.args[0].input).toEqual({
      GroupId: 'sg-ours',
      IpPermissions: [
        {
          IpProtocol: 'tcp',
          FromPort: 6379,
          ToPort: 6379,
          UserIdGroupPairs: [{ GroupId: 'sg-app', Description: undefined }],
          IpRanges: [{ CidrIp: '10.0.0.0/16', Description: undefined }],
        },
      ],
    });
  });
});

describe('EC2 pure mappings', () => {
  it('the main table is the one marked Main among several associations; own tables match the subnet', () => {
    const tables = [
      {
        Associations: [{ SubnetId: 'subnet-x' }, { SubnetId: 'subnet-own' }],
        Routes: [{ DestinationCidrBlock: '0.0.0.0/0', GatewayId: 'igw-own' }],
      },
      {
        Associations: [{ SubnetId: 'subnet-other' }, { Main: true }],
        Routes: [{ DestinationCidrBlock: '0.0.0.0/0', GatewayId: 'igw-main' }],
      },
    ];
    expect(
      classifySubnets([{ SubnetId: 'subnet-own' }, { SubnetId: 'subnet-none' }], tables).map(
        (s) => s.internetGatewayRoute,
      ),
    ).toEqual(['igw-own', 'igw-main']);
  });

  it('only a default route counts; a table without routes has none', () => {
    const subnet = [{ SubnetId: 'subnet-a' }];
    expect(
      classifySubnets(subnet, [
        {
          Associations: [{ SubnetId: 'subnet-a' }],
          Routes: [{ DestinationCidrBlock: '10.0.0.0/8', GatewayId: 'igw-1' }],
        },
      ])[0]!.internetGatewayRoute,
    ).toBeUndefined();
    expect(
      classifySubnets(subnet, [{ Associations: [{ SubnetId: 'subnet-a' }] }])[0]!.internetGatewayRoute,
    ).toBeUndefined();
  });

  it('a port range that merely starts or ends at our port is another permission', () => {
    const sg = toObservedSecurityGroup(
      {
        IpPermissions: [
          { IpProtocol: 'tcp', FromPort: 6379, ToPort: 6380, IpRanges: [{ CidrIp: '10.1.0.0/16' }] },
          { IpProtocol: 'tcp', FromPort: 6000, ToPort: 6379, IpRanges: [{ CidrIp: '10.2.0.0/16' }] },
          { IpProtocol: 'tcp', FromPort: 6379, ToPort: 6379, IpRanges: [{ CidrIp: '10.3.0.0/16' }] },
        ],
      },
      6379,
    );
    expect(sg.ingress.cidrBlocks).toEqual(['10.3.0.0/16']);
    expect(sg.otherPermissions.map((p) => p.IpRanges)).toEqual([
      [{ CidrIp: '10.1.0.0/16' }],
      [{ CidrIp: '10.2.0.0/16' }],
    ]);
  });
});
