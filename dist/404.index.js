export const id = 404;
export const ids = [404];
export const modules = {

/***/ 7404:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createAdapters: () => (/* binding */ createAdapters),
  execute: () => (/* reexport */ execute),
  observe: () => (/* reexport */ observe),
  waitUntilAvailable: () => (/* reexport */ waitUntilAvailable)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch-logs/dist-cjs/index.js
var dist_cjs = __webpack_require__(2684);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var client_ec2_dist_cjs = __webpack_require__(5193);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-elasticache/dist-cjs/index.js
var client_elasticache_dist_cjs = __webpack_require__(4827);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ssm/dist-cjs/index.js
var client_ssm_dist_cjs = __webpack_require__(4736);
;// CONCATENATED MODULE: ./src/version.ts
// Kept equal to package.json's version by test/version.test.ts; sent in the AWS user agent.
const ACTION_NAME = 'django-redis-action';
const ACTION_VERSION = '1.0.0';

;// CONCATENATED MODULE: ./src/aws/clients.ts





/**
 * Every client is configured once, here: region, adaptive retry (client-side rate limiting when
 * AWS throttles a polling loop), and a user agent naming this action and version. No endpoint is
 * set, so AWS_ENDPOINT_URL / AWS_ENDPOINT_URL_<SERVICE> point the clients at an emulator.
 */
function createClients(region) {
    const common = {
        region,
        retryMode: 'adaptive',
        maxAttempts: 6,
        customUserAgent: [[ACTION_NAME, ACTION_VERSION]],
    };
    return {
        elasticache: new client_elasticache_dist_cjs/* ElastiCacheClient */.gpP(common),
        ec2: new client_ec2_dist_cjs/* EC2Client */.gu5(common),
        ssm: new client_ssm_dist_cjs/* SSMClient */.jBj(common),
        logs: new dist_cjs/* CloudWatchLogsClient */.TFr(common),
    };
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/aws/call.ts

/**
 * Runs one AWS call. Throttling is retried with full-jitter backoff: the SDK's adaptive retry has
 * already tried, and this covers longer bursts while we poll. 5xx and dropped connections are left
 * to the SDK's own retries so a dead endpoint fails in bounded time.
 * Anything else becomes an AwsCallError naming the operation, the IAM action and a hint.
 */
async function awsCall(policy, service, operation, fn) {
    for (let attempt = 1;; attempt++) {
        try {
            return await fn();
        }
        catch (e) {
            if (!(0,errors/* isThrottling */.E2)(e) || attempt >= policy.maxAttempts) {
                throw (0,errors/* describeAwsFailure */.xk)(service, operation, e, attempt);
            }
            const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
            const delay = Math.round(policy.clock.random() * ceiling);
            policy.onRetry?.(`${service}:${operation} was throttled (${e.name}); retry ${attempt}/${policy.maxAttempts - 1} in ${delay} ms`);
            await policy.clock.sleep(delay);
        }
    }
}
/** True when the error is the given modelled AWS error (matches `name`, never the wire code). */
function isAwsError(e, ...names) {
    const n = typeof e === 'object' && e !== null ? e.name : undefined;
    return n !== undefined && names.includes(n);
}

// EXTERNAL MODULE: ./src/names.ts
var src_names = __webpack_require__(6455);
;// CONCATENATED MODULE: ./src/aws/ec2.ts



class Ec2Adapter {
    client;
    policy;
    constructor(client, policy) {
        this.client = client;
        this.policy = policy;
    }
    call(operation, fn) {
        return awsCall(this.policy, 'ec2', operation, fn);
    }
    async describeSubnets(subnetIds) {
        const out = await this.call('DescribeSubnets', () => this.client.send(new client_ec2_dist_cjs/* DescribeSubnetsCommand */.jSW({ SubnetIds: subnetIds })));
        return out.Subnets ?? [];
    }
    /** All route tables of the VPC: each subnet's own association, else the VPC's main table. */
    async describeRouteTables(vpcId) {
        const tables = [];
        let token;
        do {
            const out = await this.call('DescribeRouteTables', () => this.client.send(new client_ec2_dist_cjs/* DescribeRouteTablesCommand */.VS8({
                Filters: [{ Name: 'vpc-id', Values: [vpcId] }],
                NextToken: token,
            })));
            tables.push(...(out.RouteTables ?? []));
            token = out.NextToken;
        } while (token);
        return tables;
    }
    async findSecurityGroups(name) {
        const out = await this.call('DescribeSecurityGroups', () => this.client.send(new client_ec2_dist_cjs/* DescribeSecurityGroupsCommand */.jsQ({ Filters: [{ Name: 'group-name', Values: [name] }] })));
        return out.SecurityGroups ?? [];
    }
    async createSecurityGroup(name, description, vpcId, tags) {
        const out = await this.call('CreateSecurityGroup', () => this.client.send(new client_ec2_dist_cjs/* CreateSecurityGroupCommand */.x3C({
            GroupName: name,
            Description: description,
            VpcId: vpcId,
            TagSpecifications: [{ ResourceType: 'security-group', Tags: (0,src_names/* tagList */.Tw)(tags) }],
        })));
        if (!out.GroupId)
            throw new Error(`EC2 CreateSecurityGroup returned no GroupId for ${name}`);
        return out.GroupId;
    }
    async authorizeIngress(groupId, rules, description) {
        if (rules.securityGroupIds.length + rules.cidrBlocks.length === 0)
            return;
        await this.call('AuthorizeSecurityGroupIngress', () => this.client.send(new client_ec2_dist_cjs/* AuthorizeSecurityGroupIngressCommand */.N8i({
            GroupId: groupId,
            IpPermissions: [permission(rules, description)],
        })));
    }
    async revokeIngress(groupId, rules) {
        if (rules.securityGroupIds.length + rules.cidrBlocks.length === 0)
            return;
        await this.call('RevokeSecurityGroupIngress', () => this.client.send(new client_ec2_dist_cjs/* RevokeSecurityGroupIngressCommand */.eo3({
            GroupId: groupId,
            IpPermissions: [permission(rules, undefined)],
        })));
    }
}
function permission(rules, description) {
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
function classifySubnets(subnets, tables) {
    const main = tables.find((t) => t.Associations?.some((a) => a.Main));
    return subnets.map((s) => {
        const own = tables.find((t) => t.Associations?.some((a) => a.SubnetId === s.SubnetId));
        const table = own ?? main;
        const igw = table?.Routes?.find((r) => (r.DestinationCidrBlock === '0.0.0.0/0' || r.DestinationIpv6CidrBlock === '::/0') &&
            r.GatewayId?.startsWith('igw-') &&
            r.State !== 'blackhole');
        return {
            id: s.SubnetId ?? '',
            vpcId: s.VpcId ?? '',
            availabilityZone: s.AvailabilityZone ?? '',
            internetGatewayRoute: igw?.GatewayId,
        };
    });
}
/** Pure: the SG's ingress on `port` (TCP, exactly that port) and how many other rules it has. */
function toObservedSecurityGroup(sg, port) {
    const ingress = { port, securityGroupIds: [], cidrBlocks: [] };
    let otherRules = 0;
    for (const p of sg.IpPermissions ?? []) {
        if (p.IpProtocol === 'tcp' && p.FromPort === port && p.ToPort === port) {
            ingress.securityGroupIds.push(...(p.UserIdGroupPairs ?? []).map((g) => g.GroupId ?? '').filter(Boolean));
            ingress.cidrBlocks.push(...(p.IpRanges ?? []).map((r) => r.CidrIp ?? '').filter(Boolean));
            otherRules += (p.Ipv6Ranges?.length ?? 0) + (p.PrefixListIds?.length ?? 0);
        }
        else {
            otherRules += 1;
        }
    }
    return {
        id: sg.GroupId ?? '',
        name: sg.GroupName ?? '',
        vpcId: sg.VpcId ?? '',
        ingress,
        otherRules,
        tags: Object.fromEntries((sg.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? ''])),
    };
}

;// CONCATENATED MODULE: ./src/aws/elasticache.ts




/** Parameters are changed at most 20 per ModifyCacheParameterGroup call (API limit). */
const PARAMETERS_PER_CALL = 20;
function missing(e, ...names) {
    return e instanceof errors/* AwsCallError */.iQ && names.includes(e.causeName);
}
class ElastiCacheAdapter {
    client;
    policy;
    constructor(client, policy) {
        this.client = client;
        this.policy = policy;
    }
    call(operation, fn) {
        return awsCall(this.policy, 'elasticache', operation, fn);
    }
    async describeReplicationGroup(id) {
        try {
            const out = await this.call('DescribeReplicationGroups', () => this.client.send(new client_elasticache_dist_cjs/* DescribeReplicationGroupsCommand */.HYQ({ ReplicationGroupId: id })));
            return out.ReplicationGroups?.[0];
        }
        catch (e) {
            if (missing(e, 'ReplicationGroupNotFoundFault'))
                return undefined;
            throw e;
        }
    }
    /** Member clusters, with node info; used for version, parameter group, SGs, windows, pending values. */
    async describeCacheCluster(id) {
        try {
            const out = await this.call('DescribeCacheClusters', () => this.client.send(new client_elasticache_dist_cjs/* DescribeCacheClustersCommand */.sgL({ CacheClusterId: id, ShowCacheNodeInfo: true })));
            return out.CacheClusters?.[0];
        }
        catch (e) {
            if (missing(e, 'CacheClusterNotFoundFault'))
                return undefined;
            throw e;
        }
    }
    async listTags(arn) {
        const out = await this.call('ListTagsForResource', () => this.client.send(new client_elasticache_dist_cjs/* ListTagsForResourceCommand */.a_e({ ResourceName: arn })));
        return Object.fromEntries((out.TagList ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));
    }
    async addTags(arn, tags) {
        await this.call('AddTagsToResource', () => this.client.send(new client_elasticache_dist_cjs/* AddTagsToResourceCommand */.X3P({ ResourceName: arn, Tags: (0,src_names/* tagList */.Tw)(tags) })));
    }
    async removeTags(arn, keys) {
        await this.call('RemoveTagsFromResource', () => this.client.send(new client_elasticache_dist_cjs/* RemoveTagsFromResourceCommand */.FyM({ ResourceName: arn, TagKeys: keys })));
    }
    async createReplicationGroup(input) {
        const out = await this.call('CreateReplicationGroup', () => this.client.send(new client_elasticache_dist_cjs/* CreateReplicationGroupCommand */.bRB(input)));
        return out.ReplicationGroup;
    }
    /** A no-op modify is success ("No modifications were requested"), as Terraform treats it. */
    async modifyReplicationGroup(input) {
        try {
            await this.call('ModifyReplicationGroup', () => this.client.send(new client_elasticache_dist_cjs/* ModifyReplicationGroupCommand */.Z98(input)));
        }
        catch (e) {
            if (e instanceof errors/* AwsCallError */.iQ && /No modifications were requested/i.test(e.message))
                return;
            throw e;
        }
    }
    async increaseReplicaCount(id, newReplicaCount) {
        await this.call('IncreaseReplicaCount', () => this.client.send(new client_elasticache_dist_cjs/* IncreaseReplicaCountCommand */.pPx({
            ReplicationGroupId: id,
            NewReplicaCount: newReplicaCount,
            ApplyImmediately: true,
        })));
    }
    async decreaseReplicaCount(id, newReplicaCount) {
        await this.call('DecreaseReplicaCount', () => this.client.send(new client_elasticache_dist_cjs/* DecreaseReplicaCountCommand */.lXI({
            ReplicationGroupId: id,
            NewReplicaCount: newReplicaCount,
            ApplyImmediately: true,
        })));
    }
    /** Recent events for the group and its members, newest first, for failure messages. */
    async recentEvents(id, sinceMs) {
        const out = await this.call('DescribeEvents', () => this.client.send(new client_elasticache_dist_cjs/* DescribeEventsCommand */.w6x({
            SourceType: 'replication-group',
            SourceIdentifier: id,
            StartTime: new Date(sinceMs),
        })));
        return (out.Events ?? []).map((ev) => `${ev.Date?.toISOString() ?? ''} ${ev.SourceIdentifier ?? id}: ${ev.Message ?? ''}`.trim());
    }
    async describeSubnetGroup(name) {
        try {
            const out = await this.call('DescribeCacheSubnetGroups', () => this.client.send(new client_elasticache_dist_cjs/* DescribeCacheSubnetGroupsCommand */.uYG({ CacheSubnetGroupName: name })));
            const g = out.CacheSubnetGroups?.[0];
            if (!g)
                return undefined;
            return {
                name: g.CacheSubnetGroupName ?? name,
                vpcId: g.VpcId ?? '',
                subnetIds: (g.Subnets ?? []).map((s) => s.SubnetIdentifier ?? '').filter(Boolean),
            };
        }
        catch (e) {
            if (missing(e, 'CacheSubnetGroupNotFoundFault'))
                return undefined;
            throw e;
        }
    }
    async createSubnetGroup(name, description, subnetIds, tags) {
        await this.call('CreateCacheSubnetGroup', () => this.client.send(new client_elasticache_dist_cjs/* CreateCacheSubnetGroupCommand */.ecA({
            CacheSubnetGroupName: name,
            CacheSubnetGroupDescription: description,
            SubnetIds: subnetIds,
            Tags: (0,src_names/* tagList */.Tw)(tags),
        })));
    }
    async modifySubnetGroup(name, subnetIds) {
        await this.call('ModifyCacheSubnetGroup', () => this.client.send(new client_elasticache_dist_cjs/* ModifyCacheSubnetGroupCommand */.CfI({ CacheSubnetGroupName: name, SubnetIds: subnetIds })));
    }
    /** User-set parameter values of a group, or undefined when the group does not exist. */
    async describeUserParameters(name) {
        const values = {};
        let marker;
        try {
            do {
                const out = await this.call('DescribeCacheParameters', () => this.client.send(new client_elasticache_dist_cjs/* DescribeCacheParametersCommand */.zqe({
                    CacheParameterGroupName: name,
                    Source: 'user',
                    MaxRecords: 100,
                    Marker: marker,
                })));
                for (const p of out.Parameters ?? [])
                    if (p.ParameterName)
                        values[p.ParameterName] = p.ParameterValue;
                marker = out.Marker;
            } while (marker);
        }
        catch (e) {
            if (missing(e, 'CacheParameterGroupNotFoundFault'))
                return undefined;
            throw e;
        }
        return values;
    }
    async createParameterGroup(name, family, description, tags) {
        await this.call('CreateCacheParameterGroup', () => this.client.send(new client_elasticache_dist_cjs/* CreateCacheParameterGroupCommand */.wR5({
            CacheParameterGroupName: name,
            CacheParameterGroupFamily: family,
            Description: description,
            Tags: (0,src_names/* tagList */.Tw)(tags),
        })));
    }
    async modifyParameters(name, parameters) {
        const entries = Object.entries(parameters);
        for (let i = 0; i < entries.length; i += PARAMETERS_PER_CALL) {
            const chunk = entries.slice(i, i + PARAMETERS_PER_CALL);
            await this.call('ModifyCacheParameterGroup', () => this.client.send(new client_elasticache_dist_cjs/* ModifyCacheParameterGroupCommand */.SX0({
                CacheParameterGroupName: name,
                ParameterNameValues: chunk.map(([ParameterName, ParameterValue]) => ({
                    ParameterName,
                    ParameterValue,
                })),
            })));
        }
    }
}
/** The group as the planner sees it: the RG shape plus what only the first member carries. */
function toObservedGroup(rg, member, tags, memberStatuses = new Map()) {
    const ng = rg.NodeGroups?.[0];
    const logDelivery = (rg.LogDeliveryConfigurations ?? []).map((l) => ({
        logType: l.LogType,
        destinationType: l.DestinationType ?? '',
        logGroup: l.DestinationDetails?.CloudWatchLogsDetails?.LogGroup,
        logFormat: l.LogFormat,
        status: l.Status,
    }));
    const memberIds = rg.MemberClusters ?? [];
    const topic = member?.NotificationConfiguration;
    return {
        id: rg.ReplicationGroupId ?? '',
        arn: rg.ARN ?? '',
        status: rg.Status ?? 'unknown',
        nodeType: rg.CacheNodeType ?? member?.CacheNodeType,
        engine: rg.Engine ?? member?.Engine,
        engineVersion: member?.EngineVersion,
        memberClusters: memberIds,
        members: memberIds.map((id) => {
            const c = memberStatuses.get(id) ?? (member?.CacheClusterId === id ? member : undefined);
            return {
                id,
                status: c?.CacheClusterStatus ?? 'unknown',
                pendingNodeType: c?.PendingModifiedValues?.CacheNodeType,
                pendingEngineVersion: c?.PendingModifiedValues?.EngineVersion,
            };
        }),
        automaticFailover: rg.AutomaticFailover,
        multiAz: rg.MultiAZ,
        atRestEncryptionEnabled: rg.AtRestEncryptionEnabled ?? false,
        kmsKeyId: rg.KmsKeyId,
        transitEncryptionEnabled: rg.TransitEncryptionEnabled ?? false,
        transitEncryptionMode: rg.TransitEncryptionMode,
        authTokenEnabled: rg.AuthTokenEnabled ?? false,
        clusterEnabled: rg.ClusterEnabled ?? false,
        dataTiering: rg.DataTiering === 'enabled',
        port: ng?.PrimaryEndpoint?.Port ?? member?.CacheNodes?.[0]?.Endpoint?.Port,
        primaryEndpoint: ng?.PrimaryEndpoint?.Address !== undefined
            ? { address: ng.PrimaryEndpoint.Address, port: ng.PrimaryEndpoint.Port ?? 0 }
            : undefined,
        readerEndpoint: ng?.ReaderEndpoint?.Address !== undefined
            ? { address: ng.ReaderEndpoint.Address, port: ng.ReaderEndpoint.Port ?? 0 }
            : undefined,
        snapshotRetentionLimit: rg.SnapshotRetentionLimit,
        snapshotWindow: rg.SnapshotWindow,
        maintenanceWindow: member?.PreferredMaintenanceWindow,
        notificationTopicArn: topic?.TopicStatus === 'active' ? topic.TopicArn : undefined,
        parameterGroupName: member?.CacheParameterGroup?.CacheParameterGroupName,
        securityGroupIds: (member?.SecurityGroups ?? []).map((s) => s.SecurityGroupId ?? '').filter(Boolean),
        subnetGroupName: member?.CacheSubnetGroupName,
        logDelivery,
        pendingAuthTokenStatus: rg.PendingModifiedValues?.AuthTokenStatus,
        pendingTransitEncryptionMode: rg.PendingModifiedValues?.TransitEncryptionMode,
        tags,
    };
}

;// CONCATENATED MODULE: ./src/aws/logs.ts



class LogsAdapter {
    client;
    policy;
    constructor(client, policy) {
        this.client = client;
        this.policy = policy;
    }
    call(operation, fn) {
        return awsCall(this.policy, 'logs', operation, fn);
    }
    /** Log group name -> retention days (undefined = never expire), for groups under the prefix. */
    async describeLogGroups(prefix) {
        const found = {};
        let token;
        do {
            const out = await this.call('DescribeLogGroups', () => this.client.send(new dist_cjs/* DescribeLogGroupsCommand */.VlF({ logGroupNamePrefix: prefix, nextToken: token })));
            for (const g of out.logGroups ?? [])
                if (g.logGroupName)
                    found[g.logGroupName] = g.retentionInDays;
            token = out.nextToken;
        } while (token);
        return found;
    }
    /** Creates the group; one that already exists (a concurrent run) is fine. */
    async createLogGroup(name, tags) {
        try {
            await this.call('CreateLogGroup', () => this.client.send(new dist_cjs/* CreateLogGroupCommand */.BOU({ logGroupName: name, tags })));
        }
        catch (e) {
            if (e instanceof errors/* AwsCallError */.iQ && e.causeName === 'ResourceAlreadyExistsException')
                return;
            throw e;
        }
    }
    async putRetention(name, days) {
        await this.call('PutRetentionPolicy', () => this.client.send(new dist_cjs/* PutRetentionPolicyCommand */.h5R({ logGroupName: name, retentionInDays: days })));
    }
}

;// CONCATENATED MODULE: ./src/aws/ssm.ts



class SsmAdapter {
    client;
    policy;
    constructor(client, policy) {
        this.client = client;
        this.policy = policy;
    }
    call(operation, fn) {
        return awsCall(this.policy, 'ssm', operation, fn);
    }
    /** Decrypted values of the named parameters (up to 10 per call); absent names are left out. */
    async getParameters(names) {
        const found = {};
        for (let i = 0; i < names.length; i += 10) {
            const out = await this.call('GetParameters', () => this.client.send(new client_ssm_dist_cjs/* GetParametersCommand */.AFe({ Names: names.slice(i, i + 10), WithDecryption: true })));
            for (const p of out.Parameters ?? []) {
                if (p.Name)
                    found[p.Name] = {
                        value: p.Value ?? '',
                        type: (p.Type ?? 'String'),
                    };
            }
        }
        return found;
    }
    /**
     * Writes a parameter. PutParameter refuses Tags together with Overwrite, so a new parameter is
     * created with its tags, and an existing one is overwritten and then tagged.
     */
    async putParameter(name, value, secure, exists, tags, description) {
        const Type = secure ? 'SecureString' : 'String';
        if (!exists) {
            await this.call('PutParameter', () => this.client.send(new client_ssm_dist_cjs/* PutParameterCommand */.ihh({
                Name: name,
                Value: value,
                Type,
                Description: description,
                Tags: (0,src_names/* tagList */.Tw)(tags),
            })));
            return;
        }
        await this.call('PutParameter', () => this.client.send(new client_ssm_dist_cjs/* PutParameterCommand */.ihh({
            Name: name,
            Value: value,
            Type,
            Description: description,
            Overwrite: true,
        })));
        await this.call('AddTagsToResource', () => this.client.send(new client_ssm_dist_cjs/* AddTagsToResourceCommand */.X3P({ ResourceType: 'Parameter', ResourceId: name, Tags: (0,src_names/* tagList */.Tw)(tags) })));
    }
}

;// CONCATENATED MODULE: ./src/observe.ts
// Observe: read everything the planner needs, concurrently where independent.
// Level 1 (all at once): group, subnets, subnet group, parameter values, security group, log groups, SSM.
// Level 2 (needs level 1): the first member cluster, the group's tags, the VPC's route tables.



async function observe(cfg, names, a) {
    const [rg, subnets, subnetGroup, paramValues, securityGroups, logGroups, ssm] = await Promise.all([
        a.elasticache.describeReplicationGroup(names.replicationGroupId),
        describeSubnets(a, cfg.subnetIds),
        a.elasticache.describeSubnetGroup(names.subnetGroup),
        a.elasticache.describeUserParameters(names.parameterGroup),
        a.ec2.findSecurityGroups(names.securityGroup),
        a.logs.describeLogGroups(`/aws/elasticache/${names.replicationGroupId}/`),
        a.ssm.getParameters([
            names.ssm.redisUrl,
            names.ssm.celeryBrokerUrl,
            names.ssm.celeryResultBackend,
            ...(cfg.authTokenEnabled ? [names.ssm.authToken] : []),
        ]),
    ]);
    const missingSubnets = cfg.subnetIds.filter((id) => !subnets.some((s) => s.SubnetId === id));
    if (missingSubnets.length) {
        throw new errors/* PlanError */.W6(`Input "subnet_ids": ${missingSubnets.join(', ')} not found in ${cfg.region}; check the ids and aws_region.`);
    }
    const vpcIds = [...new Set(subnets.map((s) => s.VpcId ?? ''))];
    const vpcId = vpcIds.length === 1 ? vpcIds[0] : undefined;
    const firstMember = rg?.MemberClusters?.[0];
    const [member, tags, routeTables] = await Promise.all([
        firstMember ? a.elasticache.describeCacheCluster(firstMember) : Promise.resolve(undefined),
        rg?.ARN && rg.Status === 'available' ? a.elasticache.listTags(rg.ARN) : Promise.resolve({}),
        // One call covers every subnet of the VPC: own associations and the main table.
        Promise.all(vpcIds.map((v) => a.ec2.describeRouteTables(v))).then((t) => t.flat()),
    ]);
    const group = rg ? toObservedGroup(rg, member, tags, new Map()) : undefined;
    // A group created elsewhere may use another subnet group: that one is what we must keep in sync.
    let observedSubnetGroup = subnetGroup;
    if (group?.subnetGroupName && group.subnetGroupName !== names.subnetGroup) {
        observedSubnetGroup = await a.elasticache.describeSubnetGroup(group.subnetGroupName);
    }
    const sg = securityGroups.find((s) => s.VpcId === vpcId) ?? (vpcId ? undefined : securityGroups[0]);
    return {
        subnets: classifySubnets(subnets, routeTables),
        vpcId,
        group,
        subnetGroup: observedSubnetGroup,
        parameterGroup: paramValues
            ? { name: names.parameterGroup, family: cfg.family, values: paramValues }
            : undefined,
        securityGroup: sg ? toObservedSecurityGroup(sg, cfg.port) : undefined,
        logGroups,
        ssm,
    };
}
async function describeSubnets(a, ids) {
    try {
        return await a.ec2.describeSubnets(ids);
    }
    catch (e) {
        if (e instanceof errors/* AwsCallError */.iQ && /^InvalidSubnet/.test(e.causeName)) {
            throw new errors/* PlanError */.W6(`Input "subnet_ids": ${e.message.replace(/^EC2 DescribeSubnets failed: /, '')} (check the ids and aws_region).`);
        }
        throw e;
    }
}

// EXTERNAL MODULE: ./src/plan.ts
var plan = __webpack_require__(2464);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/token.ts

// 64 characters from [A-Za-z0-9-]: inside ElastiCache's allowed set and RFC 3986 unreserved, so the
// token needs no encoding in a URL, a shell, docker-compose or a dotenv file.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-';
const AUTH_TOKEN_LENGTH = 64;
function generateAuthToken(pick = external_node_crypto_.randomInt) {
    let token = '';
    for (let i = 0; i < AUTH_TOKEN_LENGTH; i++)
        token += ALPHABET[pick(ALPHABET.length)];
    return token;
}
function isValidAuthToken(token) {
    return /^[A-Za-z0-9!&#$^<>-]{16,128}$/.test(token);
}

// EXTERNAL MODULE: ./src/urls.ts
var src_urls = __webpack_require__(5769);
// EXTERNAL MODULE: ./src/wait.ts
var wait = __webpack_require__(910);
;// CONCATENATED MODULE: ./src/execute.ts
// The executor is thin: it runs the planned steps level by level (steps of one level concurrently),
// one adapter call per step, and waits where the plan says so. Every decision was made by the planner.






async function execute(plan, ctx) {
    const names = (0,src_names/* resourceNames */.Nr)(ctx.cfg);
    const state = {
        securityGroupId: ctx.observed.securityGroup?.id,
        token: ctx.observed.ssm[names.ssm.authToken]?.value,
        group: undefined,
        timings: [],
        ssmWritten: [],
    };
    const levels = [...new Set(plan.steps.map((s) => s.level))].sort((x, y) => x - y);
    for (const level of levels) {
        const steps = plan.steps.filter((s) => s.level === level);
        const started = ctx.clock.now();
        await Promise.all(steps.map((s) => runStep(s, ctx, names, state)));
        state.timings.push({ level, label: steps.map((s) => s.kind).join(', '), ms: ctx.clock.now() - started });
    }
    return state;
}
async function runStep(step, ctx, names, st) {
    const { cfg, aws, log, tags } = ctx;
    log.info(`→ ${step.reason}`);
    switch (step.kind) {
        case 'create-subnet-group':
            return aws.elasticache.createSubnetGroup(step.name, `django-redis-action: ${cfg.name}`, step.subnetIds, tags);
        case 'modify-subnet-group':
            try {
                return await aws.elasticache.modifySubnetGroup(step.name, step.subnetIds);
            }
            catch (e) {
                if (e instanceof errors/* AwsCallError */.iQ && e.causeName === 'SubnetInUse') {
                    throw new errors/* PlanError */.W6(`Input "subnet_ids": a subnet you removed still hosts a node of ${cfg.name} (${e.message.replace(/^.*SubnetInUse: /, '')}). ` +
                        `Keep that subnet in subnet_ids, or move the node first (decrease num_cache_clusters, then increase it once the new subnets are in the list).`);
                }
                throw e;
            }
        case 'create-parameter-group':
            await aws.elasticache.createParameterGroup(step.name, step.family, `django-redis-action: Django-tuned ${step.family} for ${cfg.name}`, tags);
            return aws.elasticache.modifyParameters(step.name, step.parameters);
        case 'modify-parameter-group':
            return aws.elasticache.modifyParameters(step.name, step.parameters);
        case 'create-security-group': {
            const id = await aws.ec2.createSecurityGroup(step.name, `django-redis-action: ${cfg.name} clients`, step.vpcId, tags);
            st.securityGroupId = id;
            log.info(`  created security group ${id}`);
            return aws.ec2.authorizeIngress(id, step.ingress, `django-redis-action ${cfg.name}`);
        }
        case 'authorize-ingress':
            return aws.ec2.authorizeIngress(requireSg(st), step, `django-redis-action ${cfg.name}`);
        case 'revoke-ingress':
            return aws.ec2.revokeIngress(requireSg(st), step);
        case 'create-log-group':
            await aws.logs.createLogGroup(step.name, tags);
            if (step.retentionDays)
                await aws.logs.putRetention(step.name, step.retentionDays);
            return;
        case 'put-log-retention':
            return aws.logs.putRetention(step.name, step.retentionDays);
        case 'store-auth-token': {
            // Stored before it is used anywhere, so a crash can never lose the token a group accepts.
            const token = (ctx.generateToken ?? generateAuthToken)();
            log.mask(token);
            await aws.ssm.putParameter(step.parameterName, token, true, step.parameterName in ctx.observed.ssm, tags, `AUTH token of ElastiCache replication group ${cfg.name} (django-redis-action)`);
            st.token = token;
            return;
        }
        case 'create-replication-group': {
            const rg = await aws.elasticache.createReplicationGroup(buildCreateRequest(cfg, names, requireSg(st), st.token, tags));
            st.group = rg;
            if (!cfg.wait)
                log.info(`  create requested; wait is false, so this step ends now while ${cfg.name} is ${rg?.Status ?? 'creating'}`);
            return;
        }
        case 'wait-available':
            st.group = await waitUntilAvailable(ctx, names.replicationGroupId);
            return;
        case 'increase-replicas':
            return aws.elasticache.increaseReplicaCount(names.replicationGroupId, step.newReplicaCount);
        case 'decrease-replicas':
            return aws.elasticache.decreaseReplicaCount(names.replicationGroupId, step.newReplicaCount);
        case 'modify-replication-group': {
            const changes = { ...step.changes };
            if (changes.SecurityGroupIds) {
                changes.SecurityGroupIds = changes.SecurityGroupIds.map((id) => id === plan/* MANAGED_SECURITY_GROUP */.Zm ? requireSg(st) : id);
            }
            return aws.elasticache.modifyReplicationGroup({
                ReplicationGroupId: names.replicationGroupId,
                ...changes,
            });
        }
        case 'auth-token': {
            if (!st.token)
                throw new errors/* PlanError */.W6(`no AUTH token is stored in ${names.ssm.authToken}; cannot ${step.strategy}`);
            return aws.elasticache.modifyReplicationGroup({
                ReplicationGroupId: names.replicationGroupId,
                AuthToken: st.token,
                AuthTokenUpdateStrategy: step.strategy,
                ApplyImmediately: true,
            });
        }
        case 'add-tags':
            return aws.elasticache.addTags(groupArn(ctx, st), step.tags);
        case 'remove-tags':
            return aws.elasticache.removeTags(groupArn(ctx, st), step.keys);
        case 'publish-ssm':
            return publishSsm(ctx, names, st, step.parameterNames);
    }
}
function requireSg(st) {
    if (!st.securityGroupId)
        throw new errors/* PlanError */.W6('the managed security group id is unknown (it was neither found nor created)');
    return st.securityGroupId;
}
function groupArn(ctx, st) {
    const arn = st.group?.ARN ?? ctx.observed.group?.arn;
    if (!arn)
        throw new errors/* PlanError */.W6(`the ARN of ${ctx.cfg.name} is unknown; cannot tag it`);
    return arn;
}
/** The full create request: every setting from the inputs, log delivery, tags. Pure. */
function buildCreateRequest(cfg, names, securityGroupId, token, tags) {
    return {
        ReplicationGroupId: names.replicationGroupId,
        ReplicationGroupDescription: `Django cache and Celery broker for ${cfg.name} (django-redis-action)`,
        Engine: cfg.engine,
        EngineVersion: cfg.engineVersion,
        CacheNodeType: cfg.nodeType,
        NumCacheClusters: cfg.numCacheClusters,
        AutomaticFailoverEnabled: cfg.automaticFailoverEnabled,
        MultiAZEnabled: cfg.multiAzEnabled,
        AtRestEncryptionEnabled: cfg.atRestEncryptionEnabled,
        KmsKeyId: cfg.kmsKeyId,
        TransitEncryptionEnabled: cfg.transitEncryptionEnabled,
        TransitEncryptionMode: cfg.transitEncryptionEnabled ? 'required' : undefined,
        AuthToken: cfg.authTokenEnabled ? token : undefined,
        Port: cfg.port,
        CacheSubnetGroupName: names.subnetGroup,
        CacheParameterGroupName: names.parameterGroup,
        SecurityGroupIds: [securityGroupId, ...cfg.securityGroupIds.filter((id) => id !== securityGroupId)],
        SnapshotRetentionLimit: cfg.snapshotRetentionLimit,
        SnapshotWindow: cfg.snapshotWindow,
        PreferredMaintenanceWindow: cfg.maintenanceWindow,
        NotificationTopicArn: cfg.notificationTopicArn,
        DataTieringEnabled: /\.r6gd\./.test(cfg.nodeType) ? true : undefined,
        LogDeliveryConfigurations: (0,plan/* desiredLogDelivery */.xM)(names),
        Tags: (0,src_names/* tagList */.Tw)(tags),
    };
}
/** Pure: is the group (and every member) done? Explicit success and failure states. */
function classifyGroup(s) {
    const rg = s.rg;
    if (!rg)
        return { state: 'failure', label: 'gone (ReplicationGroupNotFound)' };
    const status = rg.Status ?? 'unknown';
    if (status === 'create-failed' || status === 'deleting' || status === 'deleted')
        return { state: 'failure', label: status };
    const busyMembers = s.members.filter((m) => m.status !== 'available');
    const pending = rg.PendingModifiedValues ?? {};
    const pendingParts = [
        pending.AuthTokenStatus && `AUTH token ${pending.AuthTokenStatus.toLowerCase()}`,
        pending.TransitEncryptionMode && `TLS mode → ${pending.TransitEncryptionMode}`,
        pending.AutomaticFailoverStatus && `failover ${pending.AutomaticFailoverStatus}`,
        ...(rg.LogDeliveryConfigurations ?? [])
            .filter((l) => l.Status && l.Status !== 'active' && l.Status !== 'error')
            .map((l) => `${l.LogType} ${l.Status}`),
    ].filter(Boolean);
    const memberText = busyMembers.length
        ? `; members ${busyMembers.map((m) => `${m.id} ${m.status}`).join(', ')}`
        : '';
    const pendingText = pendingParts.length ? `; ${pendingParts.join(', ')}` : '';
    const label = `${status}${memberText}${pendingText}`;
    if (status === 'available' && !busyMembers.length && !pendingParts.length)
        return { state: 'success', label: 'available' };
    return { state: 'pending', label };
}
async function waitUntilAvailable(ctx, id) {
    const started = ctx.clock.now();
    const read = async () => {
        const rg = await ctx.aws.elasticache.describeReplicationGroup(id);
        const members = await Promise.all((rg?.MemberClusters ?? []).map(async (m) => ({
            id: m,
            status: (await ctx.aws.elasticache.describeCacheCluster(m))?.CacheClusterStatus ?? 'missing',
        })));
        return { rg, members };
    };
    try {
        const done = await (0,wait/* pollUntil */.g3)({
            clock: ctx.clock,
            what: `replication group ${id}`,
            timeoutMs: ctx.cfg.waitTimeoutMinutes * 60_000,
            read,
            classify: classifyGroup,
            log: (line) => ctx.log.info(`  ${line}`),
        });
        return done.rg;
    }
    catch (e) {
        if (e instanceof wait/* WaitFailedError */.vv || e instanceof wait/* WaitTimeoutError */.Do) {
            let events = [];
            try {
                events = await ctx.aws.elasticache.recentEvents(id, started - 60 * 60_000);
            }
            catch (inner) {
                events = [`(could not read events: ${inner.message})`];
            }
            const hint = e instanceof wait/* WaitTimeoutError */.Do
                ? ' Raise wait_timeout_minutes, or re-run later: a re-run waits for the group instead of starting over.'
                : '';
            throw new errors/* PlanError */.W6(`${e.message}.${hint}${events.length
                ? `\nRecent ElastiCache events:\n${events
                    .slice(0, 10)
                    .map((x) => `  ${x}`)
                    .join('\n')}`
                : ' No recent ElastiCache events.'}`);
        }
        throw e;
    }
}
// ---------------------------------------------------------------------------------------------
async function publishSsm(ctx, names, st, only) {
    const { cfg } = ctx;
    const rg = st.group ?? (await ctx.aws.elasticache.describeReplicationGroup(names.replicationGroupId));
    st.group = rg;
    const primary = rg?.NodeGroups?.[0]?.PrimaryEndpoint;
    if (!primary?.Address)
        throw new errors/* PlanError */.W6(`replication group ${cfg.name} has no primary endpoint yet; cannot publish URLs`);
    const token = cfg.authTokenEnabled ? st.token : undefined;
    if (cfg.authTokenEnabled && !token)
        throw new errors/* PlanError */.W6(`no AUTH token is stored in ${names.ssm.authToken}`);
    const urls = (0,src_urls/* connectionUrls */.v6)({ host: primary.Address, port: primary.Port ?? cfg.port, tls: cfg.transitEncryptionEnabled, token }, cfg);
    if (token)
        for (const u of Object.values(urls))
            ctx.log.mask(u);
    const values = {
        [names.ssm.redisUrl]: urls.redisUrl,
        [names.ssm.celeryBrokerUrl]: urls.celeryBrokerUrl,
        [names.ssm.celeryResultBackend]: urls.celeryResultBackendUrl,
    };
    const secure = cfg.authTokenEnabled;
    const type = secure ? 'SecureString' : 'String';
    await Promise.all((0,plan/* urlParameterNames */.TY)(names)
        .filter((n) => only.includes(n))
        .filter((n) => ctx.observed.ssm[n]?.value !== values[n] || ctx.observed.ssm[n]?.type !== type)
        .map(async (n) => {
        await ctx.aws.ssm.putParameter(n, values[n] ?? '', secure, n in ctx.observed.ssm, ctx.tags, `Connection URL for ${cfg.name} (django-redis-action)`);
        st.ssmWritten.push(n);
    }));
}

;// CONCATENATED MODULE: ./src/runtime.ts
// Everything that touches AWS is loaded lazily from main.ts (after inputs validate), so a bad input
// fails in about the time bare node takes to start, without loading the SDK.







function createAdapters(region, clock, onRetry, clients) {
    const c = clients ?? createClients(region);
    const policy = { clock, maxAttempts: 5, baseDelayMs: 1_000, maxDelayMs: 20_000, onRetry };
    return {
        elasticache: new ElastiCacheAdapter(c.elasticache, policy),
        ec2: new Ec2Adapter(c.ec2, policy),
        ssm: new SsmAdapter(c.ssm, policy),
        logs: new LogsAdapter(c.logs, policy),
    };
}


/***/ })

};
