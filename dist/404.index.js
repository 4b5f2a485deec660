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
    /** Security groups by id; ids that do not exist are left out (no error). */
    async securityGroupsById(ids) {
        const found = [];
        // Filtering by group-id (rather than GroupIds) returns what exists instead of failing on the first miss.
        let token;
        do {
            const out = await this.call('DescribeSecurityGroups', () => this.client.send(new client_ec2_dist_cjs/* DescribeSecurityGroupsCommand */.jsQ({
                Filters: [{ Name: 'group-id', Values: ids }],
                NextToken: token,
            })));
            found.push(...(out.SecurityGroups ?? []));
            token = out.NextToken;
        } while (token);
        return found;
    }
    async revokePermissions(groupId, permissions) {
        if (!permissions.length)
            return;
        await this.call('RevokeSecurityGroupIngress', () => this.client.send(new client_ec2_dist_cjs/* RevokeSecurityGroupIngressCommand */.eo3({ GroupId: groupId, IpPermissions: permissions })));
    }
    async tag(resourceId, tags) {
        await this.call('CreateTags', () => this.client.send(new client_ec2_dist_cjs/* CreateTagsCommand */.RmG({ Resources: [resourceId], Tags: (0,src_names/* tagList */.Tw)(tags) })));
    }
    async untag(resourceId, keys) {
        await this.call('DeleteTags', () => this.client.send(new client_ec2_dist_cjs/* DeleteTagsCommand */.MVD({ Resources: [resourceId], Tags: keys.map((Key) => ({ Key })) })));
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
/** Pure: the SG's ingress on `port` (TCP, exactly that port), and every other permission. */
function toObservedSecurityGroup(sg, port) {
    const ingress = { port, securityGroupIds: [], cidrBlocks: [] };
    const otherPermissions = [];
    for (const p of sg.IpPermissions ?? []) {
        if (p.IpProtocol === 'tcp' && p.FromPort === port && p.ToPort === port) {
            ingress.securityGroupIds.push(...(p.UserIdGroupPairs ?? []).map((g) => g.GroupId ?? '').filter(Boolean));
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
        }
        else {
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
function trimPermission(p) {
    const nonEmpty = (xs) => (xs?.length ? xs : undefined);
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
    /** Removes tags; a key the resource does not carry is fine. */
    async removeTags(arn, keys) {
        try {
            await this.call('RemoveTagsFromResource', () => this.client.send(new client_elasticache_dist_cjs/* RemoveTagsFromResourceCommand */.FyM({ ResourceName: arn, TagKeys: keys })));
        }
        catch (e) {
            if (missing(e, 'TagNotFoundFault'))
                return;
            throw e;
        }
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
    /** Recent events of the group and of each member (causes are often reported on a member), oldest first. */
    async recentEvents(id, memberIds, sinceMs) {
        const sources = [
            ['replication-group', id],
            ...memberIds.map((m) => ['cache-cluster', m]),
        ];
        const answers = await Promise.all(sources.map(([SourceType, SourceIdentifier]) => this.call('DescribeEvents', () => this.client.send(new client_elasticache_dist_cjs/* DescribeEventsCommand */.w6x({ SourceType, SourceIdentifier, StartTime: new Date(sinceMs) })))));
        return answers
            .flatMap((out) => out.Events ?? [])
            .sort((x, y) => (x.Date?.getTime() ?? 0) - (y.Date?.getTime() ?? 0))
            .map((ev) => `${ev.Date?.toISOString() ?? ''} ${ev.SourceIdentifier ?? id}: ${ev.Message ?? ''}`.trim());
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
                subnetZones: Object.fromEntries((g.Subnets ?? []).map((s) => [s.SubnetIdentifier ?? '', s.SubnetAvailabilityZone?.Name ?? ''])),
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
    /** No retention policy: the log group never expires events (log_retention_days: 0). */
    async deleteRetention(name) {
        await this.call('DeleteRetentionPolicy', () => this.client.send(new dist_cjs/* DeleteRetentionPolicyCommand */.X4Y({ logGroupName: name })));
    }
    async tag(arn, tags) {
        await this.call('TagResource', () => this.client.send(new dist_cjs/* TagResourceCommand */.eqU({ resourceArn: arn, tags })));
    }
    async untag(arn, keys) {
        await this.call('UntagResource', () => this.client.send(new dist_cjs/* UntagResourceCommand */.RP$({ resourceArn: arn, tagKeys: keys })));
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
                        version: p.Version,
                    };
            }
        }
        return found;
    }
    /**
     * Writes a parameter. PutParameter refuses Tags together with Overwrite, so a new parameter is
     * created with its tags, and an existing one is overwritten and then tagged. SSM cannot change a
     * parameter's type (HierarchyTypeMismatchException), so one of another type (a URL that now
     * embeds the AUTH token) is deleted and created again.
     */
    async putParameter(name, value, secure, existingType, tags, description) {
        const Type = secure ? 'SecureString' : 'String';
        const put = (how) => this.call('PutParameter', () => this.client.send(new client_ssm_dist_cjs/* PutParameterCommand */.ihh({ Name: name, Value: value, Type, Description: description, ...how })));
        if (existingType !== Type) {
            if (existingType !== undefined)
                await this.deleteParameter(name);
            try {
                await put({ Tags: (0,src_names/* tagList */.Tw)(tags) });
                return;
            }
            catch (e) {
                // Created meanwhile (another run, or a retried create whose first answer was lost): overwrite.
                if (!(e instanceof errors/* AwsCallError */.iQ && e.causeName === 'ParameterAlreadyExists'))
                    throw e;
            }
        }
        await put({ Overwrite: true });
        await this.tag(name, tags);
    }
    async tag(name, tags) {
        await this.call('AddTagsToResource', () => this.client.send(new client_ssm_dist_cjs/* AddTagsToResourceCommand */.X3P({ ResourceType: 'Parameter', ResourceId: name, Tags: (0,src_names/* tagList */.Tw)(tags) })));
    }
    async untag(name, keys) {
        await this.call('RemoveTagsFromResource', () => this.client.send(new client_ssm_dist_cjs/* RemoveTagsFromResourceCommand */.FyM({ ResourceType: 'Parameter', ResourceId: name, TagKeys: keys })));
    }
    /** Deletes a parameter; one that is already gone is fine. */
    async deleteParameter(name) {
        try {
            await this.call('DeleteParameter', () => this.client.send(new client_ssm_dist_cjs/* DeleteParameterCommand */.Obs({ Name: name })));
        }
        catch (e) {
            if (e instanceof errors/* AwsCallError */.iQ && e.causeName === 'ParameterNotFound')
                return;
            throw e;
        }
    }
}

;// CONCATENATED MODULE: ./src/observe.ts
// Observe: read everything the planner needs, each read starting as soon as what it depends on is
// known. For a converged group that is two levels and 6 + members + 2 calls:
//   level 1: the group, our subnet group, parameter values, our security group, log groups, SSM;
//   level 2: every member cluster, the group's tags, the VPC's route tables.
// Subnets are described only when the subnet group does not already hold exactly the inputs, and
// referenced security groups only when they are not already in use.



async function observe(cfg, names, a) {
    const ec = a.elasticache;
    const rgP = ec.describeReplicationGroup(names.replicationGroupId);
    const membersP = rgP.then((rg) => describeMembers(ec, rg));
    const tagsP = rgP.then((rg) => rg?.ARN && rg.Status === 'available' ? ec.listTags(rg.ARN) : {});
    const ourSubnetGroupP = ec.describeSubnetGroup(names.subnetGroup);
    // The group's own subnet group: a group created elsewhere may use another name than ours.
    const subnetGroupP = Promise.all([ourSubnetGroupP, membersP]).then(async ([ours, members]) => {
        const used = members[0]?.CacheSubnetGroupName;
        return used && used !== names.subnetGroup ? ec.describeSubnetGroup(used) : ours;
    });
    // Subnets (and so the VPC's route tables) do not wait for the members: our subnet group is enough.
    const subnetsP = ourSubnetGroupP.then((sg) => subnetsOf(cfg, a, sg));
    const routesP = subnetsP.then((subnets) => {
        const vpcs = [...new Set(subnets.map((s) => s.VpcId ?? ''))];
        return Promise.all(vpcs.map((v) => a.ec2.describeRouteTables(v))).then((t) => t.flat());
    });
    const ourSgP = a.ec2.findSecurityGroups(names.securityGroup);
    const paramsP = ec.describeUserParameters(names.parameterGroup);
    const logsP = a.logs.describeLogGroups(`/aws/elasticache/${names.replicationGroupId}/`);
    const ssmP = a.ssm.getParameters([
        names.ssm.redisUrl,
        names.ssm.celeryBrokerUrl,
        names.ssm.celeryResultBackend,
        ...(cfg.authTokenEnabled ? [names.ssm.authToken, names.ssm.authTokenPending] : []),
    ]);
    const [rg, members, tags, subnetGroup, subnets, routeTables, securityGroups, paramValues, logGroups, ssm] = await Promise.all([rgP, membersP, tagsP, subnetGroupP, subnetsP, routesP, ourSgP, paramsP, logsP, ssmP]);
    const vpcIds = [...new Set(subnets.map((s) => s.VpcId ?? ''))];
    const vpcId = vpcIds.length === 1 ? vpcIds[0] : undefined;
    const sg = securityGroups.find((s) => s.VpcId === vpcId) ?? (vpcId ? undefined : securityGroups[0]);
    const securityGroup = sg ? toObservedSecurityGroup(sg, cfg.port) : undefined;
    const memberMap = new Map(members.map((m) => [m.CacheClusterId ?? '', m]));
    const group = rg ? toObservedGroup(rg, members[0], tags, memberMap) : undefined;
    // Referenced security groups are looked up only when not already in use by the group or our SG,
    // so a converged re-run spends no call on them.
    const inUse = new Set([
        ...(securityGroup?.ingress.securityGroupIds ?? []),
        ...(group?.securityGroupIds ?? []),
    ]);
    const unknown = [...new Set([...cfg.allowedSecurityGroupIds, ...cfg.securityGroupIds])].filter((id) => !inUse.has(id));
    const referencedSecurityGroups = {};
    if (unknown.length) {
        const found = await a.ec2.securityGroupsById(unknown);
        for (const id of unknown)
            referencedSecurityGroups[id] = found.find((g) => g.GroupId === id)?.VpcId;
    }
    return {
        subnets: classifySubnets(subnets, routeTables),
        vpcId,
        group,
        subnetGroup,
        parameterGroup: paramValues
            ? { name: names.parameterGroup, family: cfg.family, values: paramValues }
            : undefined,
        securityGroup,
        logGroups,
        ssm,
        referencedSecurityGroups,
    };
}
/** Every member cluster (busy members block the next change), in MemberClusters order. */
async function describeMembers(ec, rg) {
    const ids = rg?.MemberClusters ?? [];
    const found = await Promise.all(ids.map((id) => ec.describeCacheCluster(id)));
    return found.filter((c) => c !== undefined);
}
/**
 * The input subnets with their VPC and zone. When the subnet group already holds exactly these
 * subnets its answer is enough; otherwise EC2 DescribeSubnets (which also proves they exist).
 */
async function subnetsOf(cfg, a, sg) {
    if (sg && sg.vpcId && sameSet(sg.subnetIds, cfg.subnetIds) && sg.subnetZones) {
        return cfg.subnetIds.map((id) => ({
            SubnetId: id,
            VpcId: sg.vpcId,
            AvailabilityZone: sg.subnetZones?.[id],
        }));
    }
    let subnets;
    try {
        subnets = await a.ec2.describeSubnets(cfg.subnetIds);
    }
    catch (e) {
        if (e instanceof errors/* AwsCallError */.iQ && /^InvalidSubnet/.test(e.causeName)) {
            throw new errors/* PlanError */.W6(`Input "subnet_ids": ${e.message.replace(/^EC2 DescribeSubnets failed: /, '')} (check the ids and aws_region).`);
        }
        throw e;
    }
    const missing = cfg.subnetIds.filter((id) => !subnets.some((s) => s.SubnetId === id));
    if (missing.length) {
        throw new errors/* PlanError */.W6(`Input "subnet_ids": ${missing.join(', ')} not found in ${cfg.region}; check the ids and aws_region.`);
    }
    return subnets;
}
function sameSet(a, b) {
    const sb = new Set(b);
    return a.length === sb.size && a.every((x) => sb.has(x));
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

// EXTERNAL MODULE: ./src/inputs.ts + 20 modules
var inputs = __webpack_require__(6477);
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
        // On an existing group a pending token (an unfinished rotation) wins over the current one: it is
        // the one to finish. A new group never uses it (the plan deletes it).
        token: (plan.action === 'create' ? undefined : ctx.observed.ssm[names.ssm.authTokenPending]?.value) ??
            ctx.observed.ssm[names.ssm.authToken]?.value,
        group: undefined,
        timings: [],
        ssm: { ...ctx.observed.ssm },
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
        case 'revoke-other-ingress':
            return aws.ec2.revokePermissions(requireSg(st), step.permissions);
        case 'create-log-group':
            await aws.logs.createLogGroup(step.name, tags);
            if (step.retentionDays)
                await aws.logs.putRetention(step.name, step.retentionDays);
            return;
        case 'put-log-retention':
            return aws.logs.putRetention(step.name, step.retentionDays);
        case 'delete-log-retention':
            return aws.logs.deleteRetention(step.name);
        case 'delete-ssm-parameter':
            await aws.ssm.deleteParameter(step.parameterName);
            delete st.ssm[step.parameterName];
            return;
        case 'store-auth-token': {
            // Stored before it is used anywhere, so a crash can never lose the token a group accepts.
            const token = step.generate ? (ctx.generateToken ?? generateAuthToken)() : st.token;
            if (!token)
                throw new errors/* PlanError */.W6(`no AUTH token to store in ${step.parameterName}`);
            log.mask(token);
            if (st.ssm[step.parameterName]?.value === token) {
                st.token = token;
                return;
            }
            await aws.ssm.putParameter(step.parameterName, token, true, st.ssm[step.parameterName]?.type, tags, `AUTH token of ElastiCache replication group ${cfg.name} (django-redis-action)`);
            st.ssm[step.parameterName] = { value: token, type: 'SecureString' };
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
            const token = st.token;
            if (!token)
                throw new errors/* PlanError */.W6(`no AUTH token is stored in ${names.ssm.authToken}; cannot ${step.strategy}`);
            const send = async (strategy) => {
                await aws.elasticache.modifyReplicationGroup({
                    ReplicationGroupId: names.replicationGroupId,
                    AuthToken: token,
                    AuthTokenUpdateStrategy: strategy,
                    ApplyImmediately: true,
                });
                const mark = step.mark ?? (step.resumed ? names.ssm.authTokenPending : undefined);
                if (strategy === 'ROTATE' && mark) {
                    // Record that AWS accepted ROTATE: the parameter's new version tells a later run not to
                    // ROTATE again (plan.ts authTokenState).
                    await aws.ssm.putParameter(mark, token, true, st.ssm[mark]?.type, tags, `New AUTH token of ${cfg.name}: ROTATE accepted, SET to follow (django-redis-action)`);
                    st.ssm[mark] = { value: token, type: 'SecureString', version: (st.ssm[mark]?.version ?? 1) + 1 };
                }
            };
            try {
                return await send(step.strategy);
            }
            catch (e) {
                // A resumed token change judged ROTATE done from timestamps; AWS says it is not. ROTATE now
                // (the old token stays valid), wait, and SET: the same safe sequence, one step later.
                if (!step.resumed || !isRefusedParameter(e))
                    throw e;
                log.warning(`SET was refused (${e instanceof Error ? e.message : String(e)}). If the group never rotated to this token, ROTATE (the old token stays valid) then SET fixes it: trying that.`);
                await send('ROTATE');
                await waitUntilAvailable(ctx, names.replicationGroupId);
                return send('SET');
            }
        }
        case 'add-tags':
            return tagAll(taggables(ctx, st, names), (t) => t.add(step.tags));
        case 'remove-tags':
            return tagAll(taggables(ctx, st, names), (t) => t.remove(step.keys));
        case 'publish-ssm':
            return publishSsm(ctx, names, st, step.parameterNames, step.tokenless === true);
    }
}
/** SET with a token that was not rotated in is refused as an invalid parameter (AWS: it must equal the last rotated token). */
function isRefusedParameter(e) {
    return (e instanceof errors/* AwsCallError */.iQ &&
        (e.causeName === 'InvalidParameterValueException' ||
            e.causeName === 'InvalidParameterCombinationException'));
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
/**
 * Tag drift is read on the replication group only, so the group (first in the list) is tagged
 * last: if tagging a sibling fails, the group still shows the drift and the next run retries.
 */
async function tagAll(list, apply) {
    const [group, ...siblings] = list;
    await Promise.all(siblings.map(apply));
    if (group)
        await apply(group);
}
/**
 * Every managed resource that exists, so a change of `tags` or `environment` reaches all of them:
 * the group, its parameter and subnet groups, our security group, the log groups and SSM parameters.
 */
function taggables(ctx, st, names) {
    const { aws, observed: o } = ctx;
    const rgArn = groupArn(ctx, st);
    // arn:aws:elasticache:<region>:<account>:replicationgroup:<id> → the same prefix for sibling resources.
    const prefix = rgArn.slice(0, rgArn.lastIndexOf(':replicationgroup:'));
    const [, partition, , region, account] = rgArn.split(':');
    const ec = (arn) => ({
        add: (t) => aws.elasticache.addTags(arn, t),
        remove: (k) => aws.elasticache.removeTags(arn, k),
    });
    const list = [ec(rgArn)]; // the group first: tagAll relies on it
    if (o.parameterGroup)
        list.push(ec(`${prefix}:parametergroup:${o.parameterGroup.name}`));
    // Only our own subnet group: an adopted group's may be `default` or shared with other groups.
    if (o.subnetGroup?.name === names.subnetGroup)
        list.push(ec(`${prefix}:subnetgroup:${o.subnetGroup.name}`));
    const sg = st.securityGroupId;
    if (sg)
        list.push({ add: (t) => aws.ec2.tag(sg, t), remove: (k) => aws.ec2.untag(sg, k) });
    for (const name of [names.slowLogGroup, names.engineLogGroup]) {
        if (!(name in o.logGroups))
            continue;
        const arn = `arn:${partition}:logs:${region}:${account}:log-group:${name}`;
        list.push({ add: (t) => aws.logs.tag(arn, t), remove: (k) => aws.logs.untag(arn, k) });
    }
    for (const name of Object.keys(o.ssm).filter((n) => n !== names.ssm.authTokenPending)) {
        list.push({ add: (t) => aws.ssm.tag(name, t), remove: (k) => aws.ssm.untag(name, k) });
    }
    return list;
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
        DataTieringEnabled: (0,inputs/* isDataTieringNodeType */.HQ)(cfg.nodeType) ? true : undefined,
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
    let memberIds = ctx.observed.group?.memberClusters ?? [];
    const read = async () => {
        const rg = await ctx.aws.elasticache.describeReplicationGroup(id);
        memberIds = rg?.MemberClusters?.length ? rg.MemberClusters : memberIds;
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
            timeoutMs: Math.max(0, ctx.deadline - started),
            limitText: `the run's ${ctx.cfg.waitTimeoutMinutes}-minute limit (wait_timeout_minutes)`,
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
                events = await ctx.aws.elasticache.recentEvents(id, memberIds, started - 60 * 60_000);
            }
            catch (inner) {
                events = [`(could not read events: ${inner.message})`];
            }
            const hint = e instanceof wait/* WaitTimeoutError */.Do
                ? ' Raise wait_timeout_minutes, or re-run later: a re-run waits for the group instead of starting over.'
                : '';
            const recent = events.slice(-10).map((x) => `  ${x}`);
            throw new errors/* PlanError */.W6(`${e.message}.${hint}${recent.length ? `\nRecent ElastiCache events:\n${recent.join('\n')}` : ' No recent ElastiCache events.'}`);
        }
        throw e;
    }
}
// ---------------------------------------------------------------------------------------------
async function publishSsm(ctx, names, st, only, tokenless = false) {
    const { cfg } = ctx;
    const rg = st.group ?? (await ctx.aws.elasticache.describeReplicationGroup(names.replicationGroupId));
    st.group = rg;
    const primary = rg?.NodeGroups?.[0]?.PrimaryEndpoint;
    if (!primary?.Address)
        throw new errors/* PlanError */.W6(`replication group ${cfg.name} has no primary endpoint yet; cannot publish URLs`);
    const token = cfg.authTokenEnabled && !tokenless ? st.token : undefined;
    if (cfg.authTokenEnabled && !tokenless && !token)
        throw new errors/* PlanError */.W6(`no AUTH token is stored in ${names.ssm.authToken}`);
    const urls = (0,src_urls/* connectionUrls */.v)({ host: primary.Address, port: primary.Port ?? cfg.port, tls: cfg.transitEncryptionEnabled, token }, cfg);
    if (token)
        for (const u of Object.values(urls))
            ctx.log.mask(u);
    const values = {
        [names.ssm.redisUrl]: urls.redisUrl,
        [names.ssm.celeryBrokerUrl]: urls.celeryBrokerUrl,
        [names.ssm.celeryResultBackend]: urls.celeryResultBackendUrl,
    };
    const secure = cfg.authTokenEnabled; // see staleUrlParameters in plan.ts
    const type = secure ? 'SecureString' : 'String';
    await Promise.all((0,plan/* urlParameterNames */.TY)(names)
        .filter((n) => only.includes(n))
        .filter((n) => st.ssm[n]?.value !== values[n] || st.ssm[n]?.type !== type)
        .map(async (n) => {
        const value = values[n] ?? '';
        await ctx.aws.ssm.putParameter(n, value, secure, st.ssm[n]?.type, ctx.tags, `Connection URL for ${cfg.name} (django-redis-action)`);
        st.ssm[n] = { value, type };
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
