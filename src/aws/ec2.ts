import {
  AuthorizeSecurityGroupIngressCommand,
  CreateSecurityGroupCommand,
  DescribeRouteTablesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand,
  CreateTagsCommand,
  DeleteSecurityGroupCommand,
  DeleteTagsCommand,
  RevokeSecurityGroupIngressCommand,
  type EC2Client,
  type IpPermission,
  type RouteTable,
  type SecurityGroup,
  type Subnet,
} from '@aws-sdk/client-ec2';
import type { IngressRules, ObservedSecurityGroup, ObservedSubnet, RawPermission } from '../observe/types.js';
import { AwsCallError } from '../errors.js';
import { awsCall, type RetryNote } from './call.js';
import { tagList } from '../domain/names.js';

export class Ec2Adapter {
  constructor(
    /** Built on first use (src/aws/clients.ts), so a run builds only the clients it calls. */
    private readonly client: () => EC2Client,
    private readonly note?: RetryNote,
  ) {}

  private call<T>(operation: string, fn: () => Promise<T>): Promise<T> {
    return awsCall('ec2', operation, fn, this.note);
  }

  async describeSubnets(subnetIds: string[]): Promise<Subnet[]> {
    const out = await this.call('DescribeSubnets', () =>
      this.client().send(new DescribeSubnetsCommand({ SubnetIds: subnetIds })),
    );
    return out.Subnets ?? [];
  }

  /** All route tables of the VPC: each subnet's own association, else the VPC's main table. */
  async describeRouteTables(vpcId: string): Promise<RouteTable[]> {
    const tables: RouteTable[] = [];
    let token: string | undefined;
    do {
      const out = await this.call('DescribeRouteTables', () =>
        this.client().send(
          new DescribeRouteTablesCommand({
            Filters: [{ Name: 'vpc-id', Values: [vpcId] }],
            NextToken: token,
          }),
        ),
      );
      tables.push(...(out.RouteTables ?? []));
      token = out.NextToken;
    } while (token);
    return tables;
  }

  async findSecurityGroups(name: string): Promise<SecurityGroup[]> {
    const out = await this.call('DescribeSecurityGroups', () =>
      this.client().send(
        new DescribeSecurityGroupsCommand({ Filters: [{ Name: 'group-name', Values: [name] }] }),
      ),
    );
    return out.SecurityGroups ?? [];
  }

  async createSecurityGroup(name: string, description: string, vpcId: string, tags: Record<string, string>) {
    const out = await this.call('CreateSecurityGroup', () =>
      this.client().send(
        new CreateSecurityGroupCommand({
          GroupName: name,
          Description: description,
          VpcId: vpcId,
          TagSpecifications: [{ ResourceType: 'security-group', Tags: tagList(tags) }],
        }),
      ),
    );
    if (!out.GroupId) throw new Error(`EC2 CreateSecurityGroup returned no GroupId for ${name}`);
    return out.GroupId;
  }

  async authorizeIngress(groupId: string, rules: IngressRules, description: string) {
    if (rules.securityGroupIds.length + rules.cidrBlocks.length === 0) return;
    await this.call('AuthorizeSecurityGroupIngress', () =>
      this.client().send(
        new AuthorizeSecurityGroupIngressCommand({
          GroupId: groupId,
          IpPermissions: [permission(rules, description)],
        }),
      ),
    );
  }

  /** Security groups by id; ids that do not exist are left out (no error). */
  async securityGroupsById(ids: string[]): Promise<SecurityGroup[]> {
    const found: SecurityGroup[] = [];
    // Filtering by group-id (rather than GroupIds) returns what exists instead of failing on the first miss.
    let token: string | undefined;
    do {
      const out = await this.call('DescribeSecurityGroups', () =>
        this.client().send(
          new DescribeSecurityGroupsCommand({
            Filters: [{ Name: 'group-id', Values: ids }],
            NextToken: token,
          }),
        ),
      );
      found.push(...(out.SecurityGroups ?? []));
      token = out.NextToken;
    } while (token);
    return found;
  }

  async revokePermissions(groupId: string, permissions: RawPermission[]) {
    if (!permissions.length) return;
    await this.call('RevokeSecurityGroupIngress', () =>
      this.client().send(
        new RevokeSecurityGroupIngressCommand({ GroupId: groupId, IpPermissions: permissions }),
      ),
    );
  }

  async tag(resourceId: string, tags: Record<string, string>) {
    await this.call('CreateTags', () =>
      this.client().send(new CreateTagsCommand({ Resources: [resourceId], Tags: tagList(tags) })),
    );
  }

  async untag(resourceId: string, keys: string[]) {
    await this.call('DeleteTags', () =>
      this.client().send(
        new DeleteTagsCommand({ Resources: [resourceId], Tags: keys.map((Key) => ({ Key })) }),
      ),
    );
  }

  /** Deletes a security group; one already gone is fine. Still used (lingering ENIs) → DependencyViolation. */
  async deleteSecurityGroup(groupId: string) {
    try {
      await this.call('DeleteSecurityGroup', () =>
        this.client().send(new DeleteSecurityGroupCommand({ GroupId: groupId })),
      );
    } catch (e) {
      if (e instanceof AwsCallError && e.causeName === 'InvalidGroup.NotFound') return;
      throw e;
    }
  }

  async revokeIngress(groupId: string, rules: IngressRules) {
    if (rules.securityGroupIds.length + rules.cidrBlocks.length === 0) return;
    await this.call('RevokeSecurityGroupIngress', () =>
      this.client().send(
        new RevokeSecurityGroupIngressCommand({
          GroupId: groupId,
          IpPermissions: [permission(rules, undefined)],
        }),
      ),
    );
  }
}

function permission(rules: IngressRules, description: string | undefined): IpPermission {
  return {
    IpProtocol: 'tcp',
    FromPort: rules.port,
    ToPort: rules.port,
    UserIdGroupPairs: rules.securityGroupIds.length
      ? rules.securityGroupIds.map((GroupId) => ({ GroupId, Description: description }))
      : undefined,
    IpRanges: rules.cidrBlocks.length
      ? rules.cidrBlocks.map((CidrIp) => ({ CidrIp, Description: description }))
      : undefined,
  };
}

/** Pure: each subnet's effective route table, and whether it routes 0.0.0.0/0 to an internet gateway. */
export function classifySubnets(subnets: Subnet[], tables: RouteTable[]): ObservedSubnet[] {
  const main = tables.find((t) => t.Associations?.some((a) => a.Main));
  return subnets.map((s) => {
    const own = tables.find((t) => t.Associations?.some((a) => a.SubnetId === s.SubnetId));
    const table = own ?? main;
    const igw = table?.Routes?.find(
      (r) =>
        (r.DestinationCidrBlock === '0.0.0.0/0' || r.DestinationIpv6CidrBlock === '::/0') &&
        r.GatewayId?.startsWith('igw-') &&
        r.State !== 'blackhole',
    );
    return {
      id: s.SubnetId ?? '',
      vpcId: s.VpcId ?? '',
      availabilityZone: s.AvailabilityZone ?? '',
      internetGatewayRoute: igw?.GatewayId,
      ipv6CidrBlocks: (s.Ipv6CidrBlockAssociationSet ?? [])
        .filter((a) => a.Ipv6CidrBlockState?.State === 'associated' && a.Ipv6CidrBlock)
        .map((a) => a.Ipv6CidrBlock!),
    };
  });
}

/** Pure: the SG's ingress on `port` (TCP, exactly that port), and every other permission. */
export function toObservedSecurityGroup(sg: SecurityGroup, port: number): ObservedSecurityGroup {
  const ingress: IngressRules = { port, securityGroupIds: [], cidrBlocks: [] };
  const otherPermissions: RawPermission[] = [];
  for (const p of sg.IpPermissions ?? []) {
    if (p.IpProtocol === 'tcp' && p.FromPort === port && p.ToPort === port) {
      ingress.securityGroupIds.push(
        // Stryker disable next-line ArrayDeclaration: a fallback element without the field maps to '' and is filtered out
        ...(p.UserIdGroupPairs ?? []).map((g) => g.GroupId ?? '').filter(Boolean),
      );
      // Stryker disable next-line ArrayDeclaration: a fallback element without the field maps to '' and is filtered out
      ingress.cidrBlocks.push(...(p.IpRanges ?? []).map((r) => r.CidrIp ?? '').filter(Boolean));
      // IPv6 ranges and prefix lists on our port are not inputs of this action: not ours to keep.
      if (p.Ipv6Ranges?.length || p.PrefixListIds?.length) {
        otherPermissions.push({
          IpProtocol: p.IpProtocol,
          FromPort: p.FromPort,
          ToPort: p.ToPort,
          Ipv6Ranges: p.Ipv6Ranges?.length ? p.Ipv6Ranges.map((r) => ({ CidrIpv6: r.CidrIpv6 })) : undefined,
          PrefixListIds: p.PrefixListIds?.length
            ? p.PrefixListIds.map((r) => ({ PrefixListId: r.PrefixListId }))
            : undefined,
        });
      }
    } else {
      otherPermissions.push(trimPermission(p));
    }
  }
  return {
    id: sg.GroupId ?? '',
    name: sg.GroupName ?? '',
    vpcId: sg.VpcId ?? '',
    ingress,
    otherPermissions,
    tags: Object.fromEntries((sg.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? ''])),
  };
}

function trimPermission(p: IpPermission): RawPermission {
  const nonEmpty = <T>(xs: T[] | undefined) => (xs?.length ? xs : undefined);
  return {
    IpProtocol: p.IpProtocol,
    FromPort: p.FromPort,
    ToPort: p.ToPort,
    UserIdGroupPairs: nonEmpty(p.UserIdGroupPairs?.map((g) => ({ GroupId: g.GroupId }))),
    IpRanges: nonEmpty(p.IpRanges?.map((r) => ({ CidrIp: r.CidrIp }))),
    Ipv6Ranges: nonEmpty(p.Ipv6Ranges?.map((r) => ({ CidrIpv6: r.CidrIpv6 }))),
    PrefixListIds: nonEmpty(p.PrefixListIds?.map((r) => ({ PrefixListId: r.PrefixListId }))),
  };
}
