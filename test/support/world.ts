// The one VPC every scenario starts from: three private subnets (a NAT-only main route table),
// one public subnet, and the application's security groups. Installed into the SDK clients.

import { createFakeCloud, type FakeCloud } from '../fake/index.js';

export const VPC = 'vpc-0123456789abcdef0';
export const SUBNETS = [
  'subnet-0a1b2c3d4e5f60001',
  'subnet-0a1b2c3d4e5f60002',
  'subnet-0a1b2c3d4e5f60003',
] as const;
export const PUBLIC_SUBNET = 'subnet-0a1b2c3d4e5f60009';
export const APP_SG = 'sg-0123456789abcdef0';
export const WORKER_SG = 'sg-0123456789abcdef1';
export const EXTRA_SG = 'sg-0123456789abcdef2';
export const TOPIC = 'arn:aws:sns:eu-west-1:123456789012:alerts';
/** A customer managed KMS key, also reachable as alias/cache. */
export const KMS_KEY = '1234abcd-12ab-34cd-56ef-1234567890ab';

/** The IPv6 blocks of the dual-stack subnets (SUBNETS[0] and [1]) of createWorld({ dualStack: true }). */
export const IPV6_BLOCKS = ['2001:db8:1234:1a00::/64', '2001:db8:1234:1a01::/64'] as const;

export interface WorldOptions {
  /** SUBNETS[0] and SUBNETS[1] get an IPv6 block (dual-stack); SUBNETS[2] stays IPv4-only. */
  dualStack?: boolean;
}

export function createWorld(opts: WorldOptions = {}): FakeCloud {
  const cloud = createFakeCloud({ region: 'eu-west-1' });
  const ipv6 = (i: 0 | 1) => (opts.dualStack ? { ipv6CidrBlock: IPV6_BLOCKS[i] } : {});
  cloud.addVpc({
    vpcId: VPC,
    subnets: [
      { subnetId: SUBNETS[0], az: 'eu-west-1a', ...ipv6(0) },
      { subnetId: SUBNETS[1], az: 'eu-west-1b', ...ipv6(1) },
      { subnetId: SUBNETS[2], az: 'eu-west-1c' },
      { subnetId: PUBLIC_SUBNET, az: 'eu-west-1c', public: true },
    ],
    mainRouteTable: 'nat',
  });
  for (const [groupId, groupName] of [
    [APP_SG, 'app'],
    [WORKER_SG, 'worker'],
    [EXTRA_SG, 'extra'],
  ] as const) {
    cloud.addSecurityGroup({ vpcId: VPC, groupName, groupId });
  }
  cloud.addTopic(TOPIC);
  cloud.addKmsKey({ keyId: KMS_KEY, aliases: ['alias/cache'] });
  cloud.install();
  return cloud;
}
