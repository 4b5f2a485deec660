// A loopback AWS endpoint for the benchmark, so `node dist/index.js` can run a whole apply end to
// end on this machine with AWS_ENDPOINT_URL. ElastiCache and EC2 answer in their query/XML
// protocols, SSM and CloudWatch Logs in JSON. Two worlds:
//   converged: `shop-cache` exists and matches INPUTS; only the reads of a re-run are answered
//              (any write is an error), so the benchmark can insist the run was a no-op;
//   empty:     nothing exists but the VPC; the reads and writes of the create path up to
//              CreateReplicationGroup are answered (run it with wait: false).
// Every request is recorded with the order in which it arrived and was answered, so the
// benchmark can count sequential levels the way the fake cloud's callDepth() does.

import { Buffer } from 'node:buffer';
import { createServer } from 'node:http';
import { setTimeout } from 'node:timers';
import { URLSearchParams } from 'node:url';

export const REGION = 'eu-west-1';
const ACCOUNT = '123456789012';
export const NAME = 'shop-cache';
export const SUBNETS = ['subnet-0a1b2c3d4e5f60001', 'subnet-0a1b2c3d4e5f60002'];
const ZONES = ['eu-west-1a', 'eu-west-1b'];
export const APP_SG = 'sg-0123456789abcdef0';
const OUR_SG = 'sg-0fedcba9876543210';
const VPC = 'vpc-0123456789abcdef0';
const HOST = `master.${NAME}.abc123.euw1.cache.amazonaws.com`;
const READER = `replica.${NAME}.abc123.euw1.cache.amazonaws.com`;
const PREFIX = `/django-redis-action/${NAME}`;

/** The inputs the converged world was built for (everything else at its action.yml default). */
export const INPUTS = {
  name: NAME,
  node_type: 'cache.t4g.micro',
  subnet_ids: SUBNETS.join(','),
  aws_region: REGION,
  allowed_security_group_ids: APP_SG,
};

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Plain objects to XML; the items of a list named `name` are wrapped in <item(name)>. */
function xml(value, item, name = '') {
  if (Array.isArray(value))
    return value.map((v) => `<${item(name)}>${xml(v, item)}</${item(name)}>`).join('');
  if (value !== null && typeof value === 'object') {
    return Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `<${k}>${xml(v, item, k)}</${k}>`)
      .join('');
  }
  return esc(value);
}

// ElastiCache list members (the SDK's xmlName traits).
const EC_ITEMS = {
  ReplicationGroups: 'ReplicationGroup',
  MemberClusters: 'ClusterId',
  NodeGroups: 'NodeGroup',
  NodeGroupMembers: 'NodeGroupMember',
  LogDeliveryConfigurations: 'LogDeliveryConfiguration',
  CacheClusters: 'CacheCluster',
  CacheNodes: 'CacheNode',
  CacheSubnetGroups: 'CacheSubnetGroup',
  Subnets: 'Subnet',
  TagList: 'Tag',
  Parameters: 'Parameter',
};

function ecOk(action, result) {
  return {
    status: 200,
    type: 'text/xml',
    body:
      `<${action}Response xmlns="http://elasticache.amazonaws.com/doc/2015-02-02/"><${action}Result>` +
      `${xml(result, (list) => EC_ITEMS[list] ?? 'member')}</${action}Result><ResponseMetadata><RequestId>bench</RequestId></ResponseMetadata></${action}Response>`,
  };
}

function ecError(code, message, status = 400) {
  return {
    status,
    type: 'text/xml',
    body: `<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code><Message>${esc(message)}</Message></Error><RequestId>bench</RequestId></ErrorResponse>`,
  };
}

function ec2Ok(action, body) {
  return {
    status: 200,
    type: 'text/xml',
    // EC2's own query dialect: every list item is <item>.
    body: `<${action}Response xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>bench</requestId>${xml(body, () => 'item')}</${action}Response>`,
  };
}

function jsonOk(value) {
  return { status: 200, type: 'application/x-amz-json-1.1', body: JSON.stringify(value) };
}

function jsonError(type, message) {
  return { status: 400, type: 'application/x-amz-json-1.1', body: JSON.stringify({ __type: type, message }) };
}

const arn = (service, resource) => `arn:aws:${service}:${REGION}:${ACCOUNT}:${resource}`;

/** The converged world for `nodes` cache nodes. */
function world(nodes) {
  const members = Array.from({ length: nodes }, (_, i) => `${NAME}-${String(i + 1).padStart(3, '0')}`);
  const group = {
    ReplicationGroupId: NAME,
    Description: `Django cache and Celery broker for ${NAME} (django-redis-action)`,
    Status: 'available',
    MemberClusters: members,
    NodeGroups: [
      {
        NodeGroupId: '0001',
        Status: 'available',
        PrimaryEndpoint: { Address: HOST, Port: 6379 },
        ReaderEndpoint: { Address: READER, Port: 6379 },
        NodeGroupMembers: members.map((m, i) => ({
          CacheClusterId: m,
          CacheNodeId: '0001',
          PreferredAvailabilityZone: ZONES[i % 2],
          CurrentRole: i === 0 ? 'primary' : 'replica',
        })),
      },
    ],
    AutomaticFailover: 'enabled',
    MultiAZ: 'enabled',
    SnapshotRetentionLimit: 7,
    SnapshotWindow: '03:00-04:00',
    ClusterEnabled: false,
    CacheNodeType: 'cache.t4g.micro',
    AuthTokenEnabled: false,
    TransitEncryptionEnabled: true,
    AtRestEncryptionEnabled: true,
    ARN: arn('elasticache', `replicationgroup:${NAME}`),
    LogDeliveryConfigurations: ['slow-log', 'engine-log'].map((type) => ({
      LogType: type,
      DestinationType: 'cloudwatch-logs',
      DestinationDetails: { CloudWatchLogsDetails: { LogGroup: `/aws/elasticache/${NAME}/${type}` } },
      LogFormat: 'json',
      Status: 'active',
    })),
    DataTiering: 'disabled',
    Engine: 'redis',
    TransitEncryptionMode: 'required',
  };
  const cluster = (id, i) => ({
    CacheClusterId: id,
    CacheNodeType: 'cache.t4g.micro',
    Engine: 'redis',
    EngineVersion: '7.1.0',
    CacheClusterStatus: 'available',
    NumCacheNodes: 1,
    PreferredAvailabilityZone: ZONES[i % 2],
    PreferredMaintenanceWindow: 'sun:05:00-sun:06:00',
    CacheParameterGroup: { CacheParameterGroupName: `${NAME}-redis7`, ParameterApplyStatus: 'in-sync' },
    CacheSubnetGroupName: `${NAME}-subnets`,
    CacheNodes: [
      {
        CacheNodeId: '0001',
        CacheNodeStatus: 'available',
        Endpoint: { Address: `${id}.abc123.euw1.cache.amazonaws.com`, Port: 6379 },
      },
    ],
    SecurityGroups: [{ SecurityGroupId: OUR_SG, Status: 'active' }],
    ReplicationGroupId: NAME,
    SnapshotRetentionLimit: 7,
    SnapshotWindow: '03:00-04:00',
    TransitEncryptionEnabled: true,
    AtRestEncryptionEnabled: true,
    ARN: arn('elasticache', `cluster:${id}`),
  });
  const url = (db) => `rediss://${HOST}:6379/${db}?ssl_cert_reqs=required`;
  return {
    group,
    clusters: new Map(members.map((m, i) => [m, cluster(m, i)])),
    ssm: {
      [`${PREFIX}/REDIS_URL`]: url(0),
      [`${PREFIX}/CELERY_BROKER_URL`]: url(1),
      [`${PREFIX}/CELERY_RESULT_BACKEND`]: url(2),
    },
  };
}

function answer(w, service, operation, p) {
  if (w.empty) {
    const a = answerEmpty(service, operation, p);
    if (a) return a;
  }
  switch (`${service}:${operation}`) {
    case 'elasticache:DescribeReplicationGroups':
      return p.get('ReplicationGroupId') === NAME
        ? ecOk(operation, { ReplicationGroups: [w.group] })
        : ecError(
            'ReplicationGroupNotFoundFault',
            `ReplicationGroup ${p.get('ReplicationGroupId')} not found.`,
            404,
          );
    case 'elasticache:DescribeCacheClusters': {
      const c = w.clusters.get(p.get('CacheClusterId'));
      return c ? ecOk(operation, { CacheClusters: [c] }) : ecError('CacheClusterNotFound', 'not found', 404);
    }
    case 'elasticache:ListTagsForResource':
      return ecOk(operation, { TagList: [{ Key: 'ManagedBy', Value: 'django-redis-action' }] });
    case 'elasticache:DescribeCacheSubnetGroups':
      return ecOk(operation, {
        CacheSubnetGroups: [
          {
            CacheSubnetGroupName: `${NAME}-subnets`,
            CacheSubnetGroupDescription: `django-redis-action: ${NAME}`,
            VpcId: VPC,
            Subnets: SUBNETS.map((s, i) => ({
              SubnetIdentifier: s,
              SubnetAvailabilityZone: { Name: ZONES[i] },
            })),
            ARN: arn('elasticache', `subnetgroup:${NAME}-subnets`),
          },
        ],
      });
    case 'elasticache:DescribeCacheParameters':
      return ecOk(operation, {
        Parameters: [
          ['maxmemory-policy', 'allkeys-lru'],
          ['timeout', '300'],
          ['tcp-keepalive', '300'],
          ['maxmemory-samples', '5'],
        ].map(([ParameterName, ParameterValue]) => ({ ParameterName, ParameterValue, Source: 'user' })),
      });
    case 'ec2:DescribeSubnets':
      return ec2Ok(operation, {
        subnetSet: SUBNETS.map((s, i) => ({
          subnetId: s,
          vpcId: VPC,
          availabilityZone: ZONES[i],
          state: 'available',
        })),
      });
    case 'ec2:DescribeRouteTables':
      return ec2Ok(operation, {
        routeTableSet: [
          {
            routeTableId: 'rtb-0123456789abcdef0',
            vpcId: VPC,
            associationSet: [{ main: true, routeTableId: 'rtb-0123456789abcdef0' }],
            routeSet: [
              { destinationCidrBlock: '10.0.0.0/16', gatewayId: 'local', state: 'active' },
              { destinationCidrBlock: '0.0.0.0/0', natGatewayId: 'nat-0123456789abcdef0', state: 'active' },
            ],
          },
        ],
      });
    case 'ec2:DescribeSecurityGroups':
      return ec2Ok(operation, {
        securityGroupInfo: [
          {
            ownerId: ACCOUNT,
            groupId: OUR_SG,
            groupName: `${NAME}-redis`,
            groupDescription: `django-redis-action: ${NAME} clients`,
            vpcId: VPC,
            ipPermissions: [
              {
                ipProtocol: 'tcp',
                fromPort: 6379,
                toPort: 6379,
                groups: [{ groupId: APP_SG, userId: ACCOUNT }],
              },
            ],
            tagSet: [{ key: 'ManagedBy', value: 'django-redis-action' }],
          },
        ],
      });
    case 'logs:DescribeLogGroups':
      return jsonOk({
        logGroups: ['slow-log', 'engine-log'].map((t) => ({
          logGroupName: `/aws/elasticache/${NAME}/${t}`,
          retentionInDays: 30,
          arn: arn('logs', `log-group:/aws/elasticache/${NAME}/${t}:*`),
        })),
      });
    case 'ssm:GetParameters': {
      const names = JSON.parse(p.body).Names ?? [];
      return jsonOk({
        Parameters: names
          .filter((n) => n in w.ssm)
          .map((n) => ({ Name: n, Value: w.ssm[n], Type: 'String', Version: 1 })),
        InvalidParameters: names.filter((n) => !(n in w.ssm)),
      });
    }
    default:
      return service === 'ssm' || service === 'logs'
        ? jsonError('UnsupportedOperation', `bench endpoint: ${operation} is not a read of a converged run`)
        : ecError('UnsupportedOperation', `bench endpoint: ${operation} is not a read of a converged run`);
  }
}

/** The create path's answers where they differ from the converged world; undefined: same answer. */
function answerEmpty(service, operation, p) {
  const ok = (result) => ecOk(operation, result);
  switch (`${service}:${operation}`) {
    case 'elasticache:DescribeReplicationGroups':
      return ecError(
        'ReplicationGroupNotFoundFault',
        `ReplicationGroup ${p.get('ReplicationGroupId')} not found.`,
        404,
      );
    case 'elasticache:DescribeCacheSubnetGroups':
      return ecError(
        'CacheSubnetGroupNotFoundFault',
        `Cache subnet group ${p.get('CacheSubnetGroupName')} not found.`,
      );
    case 'elasticache:DescribeCacheParameters':
      return ecError(
        'CacheParameterGroupNotFound',
        `CacheParameterGroup ${p.get('CacheParameterGroupName')} not found.`,
        404,
      );
    case 'elasticache:CreateCacheSubnetGroup':
      return ok({ CacheSubnetGroup: { CacheSubnetGroupName: p.get('CacheSubnetGroupName'), VpcId: VPC } });
    case 'elasticache:CreateCacheParameterGroup':
      return ok({ CacheParameterGroup: { CacheParameterGroupName: p.get('CacheParameterGroupName') } });
    case 'elasticache:ModifyCacheParameterGroup':
      return ok({ CacheParameterGroupName: p.get('CacheParameterGroupName') });
    case 'elasticache:CreateReplicationGroup':
      return ok({
        ReplicationGroup: {
          ReplicationGroupId: NAME,
          Status: 'creating',
          ARN: arn('elasticache', `replicationgroup:${NAME}`),
        },
      });
    case 'ec2:DescribeSecurityGroups': {
      // By name (ours): none yet. By id (the referenced application SG): it exists in the VPC.
      const byId = [...p.entries()].some(([k, v]) => /^Filter\.\d+\.Name$/.test(k) && v === 'group-id');
      return ec2Ok(operation, {
        securityGroupInfo: byId ? [{ ownerId: ACCOUNT, groupId: APP_SG, groupName: 'app', vpcId: VPC }] : [],
      });
    }
    case 'ec2:CreateSecurityGroup':
      return ec2Ok(operation, { return: true, groupId: 'sg-0aaaaaaaaaaaaaaa1' });
    case 'ec2:AuthorizeSecurityGroupIngress':
      return ec2Ok(operation, { return: true });
    case 'logs:DescribeLogGroups':
      return jsonOk({ logGroups: [] });
    case 'logs:CreateLogGroup':
    case 'logs:PutRetentionPolicy':
      return jsonOk({});
    case 'ssm:GetParameters':
      return jsonOk({ Parameters: [], InvalidParameters: JSON.parse(p.body).Names ?? [] });
    default:
      return undefined;
  }
}

/** Which service a request is for: from the SigV4 credential scope of its Authorization header. */
function serviceOf(req) {
  const scope = /Credential=[^/]+\/[^/]+\/[^/]+\/([^/]+)\//.exec(req.headers.authorization ?? '');
  return { elasticache: 'elasticache', ec2: 'ec2', ssm: 'ssm', logs: 'logs' }[scope?.[1] ?? ''] ?? '?';
}

/**
 * Starts the endpoint on 127.0.0.1 (random port). `calls` lists every request as
 * { call: "service:Operation", startSeq, endSeq }. `latencyMs` delays every answer, as a network
 * would: it keeps calls that are sent together on one level when the levels are counted.
 */
export async function startFakeAws({ nodes = 2, empty = false, latencyMs = 0 } = {}) {
  const w = { ...world(nodes), empty };
  const calls = [];
  let seq = 0;
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const target = req.headers['x-amz-target'];
      const params = new URLSearchParams(typeof target === 'string' ? '' : body);
      const operation =
        typeof target === 'string' ? target.slice(target.lastIndexOf('.') + 1) : params.get('Action');
      const service = serviceOf(req);
      const call = { call: `${service}:${operation}`, startSeq: seq++, endSeq: -1 };
      calls.push(call);
      params.body = body;
      const a = answer(w, service, operation, params);
      const send = () => {
        call.endSeq = seq++;
        res.writeHead(a.status, { 'content-type': a.type, 'x-amzn-requestid': 'bench' });
        res.end(a.body);
      };
      if (latencyMs > 0) setTimeout(send, latencyMs);
      else send();
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    calls,
    /** Depth of each call: 1 + the depth of the deepest call answered before it arrived. */
    depths() {
      const depth = new Map();
      for (const c of calls) {
        const before = calls
          .filter((d) => d.endSeq !== -1 && d.endSeq < c.startSeq)
          .map((d) => depth.get(d) ?? 1);
        depth.set(c, 1 + Math.max(0, ...before));
      }
      return depth;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
