// EC2: VPCs, subnets, route tables (seeded with addVpc) and security groups with ingress rules.

import {
  AuthorizeSecurityGroupIngressCommand,
  CreateSecurityGroupCommand,
  CreateTagsCommand,
  DeleteSecurityGroupCommand,
  DeleteTagsCommand,
  DescribeRouteTablesCommand,
  DescribeNetworkInterfacesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand,
  DescribeVpcsCommand,
  type IpPermission,
  type NetworkInterface,
  RevokeSecurityGroupIngressCommand,
  type SecurityGroup,
  type TagSpecification,
} from '@aws-sdk/client-ec2';
import { ec2Error } from './errors.js';
import { route, type RouteDef } from './router.js';
import {
  compact,
  matchFilters,
  paginate,
  recordToTagList,
  regionShort,
  tagListToRecord,
  type Filter,
  type TagRecord,
} from './util.js';
import type {
  FakeContext,
  FakeIngressRule,
  FakeNetworkInterface,
  FakeRoute,
  FakeSecurityGroup,
  FakeSubnet,
} from './world.js';

export interface AddSecurityGroupOptions {
  vpcId: string;
  groupName: string;
  description?: string;
  groupId?: string;
  tags?: TagRecord;
}

export interface AddVpcOptions {
  vpcId: string;
  cidrBlock?: string;
  /** ipv6CidrBlock: the subnet is dual-stack (an associated IPv6 block). */
  subnets: Array<{
    subnetId: string;
    az: string;
    public?: boolean;
    cidrBlock?: string;
    ipv6CidrBlock?: string;
  }>;
  /** What the VPC's main route table does with 0.0.0.0/0: nothing (default), a NAT gateway, or the internet gateway. */
  mainRouteTable?: 'private' | 'nat' | 'public';
}

export interface AddVpcResult {
  vpcId: string;
  internetGatewayId: string;
  mainRouteTableId: string;
  publicRouteTableId: string | undefined;
  defaultSecurityGroupId: string;
}

const DEFAULT_EGRESS: IpPermission[] = [
  {
    IpProtocol: '-1',
    IpRanges: [{ CidrIp: '0.0.0.0/0' }],
    Ipv6Ranges: [],
    PrefixListIds: [],
    UserIdGroupPairs: [],
  },
];
const CIDR4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;
const PROTOCOLS: Record<string, string> = {
  tcp: 'tcp',
  '6': 'tcp',
  udp: 'udp',
  '17': 'udp',
  icmp: 'icmp',
  '1': 'icmp',
  '-1': '-1',
  all: '-1',
};

function validCidr4(cidr: string): boolean {
  const m = CIDR4.exec(cidr);
  return !!m && m.slice(1, 5).every((o) => Number(o) <= 255) && Number(m[5]) <= 32;
}

function sameRule(
  a: Omit<FakeIngressRule, 'ruleId' | 'description'>,
  b: Omit<FakeIngressRule, 'ruleId' | 'description'>,
): boolean {
  return (
    a.protocol === b.protocol &&
    a.fromPort === b.fromPort &&
    a.toPort === b.toPort &&
    JSON.stringify(a.source) === JSON.stringify(b.source)
  );
}

function describeRule(r: Omit<FakeIngressRule, 'ruleId'>): string {
  const peer = r.source.kind === 'sg' ? r.source.groupId : r.source.cidr;
  return `peer: ${peer}, ${r.protocol === '-1' ? 'ALL' : r.protocol.toUpperCase()}, from port: ${r.fromPort ?? -1}, to port: ${r.toPort ?? -1}, ALLOW`;
}

export class Ec2 {
  constructor(private readonly ctx: FakeContext) {}

  private get world() {
    return this.ctx.world;
  }

  private tags(id: string): TagRecord {
    return this.ctx.getTags(id);
  }

  // ----- seeding ----------------------------------------------------------------------------------

  addVpc(opts: AddVpcOptions): AddVpcResult {
    const { world, ctx } = this;
    const cidrBlock = opts.cidrBlock ?? '10.0.0.0/16';
    const prefix = cidrBlock.split('.').slice(0, 2).join('.');
    const internetGatewayId = ctx.ids.next('igw');
    const local: FakeRoute = {
      DestinationCidrBlock: cidrBlock,
      GatewayId: 'local',
      Origin: 'CreateRouteTable',
      State: 'active',
    };
    const defaultRoute = (target: Partial<FakeRoute>): FakeRoute => ({
      DestinationCidrBlock: '0.0.0.0/0',
      Origin: 'CreateRoute',
      State: 'active',
      ...target,
    });
    const mainRoutes = [local];
    if (opts.mainRouteTable === 'nat') mainRoutes.push(defaultRoute({ NatGatewayId: ctx.ids.next('nat') }));
    if (opts.mainRouteTable === 'public') mainRoutes.push(defaultRoute({ GatewayId: internetGatewayId }));
    const mainRouteTableId = ctx.ids.next('rtb');
    world.routeTables.set(mainRouteTableId, {
      routeTableId: mainRouteTableId,
      vpcId: opts.vpcId,
      routes: mainRoutes,
      associations: [{ associationId: ctx.ids.next('rtbassoc'), main: true }],
    });
    const publicSubnets = opts.subnets.filter((s) => s.public);
    let publicRouteTableId: string | undefined;
    if (publicSubnets.length > 0) {
      publicRouteTableId = ctx.ids.next('rtb');
      world.routeTables.set(publicRouteTableId, {
        routeTableId: publicRouteTableId,
        vpcId: opts.vpcId,
        routes: [local, defaultRoute({ GatewayId: internetGatewayId })],
        associations: publicSubnets.map((s) => ({
          associationId: ctx.ids.next('rtbassoc'),
          main: false,
          subnetId: s.subnetId,
        })),
      });
    }
    opts.subnets.forEach((s, i) => {
      const subnet: FakeSubnet = {
        subnetId: s.subnetId,
        vpcId: opts.vpcId,
        availabilityZone: s.az,
        cidrBlock: s.cidrBlock ?? `${prefix}.${i}.0/24`,
        public: s.public ?? false,
        ipv6CidrBlock: s.ipv6CidrBlock,
      };
      world.subnets.set(s.subnetId, subnet);
    });
    const defaultSecurityGroupId = this.addSecurityGroup({
      vpcId: opts.vpcId,
      groupName: 'default',
      description: 'default VPC security group',
    });
    world.vpcs.set(opts.vpcId, {
      vpcId: opts.vpcId,
      cidrBlock,
      internetGatewayId,
      mainRouteTableId,
      defaultSecurityGroupId,
    });
    return {
      vpcId: opts.vpcId,
      internetGatewayId,
      mainRouteTableId,
      publicRouteTableId,
      defaultSecurityGroupId,
    };
  }

  addSecurityGroup(opts: AddSecurityGroupOptions): string {
    const groupId = opts.groupId ?? this.ctx.ids.next('sg');
    this.world.securityGroups.set(groupId, {
      groupId,
      groupName: opts.groupName,
      description: opts.description ?? opts.groupName,
      vpcId: opts.vpcId,
      ingress: [],
    });
    if (opts.tags) this.ctx.setTags(groupId, opts.tags);
    return groupId;
  }

  // ----- helpers ----------------------------------------------------------------------------------

  private requireGroup(groupId: string | undefined): FakeSecurityGroup {
    const sg = this.world.securityGroups.get(groupId ?? '');
    if (!sg) throw ec2Error('InvalidGroup.NotFound', `The security group '${groupId ?? ''}' does not exist`);
    return sg;
  }

  private filtered<T>(
    items: T[],
    filters: Filter[] | undefined,
    fields: Record<string, (item: T) => string | string[] | undefined>,
    tags?: (item: T) => TagRecord,
  ): T[] {
    return items.filter((item) => {
      const r = matchFilters(item, filters, fields, tags);
      if (typeof r === 'object')
        throw ec2Error('InvalidParameterValue', `The filter '${r.unknownFilter}' is invalid`);
      return r;
    });
  }

  private page<T>(items: T[], maxResults: number | undefined, token: string | undefined) {
    return paginate(items, maxResults ?? 1000, token, (m) => ec2Error('InvalidPaginationToken', m));
  }

  private tagSpecs(
    specs: TagSpecification[] | undefined,
    resourceType: string,
    resource: string,
  ): TagRecord | undefined {
    const spec = specs?.find((s) => s.ResourceType === resourceType);
    if (specs?.some((s) => s.ResourceType !== resourceType)) {
      throw ec2Error(
        'InvalidParameterValue',
        `'${specs.find((s) => s.ResourceType !== resourceType)?.ResourceType}' is not a valid taggable resource type for this operation.`,
      );
    }
    if (!spec) return undefined;
    this.ctx.authorize('ec2', 'ec2:CreateTags', resource);
    return tagListToRecord(spec.Tags);
  }

  /** Expand IpPermissions into rule atoms, validating protocol, ports, CIDRs and referenced groups. */
  private atoms(perms: IpPermission[] | undefined): Array<Omit<FakeIngressRule, 'ruleId'>> {
    const out: Array<Omit<FakeIngressRule, 'ruleId'>> = [];
    for (const p of perms ?? []) {
      const protocol = PROTOCOLS[(p.IpProtocol ?? '').toLowerCase()];
      if (!protocol)
        throw ec2Error(
          'InvalidParameterValue',
          `Invalid value '${p.IpProtocol ?? ''}' for IP protocol. Unknown protocol.`,
        );
      const ported = protocol === 'tcp' || protocol === 'udp';
      if (
        ported &&
        (p.FromPort === undefined ||
          p.ToPort === undefined ||
          p.FromPort < 0 ||
          p.ToPort > 65535 ||
          p.FromPort > p.ToPort)
      ) {
        throw ec2Error(
          'InvalidParameterValue',
          `Invalid TCP/UDP port range: ${p.FromPort ?? ''}-${p.ToPort ?? ''}`,
        );
      }
      const base = {
        protocol,
        fromPort: protocol === '-1' ? undefined : p.FromPort,
        toPort: protocol === '-1' ? undefined : p.ToPort,
      };
      for (const r of p.IpRanges ?? []) {
        if (!validCidr4(r.CidrIp ?? ''))
          throw ec2Error('InvalidParameterValue', `CIDR block ${r.CidrIp ?? ''} is malformed`);
        out.push({ ...base, source: { kind: 'cidr', cidr: r.CidrIp! }, description: r.Description });
      }
      for (const r of p.Ipv6Ranges ?? [])
        out.push({ ...base, source: { kind: 'cidr6', cidr: r.CidrIpv6 ?? '' }, description: r.Description });
      for (const pair of p.UserIdGroupPairs ?? []) {
        const ref = this.requireGroup(pair.GroupId);
        out.push({ ...base, source: { kind: 'sg', groupId: ref.groupId }, description: pair.Description });
      }
      if ((p.PrefixListIds ?? []).length > 0)
        throw new Error('fake cloud: prefix-list ingress rules are not supported by the fake');
    }
    return out;
  }

  private renderPermissions(rules: FakeIngressRule[]): IpPermission[] {
    const groups = new Map<string, IpPermission>();
    for (const r of rules) {
      const key = `${r.protocol}:${r.fromPort}:${r.toPort}`;
      let perm = groups.get(key);
      if (!perm) {
        perm = compact({
          IpProtocol: r.protocol,
          FromPort: r.fromPort,
          ToPort: r.toPort,
          UserIdGroupPairs: [],
          IpRanges: [],
          Ipv6Ranges: [],
          PrefixListIds: [],
        });
        groups.set(key, perm);
      }
      if (r.source.kind === 'sg')
        perm.UserIdGroupPairs!.push(
          compact({ UserId: this.ctx.accountId, GroupId: r.source.groupId, Description: r.description }),
        );
      else if (r.source.kind === 'cidr')
        perm.IpRanges!.push(compact({ CidrIp: r.source.cidr, Description: r.description }));
      else perm.Ipv6Ranges!.push(compact({ CidrIpv6: r.source.cidr, Description: r.description }));
    }
    return [...groups.values()];
  }

  private renderGroup(sg: FakeSecurityGroup): SecurityGroup {
    const tags = recordToTagList(this.tags(sg.groupId));
    return compact({
      GroupId: sg.groupId,
      GroupName: sg.groupName,
      Description: sg.description,
      VpcId: sg.vpcId,
      OwnerId: this.ctx.accountId,
      SecurityGroupArn: this.ctx.arn('ec2', `security-group/${sg.groupId}`),
      IpPermissions: this.renderPermissions(sg.ingress),
      IpPermissionsEgress: structuredClone(DEFAULT_EGRESS),
      Tags: tags.length > 0 ? tags : undefined,
    });
  }

  private ruleOutput(sg: FakeSecurityGroup, r: FakeIngressRule) {
    return compact({
      SecurityGroupRuleId: r.ruleId,
      GroupId: sg.groupId,
      GroupOwnerId: this.ctx.accountId,
      IsEgress: false,
      IpProtocol: r.protocol,
      FromPort: r.fromPort ?? -1,
      ToPort: r.toPort ?? -1,
      CidrIpv4: r.source.kind === 'cidr' ? r.source.cidr : undefined,
      CidrIpv6: r.source.kind === 'cidr6' ? r.source.cidr : undefined,
      ReferencedGroupInfo:
        r.source.kind === 'sg' ? { GroupId: r.source.groupId, UserId: this.ctx.accountId } : undefined,
      Description: r.description,
    });
  }

  private renderNetworkInterface(n: FakeNetworkInterface): NetworkInterface {
    const attached = n.status === 'in-use';
    return compact({
      NetworkInterfaceId: n.eniId,
      SubnetId: n.subnetId,
      VpcId: n.vpcId,
      AvailabilityZone: n.availabilityZone,
      Description: `ElastiCache ${n.cacheClusterId}`,
      Groups: n.securityGroupIds.map((id) => ({
        GroupId: id,
        GroupName: this.world.securityGroups.get(id)?.groupName,
      })),
      InterfaceType: 'interface' as const,
      OwnerId: this.ctx.accountId,
      PrivateIpAddress: n.privateIpAddress,
      PrivateIpAddresses: [{ PrivateIpAddress: n.privateIpAddress, Primary: true }],
      RequesterId: 'amazon-elasticache',
      RequesterManaged: true,
      SourceDestCheck: true,
      Status: n.status,
      Attachment: attached
        ? {
            AttachmentId: n.eniId.replace(/^eni-/, 'ela-attach-'),
            Status: 'attached' as const,
            DeviceIndex: 1,
          }
        : undefined,
      TagSet: [],
    });
  }

  private requireTaggable(id: string): void {
    const { world } = this;
    if (!(
      world.securityGroups.has(id) ||
      world.subnets.has(id) ||
      world.vpcs.has(id) ||
      world.routeTables.has(id)
    )) {
      const kind = id.split('-')[0] ?? 'resource';
      const code =
        kind === 'sg'
          ? 'InvalidGroup.NotFound'
          : kind === 'subnet'
            ? 'InvalidSubnetID.NotFound'
            : kind === 'vpc'
              ? 'InvalidVpcID.NotFound'
              : 'InvalidID';
      throw ec2Error(code, `The ID '${id}' does not exist`);
    }
  }

  // ----- routes -----------------------------------------------------------------------------------

  routes(): RouteDef[] {
    const { world, ctx } = this;
    const subnetFields = {
      'vpc-id': (s: FakeSubnet) => s.vpcId,
      'subnet-id': (s: FakeSubnet) => s.subnetId,
      'availability-zone': (s: FakeSubnet) => s.availabilityZone,
      'cidr-block': (s: FakeSubnet) => s.cidrBlock,
      state: () => 'available',
    };
    return [
      route(DescribeVpcsCommand, (input) => {
        for (const id of input.VpcIds ?? [])
          if (!world.vpcs.has(id))
            throw ec2Error('InvalidVpcID.NotFound', `The vpc ID '${id}' does not exist`);
        const vpcs = [...world.vpcs.values()].filter((v) => !input.VpcIds || input.VpcIds.includes(v.vpcId));
        const matched = this.filtered(
          vpcs,
          input.Filters,
          { 'vpc-id': (v) => v.vpcId, 'cidr-block': (v) => v.cidrBlock, 'is-default': () => 'false' },
          (v) => this.tags(v.vpcId),
        );
        const page = this.page(matched, input.MaxResults, input.NextToken);
        return compact({
          Vpcs: page.items.map((v) => ({
            VpcId: v.vpcId,
            CidrBlock: v.cidrBlock,
            State: 'available' as const,
            IsDefault: false,
            OwnerId: ctx.accountId,
            Tags: recordToTagList(this.tags(v.vpcId)),
          })),
          NextToken: page.next,
        });
      }),

      route(DescribeSubnetsCommand, (input) => {
        for (const id of input.SubnetIds ?? []) {
          if (!id.startsWith('subnet-')) throw ec2Error('InvalidSubnetID.Malformed', `Invalid id: "${id}"`);
          if (!world.subnets.has(id))
            throw ec2Error('InvalidSubnetID.NotFound', `The subnet ID '${id}' does not exist`);
        }
        const subnets = input.SubnetIds
          ? input.SubnetIds.map((id) => world.subnets.get(id)!)
          : [...world.subnets.values()];
        const matched = this.filtered(subnets, input.Filters, subnetFields, (s) => this.tags(s.subnetId));
        const page = this.page(matched, input.MaxResults, input.NextToken);
        return compact({
          Subnets: page.items.map((s) => ({
            SubnetId: s.subnetId,
            VpcId: s.vpcId,
            AvailabilityZone: s.availabilityZone,
            AvailabilityZoneId: `${regionShort(ctx.region)}-az${s.availabilityZone.charCodeAt(s.availabilityZone.length - 1) - 96}`,
            CidrBlock: s.cidrBlock,
            Ipv6CidrBlockAssociationSet: s.ipv6CidrBlock
              ? [
                  {
                    AssociationId: `subnet-cidr-assoc-${s.subnetId.slice('subnet-'.length)}`,
                    Ipv6CidrBlock: s.ipv6CidrBlock,
                    Ipv6CidrBlockState: { State: 'associated' as const },
                  },
                ]
              : [],
            AssignIpv6AddressOnCreation: false,
            State: 'available' as const,
            AvailableIpAddressCount: 251,
            MapPublicIpOnLaunch: s.public,
            DefaultForAz: false,
            OwnerId: ctx.accountId,
            SubnetArn: ctx.arn('ec2', `subnet/${s.subnetId}`),
            Tags: recordToTagList(this.tags(s.subnetId)),
          })),
          NextToken: page.next,
        });
      }),

      route(DescribeRouteTablesCommand, (input) => {
        for (const id of input.RouteTableIds ?? [])
          if (!world.routeTables.has(id))
            throw ec2Error('InvalidRouteTableID.NotFound', `The routeTable ID '${id}' does not exist`);
        const tables = [...world.routeTables.values()].filter(
          (t) => !input.RouteTableIds || input.RouteTableIds.includes(t.routeTableId),
        );
        const matched = this.filtered(
          tables,
          input.Filters,
          {
            'vpc-id': (t) => t.vpcId,
            'route-table-id': (t) => t.routeTableId,
            'association.subnet-id': (t) => t.associations.flatMap((a) => (a.subnetId ? [a.subnetId] : [])),
            'association.main': (t) => (t.associations.some((a) => a.main) ? 'true' : 'false'),
            'association.route-table-association-id': (t) => t.associations.map((a) => a.associationId),
            'route.gateway-id': (t) => t.routes.flatMap((r) => (r.GatewayId ? [r.GatewayId] : [])),
            'route.nat-gateway-id': (t) => t.routes.flatMap((r) => (r.NatGatewayId ? [r.NatGatewayId] : [])),
          },
          (t) => this.tags(t.routeTableId),
        );
        const page = this.page(matched, input.MaxResults, input.NextToken);
        return compact({
          RouteTables: page.items.map((t) => ({
            RouteTableId: t.routeTableId,
            VpcId: t.vpcId,
            OwnerId: ctx.accountId,
            Routes: t.routes.map((r) => ({ ...r })),
            Associations: t.associations.map((a) =>
              compact({
                Main: a.main,
                RouteTableAssociationId: a.associationId,
                RouteTableId: t.routeTableId,
                SubnetId: a.subnetId,
                AssociationState: { State: 'associated' as const },
              }),
            ),
            PropagatingVgws: [],
            Tags: recordToTagList(this.tags(t.routeTableId)),
          })),
          NextToken: page.next,
        });
      }),

      route(DescribeSecurityGroupsCommand, (input) => {
        if (input.GroupNames?.length) {
          throw ec2Error(
            'InvalidGroup.NotFound',
            `The security group '${input.GroupNames[0]}' does not exist in default VPC 'none'`,
          );
        }
        const groups = input.GroupIds
          ? input.GroupIds.map((id) => this.requireGroup(id))
          : [...world.securityGroups.values()];
        const matched = this.filtered(
          groups,
          input.Filters,
          {
            'group-name': (g) => g.groupName,
            'group-id': (g) => g.groupId,
            'vpc-id': (g) => g.vpcId,
            description: (g) => g.description,
            'owner-id': () => ctx.accountId,
            'ip-permission.group-id': (g) =>
              g.ingress.flatMap((r) => (r.source.kind === 'sg' ? [r.source.groupId] : [])),
            'ip-permission.cidr': (g) =>
              g.ingress.flatMap((r) => (r.source.kind === 'cidr' ? [r.source.cidr] : [])),
          },
          (g) => this.tags(g.groupId),
        );
        const page = this.page(matched, input.MaxResults, input.NextToken);
        return compact({ SecurityGroups: page.items.map((g) => this.renderGroup(g)), NextToken: page.next });
      }),

      route(DescribeNetworkInterfacesCommand, (input) => {
        for (const id of input.NetworkInterfaceIds ?? [])
          if (!world.networkInterfaces.has(id))
            throw ec2Error(
              'InvalidNetworkInterfaceID.NotFound',
              `The networkInterface ID '${id}' does not exist`,
            );
        const enis = [...world.networkInterfaces.values()].filter(
          (n) => !input.NetworkInterfaceIds || input.NetworkInterfaceIds.includes(n.eniId),
        );
        const matched = this.filtered(enis, input.Filters, {
          'network-interface-id': (n) => n.eniId,
          'group-id': (n) => n.securityGroupIds,
          'vpc-id': (n) => n.vpcId,
          'subnet-id': (n) => n.subnetId,
          'availability-zone': (n) => n.availabilityZone,
          description: (n) => `ElastiCache ${n.cacheClusterId}`,
          'requester-id': () => 'amazon-elasticache',
          'requester-managed': () => 'true',
          status: (n) => n.status,
          'private-ip-address': (n) => n.privateIpAddress,
        });
        const page = this.page(matched, input.MaxResults, input.NextToken);
        return compact({
          NetworkInterfaces: page.items.map((n) => this.renderNetworkInterface(n)),
          NextToken: page.next,
        });
      }),

      route(CreateSecurityGroupCommand, (input) => {
        const name = input.GroupName ?? '';
        if (!input.VpcId) throw ec2Error('VPCIdNotSpecified', 'No default VPC for this user');
        if (!world.vpcs.has(input.VpcId))
          throw ec2Error('InvalidVpcID.NotFound', `The vpc ID '${input.VpcId}' does not exist`);
        if (!name || name.length > 255 || name.toLowerCase().startsWith('sg-')) {
          throw ec2Error(
            'InvalidParameterValue',
            `Value (${name}) for parameter GroupName is invalid. Group names may not be blank, longer than 255 characters or start with sg-`,
          );
        }
        if (!input.Description || input.Description.length > 255)
          throw ec2Error('InvalidParameterValue', 'Value for parameter GroupDescription is invalid.');
        if ([...world.securityGroups.values()].some((g) => g.vpcId === input.VpcId && g.groupName === name)) {
          throw ec2Error(
            'InvalidGroup.Duplicate',
            `The security group '${name}' already exists for VPC '${input.VpcId}'`,
          );
        }
        const tags = this.tagSpecs(
          input.TagSpecifications,
          'security-group',
          ctx.arn('ec2', 'security-group/*'),
        );
        const groupId = this.addSecurityGroup({
          vpcId: input.VpcId,
          groupName: name,
          description: input.Description,
          ...(tags ? { tags } : {}),
        });
        return compact({
          GroupId: groupId,
          Tags: tags ? recordToTagList(tags) : undefined,
          SecurityGroupArn: ctx.arn('ec2', `security-group/${groupId}`),
        });
      }),

      route(DeleteSecurityGroupCommand, (input) => {
        const sg = this.requireGroup(input.GroupId);
        const referencedBy = [...world.securityGroups.values()].find(
          (g) =>
            g.groupId !== sg.groupId &&
            g.ingress.some((r) => r.source.kind === 'sg' && r.source.groupId === sg.groupId),
        );
        // Replication groups in any state (deleting ones too) and the ENIs their members leave
        // behind for a while after they are gone.
        const usedByCache =
          [...world.replicationGroups.values()].some(
            (rg) =>
              rg.securityGroupIds.includes(sg.groupId) || rg.inflight?.securityGroupIds?.includes(sg.groupId),
          ) || [...world.networkInterfaces.values()].some((n) => n.securityGroupIds.includes(sg.groupId));
        if (referencedBy || usedByCache || sg.groupName === 'default') {
          throw ec2Error('DependencyViolation', `resource ${sg.groupId} has a dependent object`);
        }
        world.securityGroups.delete(sg.groupId);
        world.tags.delete(sg.groupId);
        return { Return: true, GroupId: sg.groupId };
      }),

      route(AuthorizeSecurityGroupIngressCommand, (input) => {
        const sg = this.requireGroup(input.GroupId);
        const legacy: IpPermission[] = input.CidrIp
          ? [
              {
                IpProtocol: input.IpProtocol,
                FromPort: input.FromPort,
                ToPort: input.ToPort,
                IpRanges: [{ CidrIp: input.CidrIp }],
              },
            ]
          : [];
        const wanted = this.atoms([...(input.IpPermissions ?? []), ...legacy]);
        for (const w of wanted) {
          if (sg.ingress.some((r) => sameRule(r, w)) || wanted.filter((x) => sameRule(x, w)).length > 1) {
            throw ec2Error(
              'InvalidPermission.Duplicate',
              `the specified rule "${describeRule(w)}" already exists`,
            );
          }
        }
        const added = wanted.map((w) => ({ ...w, ruleId: ctx.ids.next('sgr') }));
        sg.ingress.push(...added);
        return { Return: true, SecurityGroupRules: added.map((r) => this.ruleOutput(sg, r)) };
      }),

      route(RevokeSecurityGroupIngressCommand, (input) => {
        const sg = this.requireGroup(input.GroupId);
        let victims: FakeIngressRule[];
        if (input.SecurityGroupRuleIds?.length) {
          victims = input.SecurityGroupRuleIds.map((id) => {
            const r = sg.ingress.find((x) => x.ruleId === id);
            if (!r)
              throw ec2Error(
                'InvalidSecurityGroupRuleId.NotFound',
                `The security group rule ID '${id}' does not exist`,
              );
            return r;
          });
        } else {
          const legacy: IpPermission[] = input.CidrIp
            ? [
                {
                  IpProtocol: input.IpProtocol,
                  FromPort: input.FromPort,
                  ToPort: input.ToPort,
                  IpRanges: [{ CidrIp: input.CidrIp }],
                },
              ]
            : [];
          victims = this.atoms([...(input.IpPermissions ?? []), ...legacy]).map((w) => {
            const r = sg.ingress.find((x) => sameRule(x, w));
            if (!r)
              throw ec2Error(
                'InvalidPermission.NotFound',
                'The specified rule does not exist in this security group.',
              );
            return r;
          });
        }
        sg.ingress = sg.ingress.filter((r) => !victims.includes(r));
        return {
          Return: true,
          RevokedSecurityGroupRules: victims.map((r) =>
            compact({
              SecurityGroupRuleId: r.ruleId,
              GroupId: sg.groupId,
              IsEgress: false,
              IpProtocol: r.protocol,
              FromPort: r.fromPort ?? -1,
              ToPort: r.toPort ?? -1,
              CidrIpv4: r.source.kind === 'cidr' ? r.source.cidr : undefined,
              CidrIpv6: r.source.kind === 'cidr6' ? r.source.cidr : undefined,
              ReferencedGroupId: r.source.kind === 'sg' ? r.source.groupId : undefined,
              Description: r.description,
            }),
          ),
        };
      }),

      route(CreateTagsCommand, (input) => {
        for (const id of input.Resources ?? []) this.requireTaggable(id);
        for (const id of input.Resources ?? []) ctx.setTags(id, tagListToRecord(input.Tags));
        return {};
      }),

      route(DeleteTagsCommand, (input) => {
        for (const id of input.Resources ?? []) {
          this.requireTaggable(id);
          ctx.removeTags(
            id,
            (input.Tags ?? []).map((t) => t.Key ?? ''),
          );
        }
        return {};
      }),
    ];
  }
}
