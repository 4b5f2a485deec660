export const id = 846;
export const ids = [846];
export const modules = {

/***/ 9248:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T: () => (/* binding */ createAdapters)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-cjs/index.js
var dist_cjs = __webpack_require__(4085);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch-logs/dist-cjs/index.js
var client_cloudwatch_logs_dist_cjs = __webpack_require__(2684);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var client_ec2_dist_cjs = __webpack_require__(5193);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-elasticache/dist-cjs/index.js
var client_elasticache_dist_cjs = __webpack_require__(4827);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-resource-groups-tagging-api/dist-cjs/index.js
var client_resource_groups_tagging_api_dist_cjs = __webpack_require__(5059);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ssm/dist-cjs/index.js
var client_ssm_dist_cjs = __webpack_require__(4736);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/retry/index.js
var retry = __webpack_require__(3609);
;// CONCATENATED MODULE: ./src/version.ts
// Kept equal to package.json's version by test/version.test.ts; sent in the AWS user agent.
const ACTION_NAME = 'django-redis-action';
const ACTION_VERSION = '1.0.0';

;// CONCATENATED MODULE: ./src/aws/clients.ts








/**
 * The one retry layer: the SDK's standard retry strategy, configured here and nowhere else.
 * A call is sent at most MAX_ATTEMPTS times (1 + 4 retries). Only errors the SDK classifies as
 * throttling or transient (5xx, timeouts, refused or reset connections) are retried; anything
 * else (AccessDenied, a missing resource, a bad parameter) is sent exactly once.
 *
 * Backoff before retry i (0-based) is full jitter: random × min(base × 2^i, MAX_BACKOFF_MS), the
 * SDK picking the base by error type: its throttling base for throttling (THROTTLING_BASE_MS, 1 s
 * in the pinned SDK; test/retry.test.ts checks it), TRANSIENT_BASE_MS for the rest. So one call
 * waits at most 1 + 2 + 4 + 8 = 15 s in all when throttled, and 0.25 + 0.5 + 1 + 2 = 3.75 s on
 * 5xx or network errors (the SDK may stretch a wait by up to 5 s when AWS sends Retry-After).
 *
 * Why this bound: a burst of throttling from other tools in the account gets four chances spread
 * over ~15 s, a dead endpoint fails within seconds, and a call is never sent 30 times as when this
 * action retried around the SDK's own retries. Standard rather than adaptive mode: this action
 * sends a handful of calls and then one read every 11–20 s, so the adaptive client-side rate
 * limiter has nothing to smooth and would only add waits of its own.
 */
const MAX_ATTEMPTS = 5;
const THROTTLING_BASE_MS = 1_000;
const TRANSIENT_BASE_MS = 250;
const MAX_BACKOFF_MS = 8_000;
/** Total backoff a call can wait at most (Retry-After aside): the figure the README states. */
function maxTotalBackoffMs(baseMs) {
    let total = 0;
    for (let i = 0; i < MAX_ATTEMPTS - 1; i++)
        total += Math.min(baseMs * 2 ** i, MAX_BACKOFF_MS);
    return total;
}
/**
 * The SDK's StandardRetryBackoffStrategy with a cap this action owns. The strategy calls
 * setDelayBase (1 s for throttling errors, `baseDelay` otherwise) right before each
 * computeNextBackoffDelay; the jitter source is injectable so tests can draw 0 and never sleep.
 */
class CappedBackoff {
    random;
    base = TRANSIENT_BASE_MS;
    constructor(random = Math.random) {
        this.random = random;
    }
    setDelayBase(ms) {
        this.base = ms;
    }
    computeNextBackoffDelay(retry) {
        return Math.floor(this.random() * Math.min(this.base * 2 ** retry, MAX_BACKOFF_MS));
    }
}
function retryStrategy(random) {
    return new retry.StandardRetryStrategy({
        maxAttempts: MAX_ATTEMPTS,
        baseDelay: TRANSIENT_BASE_MS,
        backoff: new CappedBackoff(random),
    });
}
/**
 * Every client is configured once, here: region, the retry strategy above (one per client, so
 * each keeps the SDK's retry budget), and a user agent naming this action and version. A client is
 * built the first time it is used, so a run pays only for the services it calls.
 */
function createClients(region, options = {}) {
    const config = () => ({
        region,
        retryStrategy: retryStrategy(options.random),
        customUserAgent: [[ACTION_NAME, ACTION_VERSION]],
        ...(options.endpoint ? { endpoint: options.endpoint } : {}),
        ...(options.credentials ? { credentials: options.credentials } : {}),
    });
    let elasticache;
    let ec2;
    let ssm;
    let logs;
    let tagging;
    let cloudwatch;
    let sns;
    let kms;
    return {
        get elasticache() {
            return (elasticache ??= new client_elasticache_dist_cjs/* ElastiCacheClient */.gpP(config()));
        },
        get ec2() {
            return (ec2 ??= new client_ec2_dist_cjs/* EC2Client */.gu5(config()));
        },
        get ssm() {
            return (ssm ??= new client_ssm_dist_cjs/* SSMClient */.jBj(config()));
        },
        get logs() {
            return (logs ??= new client_cloudwatch_logs_dist_cjs/* CloudWatchLogsClient */.TFr(config()));
        },
        get tagging() {
            return (tagging ??= new client_resource_groups_tagging_api_dist_cjs/* ResourceGroupsTaggingAPIClient */.DE(config()));
        },
        get cloudwatch() {
            return (cloudwatch ??= new dist_cjs/* CloudWatchClient */.WBn(config()));
        },
        get sns() {
            return (sns ??= __webpack_require__.e(/* import() */ 797).then(__webpack_require__.t.bind(__webpack_require__, 8797, 19)).then((m) => new m.SNSClient(config())));
        },
        get kms() {
            return (kms ??= __webpack_require__.e(/* import() */ 632).then(__webpack_require__.t.bind(__webpack_require__, 2632, 19)).then((m) => new m.KMSClient(config())));
        },
    };
}

// EXTERNAL MODULE: ./src/aws/call.ts + 1 modules
var call = __webpack_require__(7380);
;// CONCATENATED MODULE: ./src/aws/cloudwatch.ts


/** DeleteAlarms takes at most 100 names per call. */
const ALARMS_PER_CALL = 100;
/** DescribeAlarms returns at most 100 alarms per page. */
const ALARMS_PER_PAGE = 100;
class CloudWatchAdapter {
    client;
    note;
    constructor(
    /** Built on first use (src/aws/clients.ts), so a run builds only the clients it calls. */
    client, note) {
        this.client = client;
        this.note = note;
    }
    call(operation, fn) {
        return (0,call/* awsCall */.u)('cloudwatch', operation, fn, this.note);
    }
    /** The metric alarms whose names start with `prefix`: one call per 100 alarms (paged). */
    async describeAlarms(prefix) {
        const found = [];
        let token;
        do {
            const out = await this.call('DescribeAlarms', () => this.client().send(new dist_cjs/* DescribeAlarmsCommand */.zWD({
                AlarmNamePrefix: prefix,
                AlarmTypes: ['MetricAlarm'],
                MaxRecords: ALARMS_PER_PAGE,
                NextToken: token,
            })));
            found.push(...(out.MetricAlarms ?? []));
            token = out.NextToken;
        } while (token);
        return found;
    }
    /** Creates the alarm, or replaces its whole configuration (AWS ignores Tags on an update). */
    async putMetricAlarm(input) {
        await this.call('PutMetricAlarm', () => this.client().send(new dist_cjs/* PutMetricAlarmCommand */.AZU(input)));
    }
    async listTags(arn) {
        const out = await this.call('ListTagsForResource', () => this.client().send(new dist_cjs/* ListTagsForResourceCommand */.a_e({ ResourceARN: arn })));
        return Object.fromEntries((out.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));
    }
    /** Deletes metric alarms by name; names that do not exist are ignored by AWS. */
    async deleteAlarms(names) {
        for (let i = 0; i < names.length; i += ALARMS_PER_CALL) {
            const chunk = names.slice(i, i + ALARMS_PER_CALL);
            await this.call('DeleteAlarms', () => this.client().send(new dist_cjs/* DeleteAlarmsCommand */.nds({ AlarmNames: chunk })));
        }
    }
}

// EXTERNAL MODULE: ./src/aws/ec2.ts
var ec2 = __webpack_require__(2791);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/domain/names.ts
var names = __webpack_require__(8800);
;// CONCATENATED MODULE: ./src/aws/elasticache.ts




/** Parameters are changed at most 20 per ModifyCacheParameterGroup call (API limit). */
const PARAMETERS_PER_CALL = 20;
function missing(e, ...names) {
    return e instanceof errors/* AwsCallError */.iQ && names.includes(e.causeName);
}
class ElastiCacheAdapter {
    client;
    note;
    constructor(
    /** Built on first use (src/aws/clients.ts), so a run builds only the clients it calls. */
    client, note) {
        this.client = client;
        this.note = note;
    }
    call(operation, fn) {
        return (0,call/* awsCall */.u)('elasticache', operation, fn, this.note);
    }
    async describeReplicationGroup(id) {
        try {
            const out = await this.call('DescribeReplicationGroups', () => this.client().send(new client_elasticache_dist_cjs/* DescribeReplicationGroupsCommand */.HYQ({ ReplicationGroupId: id })));
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
            const out = await this.call('DescribeCacheClusters', () => this.client().send(new client_elasticache_dist_cjs/* DescribeCacheClustersCommand */.sgL({ CacheClusterId: id, ShowCacheNodeInfo: true })));
            return out.CacheClusters?.[0];
        }
        catch (e) {
            if (missing(e, 'CacheClusterNotFoundFault'))
                return undefined;
            throw e;
        }
    }
    async listTags(arn) {
        const out = await this.call('ListTagsForResource', () => this.client().send(new client_elasticache_dist_cjs/* ListTagsForResourceCommand */.a_e({ ResourceName: arn })));
        return Object.fromEntries((out.TagList ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));
    }
    async addTags(arn, tags) {
        await this.call('AddTagsToResource', () => this.client().send(new client_elasticache_dist_cjs/* AddTagsToResourceCommand */.X3P({ ResourceName: arn, Tags: (0,names/* tagList */.Tw)(tags) })));
    }
    /** Removes tags; a key the resource does not carry is fine. */
    async removeTags(arn, keys) {
        try {
            await this.call('RemoveTagsFromResource', () => this.client().send(new client_elasticache_dist_cjs/* RemoveTagsFromResourceCommand */.FyM({ ResourceName: arn, TagKeys: keys })));
        }
        catch (e) {
            if (missing(e, 'TagNotFoundFault'))
                return;
            throw e;
        }
    }
    async createReplicationGroup(input) {
        const out = await this.call('CreateReplicationGroup', () => this.client().send(new client_elasticache_dist_cjs/* CreateReplicationGroupCommand */.bRB(input)));
        return out.ReplicationGroup;
    }
    /** A no-op modify is success ("No modifications were requested"), as Terraform treats it. */
    async modifyReplicationGroup(input) {
        try {
            await this.call('ModifyReplicationGroup', () => this.client().send(new client_elasticache_dist_cjs/* ModifyReplicationGroupCommand */.Z98(input)));
        }
        catch (e) {
            if (e instanceof errors/* AwsCallError */.iQ && /No modifications were requested/i.test(e.message))
                return;
            throw e;
        }
    }
    /**
     * Starts deleting the group (with a final snapshot taken from the primary when named). Errors are
     * the caller's to interpret: a delete already under way, a busy member, a taken snapshot name.
     */
    async deleteReplicationGroup(id, finalSnapshotName) {
        await this.call('DeleteReplicationGroup', () => this.client().send(new client_elasticache_dist_cjs/* DeleteReplicationGroupCommand */.yMk({
            ReplicationGroupId: id,
            FinalSnapshotIdentifier: finalSnapshotName,
        })));
    }
    /** Deletes a parameter group; one already gone is fine. In use → InvalidCacheParameterGroupStateFault. */
    async deleteParameterGroup(name) {
        try {
            await this.call('DeleteCacheParameterGroup', () => this.client().send(new client_elasticache_dist_cjs/* DeleteCacheParameterGroupCommand */.zU({ CacheParameterGroupName: name })));
        }
        catch (e) {
            if (missing(e, 'CacheParameterGroupNotFoundFault'))
                return;
            throw e;
        }
    }
    /** Deletes a subnet group; one already gone is fine. In use → CacheSubnetGroupInUse. */
    async deleteSubnetGroup(name) {
        try {
            await this.call('DeleteCacheSubnetGroup', () => this.client().send(new client_elasticache_dist_cjs/* DeleteCacheSubnetGroupCommand */.Z_p({ CacheSubnetGroupName: name })));
        }
        catch (e) {
            if (missing(e, 'CacheSubnetGroupNotFoundFault'))
                return;
            throw e;
        }
    }
    /** The ARN of a parameter group (to read its tags), or undefined when it does not exist. */
    async parameterGroupArn(name) {
        try {
            const out = await this.call('DescribeCacheParameterGroups', () => this.client().send(new client_elasticache_dist_cjs/* DescribeCacheParameterGroupsCommand */.a9S({ CacheParameterGroupName: name })));
            return out.CacheParameterGroups?.[0]?.ARN;
        }
        catch (e) {
            if (missing(e, 'CacheParameterGroupNotFoundFault'))
                return undefined;
            throw e;
        }
    }
    /** The ARN of a subnet group (to read its tags), or undefined when it does not exist. */
    async subnetGroupArn(name) {
        try {
            const out = await this.call('DescribeCacheSubnetGroups', () => this.client().send(new client_elasticache_dist_cjs/* DescribeCacheSubnetGroupsCommand */.uYG({ CacheSubnetGroupName: name })));
            return out.CacheSubnetGroups?.[0]?.ARN;
        }
        catch (e) {
            if (missing(e, 'CacheSubnetGroupNotFoundFault'))
                return undefined;
            throw e;
        }
    }
    async increaseReplicaCount(id, newReplicaCount) {
        await this.call('IncreaseReplicaCount', () => this.client().send(new client_elasticache_dist_cjs/* IncreaseReplicaCountCommand */.pPx({
            ReplicationGroupId: id,
            NewReplicaCount: newReplicaCount,
            ApplyImmediately: true,
        })));
    }
    async decreaseReplicaCount(id, newReplicaCount) {
        await this.call('DecreaseReplicaCount', () => this.client().send(new client_elasticache_dist_cjs/* DecreaseReplicaCountCommand */.lXI({
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
        const answers = await Promise.all(sources.map(([SourceType, SourceIdentifier]) => this.call('DescribeEvents', () => this.client().send(new client_elasticache_dist_cjs/* DescribeEventsCommand */.w6x({ SourceType, SourceIdentifier, StartTime: new Date(sinceMs) })))));
        return answers
            .flatMap((out) => out.Events ?? [])
            .sort((x, y) => (x.Date?.getTime() ?? 0) - (y.Date?.getTime() ?? 0))
            .map((ev) => `${ev.Date?.toISOString() ?? ''} ${ev.SourceIdentifier ?? id}: ${ev.Message ?? ''}`.trim());
    }
    async describeSubnetGroup(name) {
        try {
            const out = await this.call('DescribeCacheSubnetGroups', () => this.client().send(new client_elasticache_dist_cjs/* DescribeCacheSubnetGroupsCommand */.uYG({ CacheSubnetGroupName: name })));
            const g = out.CacheSubnetGroups?.[0];
            if (!g)
                return undefined;
            return {
                name: g.CacheSubnetGroupName ?? name,
                vpcId: g.VpcId ?? '',
                // Stryker disable next-line ArrayDeclaration: a fallback element without the field maps to '' and is filtered out
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
        await this.call('CreateCacheSubnetGroup', () => this.client().send(new client_elasticache_dist_cjs/* CreateCacheSubnetGroupCommand */.ecA({
            CacheSubnetGroupName: name,
            CacheSubnetGroupDescription: description,
            SubnetIds: subnetIds,
            Tags: (0,names/* tagList */.Tw)(tags),
        })));
    }
    async modifySubnetGroup(name, subnetIds) {
        await this.call('ModifyCacheSubnetGroup', () => this.client().send(new client_elasticache_dist_cjs/* ModifyCacheSubnetGroupCommand */.CfI({ CacheSubnetGroupName: name, SubnetIds: subnetIds })));
    }
    /** User-set parameter values of a group, or undefined when the group does not exist. */
    async describeUserParameters(name) {
        const values = {};
        let marker;
        try {
            do {
                const out = await this.call('DescribeCacheParameters', () => this.client().send(new client_elasticache_dist_cjs/* DescribeCacheParametersCommand */.zqe({
                    CacheParameterGroupName: name,
                    Source: 'user',
                    MaxRecords: 100,
                    Marker: marker,
                })));
                // Stryker disable next-line ArrayDeclaration: a fallback element has no ParameterName and is skipped
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
        await this.call('CreateCacheParameterGroup', () => this.client().send(new client_elasticache_dist_cjs/* CreateCacheParameterGroupCommand */.wR5({
            CacheParameterGroupName: name,
            CacheParameterGroupFamily: family,
            Description: description,
            Tags: (0,names/* tagList */.Tw)(tags),
        })));
    }
    async modifyParameters(name, parameters) {
        const entries = Object.entries(parameters);
        for (let i = 0; i < entries.length; i += PARAMETERS_PER_CALL) {
            const chunk = entries.slice(i, i + PARAMETERS_PER_CALL);
            await this.call('ModifyCacheParameterGroup', () => this.client().send(new client_elasticache_dist_cjs/* ModifyCacheParameterGroupCommand */.SX0({
                CacheParameterGroupName: name,
                ParameterNameValues: chunk.map(([ParameterName, ParameterValue]) => ({
                    ParameterName,
                    ParameterValue,
                })),
            })));
        }
    }
    /** Back to the family default: ResetCacheParameterGroup with ParameterNameValues, 20 per call. */
    async resetParameters(name, parameterNames) {
        for (let i = 0; i < parameterNames.length; i += PARAMETERS_PER_CALL) {
            const chunk = parameterNames.slice(i, i + PARAMETERS_PER_CALL);
            await this.call('ResetCacheParameterGroup', () => this.client().send(new client_elasticache_dist_cjs/* ResetCacheParameterGroupCommand */.doF({
                CacheParameterGroupName: name,
                ParameterNameValues: chunk.map((ParameterName) => ({ ParameterName })),
            })));
        }
    }
}

;// CONCATENATED MODULE: ./src/aws/logs.ts



class LogsAdapter {
    client;
    note;
    constructor(
    /** Built on first use (src/aws/clients.ts), so a run builds only the clients it calls. */
    client, note) {
        this.client = client;
        this.note = note;
    }
    call(operation, fn) {
        return (0,call/* awsCall */.u)('logs', operation, fn, this.note);
    }
    /** Log group name -> retention days (undefined = never expire), for groups under the prefix. */
    async describeLogGroups(prefix) {
        const found = {};
        let token;
        do {
            const out = await this.call('DescribeLogGroups', () => this.client().send(new client_cloudwatch_logs_dist_cjs/* DescribeLogGroupsCommand */.VlF({ logGroupNamePrefix: prefix, nextToken: token })));
            // Stryker disable next-line ArrayDeclaration: a fallback element has no logGroupName and is skipped
            for (const g of out.logGroups ?? [])
                if (g.logGroupName)
                    found[g.logGroupName] = g.retentionInDays;
            token = out.nextToken;
        } while (token);
        return found;
    }
    /** Log groups under the prefix with their ARN (without the ":*" suffix), to read their tags. */
    async findLogGroups(prefix) {
        const found = [];
        let token;
        do {
            const out = await this.call('DescribeLogGroups', () => this.client().send(new client_cloudwatch_logs_dist_cjs/* DescribeLogGroupsCommand */.VlF({ logGroupNamePrefix: prefix, nextToken: token })));
            // Stryker disable next-line ArrayDeclaration: a fallback element has no logGroupName and is skipped
            for (const g of out.logGroups ?? [])
                if (g.logGroupName)
                    // Stryker disable next-line Regex: log group names cannot contain '*', so ':*' can only end the ARN
                    found.push({ name: g.logGroupName, arn: g.logGroupArn ?? (g.arn ?? '').replace(/:\*$/, '') });
            token = out.nextToken;
        } while (token);
        return found;
    }
    async listTags(arn) {
        const out = await this.call('ListTagsForResource', () => this.client().send(new client_cloudwatch_logs_dist_cjs/* ListTagsForResourceCommand */.a_e({ resourceArn: arn })));
        return out.tags ?? {};
    }
    /** Deletes a log group with its events; one already gone is fine. */
    async deleteLogGroup(name) {
        try {
            await this.call('DeleteLogGroup', () => this.client().send(new client_cloudwatch_logs_dist_cjs/* DeleteLogGroupCommand */.ID1({ logGroupName: name })));
        }
        catch (e) {
            if (e instanceof errors/* AwsCallError */.iQ && e.causeName === 'ResourceNotFoundException')
                return;
            throw e;
        }
    }
    /** Creates the group; one that already exists (a concurrent run) is fine. */
    async createLogGroup(name, tags) {
        try {
            await this.call('CreateLogGroup', () => this.client().send(new client_cloudwatch_logs_dist_cjs/* CreateLogGroupCommand */.BOU({ logGroupName: name, tags })));
        }
        catch (e) {
            if (e instanceof errors/* AwsCallError */.iQ && e.causeName === 'ResourceAlreadyExistsException')
                return;
            throw e;
        }
    }
    async putRetention(name, days) {
        await this.call('PutRetentionPolicy', () => this.client().send(new client_cloudwatch_logs_dist_cjs/* PutRetentionPolicyCommand */.h5R({ logGroupName: name, retentionInDays: days })));
    }
    /** No retention policy: the log group never expires events (log_retention_days: 0). */
    async deleteRetention(name) {
        await this.call('DeleteRetentionPolicy', () => this.client().send(new client_cloudwatch_logs_dist_cjs/* DeleteRetentionPolicyCommand */.X4Y({ logGroupName: name })));
    }
    async tag(arn, tags) {
        await this.call('TagResource', () => this.client().send(new client_cloudwatch_logs_dist_cjs/* TagResourceCommand */.eqU({ resourceArn: arn, tags })));
    }
    async untag(arn, keys) {
        await this.call('UntagResource', () => this.client().send(new client_cloudwatch_logs_dist_cjs/* UntagResourceCommand */.RP$({ resourceArn: arn, tagKeys: keys })));
    }
}

;// CONCATENATED MODULE: ./src/aws/kms.ts
// KMS, read only to check that kms_key_id names a usable key before anything is written. The SDK
// module loads only when the check runs.


function kms_missing(e, ...names) {
    return e instanceof errors/* AwsCallError */.iQ && names.includes(e.causeName);
}
class KmsAdapter {
    client;
    note;
    constructor(client, note) {
        this.client = client;
        this.note = note;
    }
    call(operation, fn) {
        return (0,call/* awsCall */.u)('kms', operation, fn, this.note);
    }
    /** The key a key id, key ARN, alias or alias ARN names (DescribeKey), or undefined when there is none. */
    async describeKey(keyId) {
        const { DescribeKeyCommand } = await __webpack_require__.e(/* import() */ 632).then(__webpack_require__.t.bind(__webpack_require__, 2632, 19));
        const client = await this.client();
        try {
            const out = await this.call('DescribeKey', () => client.send(new DescribeKeyCommand({ KeyId: keyId })));
            return { arn: out.KeyMetadata?.Arn, state: out.KeyMetadata?.KeyState };
        }
        catch (e) {
            if (kms_missing(e, 'NotFoundException'))
                return undefined;
            throw e;
        }
    }
}

;// CONCATENATED MODULE: ./src/aws/sns.ts
// SNS, read only to check that notification_topic_arn exists before anything is written (ElastiCache
// would refuse a missing topic only at CreateReplicationGroup / ModifyReplicationGroup, after the
// supporting resources were made). The SDK module loads only when the check runs.


function sns_missing(e, ...names) {
    return e instanceof errors/* AwsCallError */.iQ && names.includes(e.causeName);
}
class SnsAdapter {
    client;
    note;
    constructor(client, note) {
        this.client = client;
        this.note = note;
    }
    call(operation, fn) {
        return (0,call/* awsCall */.u)('sns', operation, fn, this.note);
    }
    /** Whether the topic exists (GetTopicAttributes); NotFound and an ARN SNS refuses are false. */
    async topicExists(arn) {
        const { GetTopicAttributesCommand } = await __webpack_require__.e(/* import() */ 797).then(__webpack_require__.t.bind(__webpack_require__, 8797, 19));
        const client = await this.client();
        try {
            await this.call('GetTopicAttributes', () => client.send(new GetTopicAttributesCommand({ TopicArn: arn })));
            return true;
        }
        catch (e) {
            if (sns_missing(e, 'NotFoundException', 'NotFound', 'InvalidParameterException', 'InvalidParameter'))
                return false;
            throw e;
        }
    }
}

;// CONCATENATED MODULE: ./src/aws/snapshots.ts
// ElastiCache snapshots (CreateSnapshot, DescribeSnapshots, DeleteSnapshot and a snapshot's tags):
// mode snapshot takes and prunes them, apply reads one to restore a new group from it.




/** DescribeSnapshots pages hold at most 50 snapshots (API limit). */
const PAGE_SIZE = 50;
function notFound(e) {
    return e instanceof errors/* AwsCallError */.iQ && e.causeName === 'SnapshotNotFoundFault';
}
class SnapshotAdapter {
    client;
    note;
    constructor(
    /** Built on first use (src/aws/clients.ts), so a run builds only the clients it calls. */
    client, note) {
        this.client = client;
        this.note = note;
    }
    call(operation, fn) {
        return (0,call/* awsCall */.u)('elasticache', operation, fn, this.note);
    }
    /** One snapshot by name, or undefined when there is none (SnapshotNotFoundFault). */
    async describe(name) {
        try {
            const out = await this.call('DescribeSnapshots', () => this.client().send(new client_elasticache_dist_cjs/* DescribeSnapshotsCommand */.MmI({ SnapshotName: name })));
            const s = out.Snapshots?.[0];
            return s ? toObservedSnapshot(s) : undefined;
        }
        catch (e) {
            if (notFound(e))
                return undefined;
            throw e;
        }
    }
    /** Every manual snapshot of a replication group (SnapshotSource "user"), following the pages. */
    async listManual(replicationGroupId) {
        const found = [];
        let marker;
        do {
            const out = await this.call('DescribeSnapshots', () => this.client().send(new client_elasticache_dist_cjs/* DescribeSnapshotsCommand */.MmI({
                ReplicationGroupId: replicationGroupId,
                SnapshotSource: 'user',
                MaxRecords: PAGE_SIZE,
                Marker: marker,
            })));
            found.push(...(out.Snapshots ?? []).map(toObservedSnapshot));
            marker = out.Marker;
        } while (marker);
        return found;
    }
    /** A snapshot's tags, or undefined when it is gone (deleted since it was listed). */
    async tags(arn) {
        try {
            const out = await this.call('ListTagsForResource', () => this.client().send(new client_elasticache_dist_cjs/* ListTagsForResourceCommand */.a_e({ ResourceName: arn })));
            return Object.fromEntries((out.TagList ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));
        }
        catch (e) {
            if (notFound(e))
                return undefined;
            throw e;
        }
    }
    /** Takes a snapshot of one member cluster (cluster mode disabled), tagged at creation. */
    async create(input) {
        const out = await this.call('CreateSnapshot', () => this.client().send(new client_elasticache_dist_cjs/* CreateSnapshotCommand */.gOh({
            SnapshotName: input.name,
            CacheClusterId: input.cacheClusterId,
            Tags: (0,names/* tagList */.Tw)(input.tags),
        })));
        return out.Snapshot ? toObservedSnapshot(out.Snapshot) : undefined;
    }
    /** Deletes a snapshot; one that is already gone is fine (a re-run, or another run pruned it). */
    async delete(name) {
        try {
            await this.call('DeleteSnapshot', () => this.client().send(new client_elasticache_dist_cjs/* DeleteSnapshotCommand */.tZN({ SnapshotName: name })));
        }
        catch (e) {
            if (notFound(e))
                return;
            throw e;
        }
    }
}
/** The snapshot as the planners see it; its time is the oldest node snapshot's. */
function toObservedSnapshot(s) {
    // Stryker disable next-line ArrayDeclaration: a fallback element has no SnapshotCreateTime and is filtered out
    const times = (s.NodeSnapshots ?? [])
        .map((n) => n.SnapshotCreateTime?.getTime())
        .filter((t) => t !== undefined);
    return {
        name: s.SnapshotName ?? '',
        arn: s.ARN ?? '',
        status: s.SnapshotStatus ?? 'unknown',
        source: s.SnapshotSource ?? 'unknown',
        replicationGroupId: s.ReplicationGroupId,
        cacheClusterId: s.CacheClusterId ?? s.NodeSnapshots?.[0]?.CacheClusterId,
        createdAt: times.length ? Math.min(...times) : undefined,
        engine: s.Engine,
        engineVersion: s.EngineVersion,
        nodeType: s.CacheNodeType,
        port: s.Port,
        dataTiering: s.DataTiering === 'enabled',
        numNodeGroups: s.NumNodeGroups,
    };
}

;// CONCATENATED MODULE: ./src/aws/ssm.ts




class SsmAdapter {
    client;
    note;
    constructor(
    /** Built on first use (src/aws/clients.ts), so a run builds only the clients it calls. */
    client, note) {
        this.client = client;
        this.note = note;
    }
    call(operation, fn) {
        return (0,call/* awsCall */.u)('ssm', operation, fn, this.note);
    }
    /** Decrypted values of the named parameters (up to 10 per call); absent names are left out. */
    async getParameters(names) {
        const found = {};
        for (let i = 0; i < names.length; i += 10) {
            const out = await this.call('GetParameters', () => this.client().send(new client_ssm_dist_cjs/* GetParametersCommand */.AFe({ Names: names.slice(i, i + 10), WithDecryption: true })));
            // Stryker disable next-line ArrayDeclaration: a fallback element has no Name and is skipped
            for (const p of out.Parameters ?? []) {
                if (p.Name)
                    found[p.Name] = {
                        value: p.Value ?? '',
                        type: (p.Type ?? 'String'),
                        version: p.Version,
                        lastModified: p.LastModifiedDate?.getTime(),
                    };
            }
        }
        return found;
    }
    /** Which of the named parameters exist (values not decrypted: nothing secret is read). */
    async existingParameters(names) {
        const found = [];
        for (let i = 0; i < names.length; i += 10) {
            const out = await this.call('GetParameters', () => this.client().send(new client_ssm_dist_cjs/* GetParametersCommand */.AFe({ Names: names.slice(i, i + 10), WithDecryption: false })));
            // Stryker disable next-line ArrayDeclaration: a fallback element has no Name and is skipped
            for (const p of out.Parameters ?? [])
                if (p.Name)
                    found.push(p.Name);
        }
        return found;
    }
    async listTags(name) {
        const out = await this.call('ListTagsForResource', () => this.client().send(new client_ssm_dist_cjs/* ListTagsForResourceCommand */.a_e({ ResourceType: 'Parameter', ResourceId: name })));
        return Object.fromEntries((out.TagList ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));
    }
    /**
     * Stores a secret only if no parameter has that name yet: never overwrites. When one exists
     * (another run stored its secret first), returns what is stored, so every run uses that one.
     */
    async createSecretOnce(name, value, createTags, description) {
        try {
            await this.call('PutParameter', () => this.client().send(new client_ssm_dist_cjs/* PutParameterCommand */.ihh({
                Name: name,
                Value: value,
                Type: 'SecureString',
                Description: description,
                Tags: (0,names/* tagList */.Tw)(createTags),
            })));
            return { value, type: 'SecureString', version: 1 };
        }
        catch (e) {
            if (!(e instanceof errors/* AwsCallError */.iQ && e.causeName === 'ParameterAlreadyExists'))
                throw e;
            const stored = (await this.getParameters([name]))[name];
            // Deleted again between the two calls: nothing can be trusted about it, so fail as we were told.
            if (!stored)
                throw e;
            return stored;
        }
    }
    /**
     * Writes a derived value (a URL) or a value decided elsewhere. PutParameter refuses Tags together with Overwrite, so a new parameter is
     * created with its tags, and an existing one is overwritten and then tagged. SSM cannot change a
     * parameter's type (HierarchyTypeMismatchException), so one of another type (a URL that now
     * embeds the AUTH token) is deleted and created again.
     */
    async putParameter(name, value, secure, existingType, tags, description, 
    /** What a create writes (tags plus the create-only ownership marker); an overwrite re-tags with `tags`. */
    createTags = tags) {
        const Type = secure ? 'SecureString' : 'String';
        const put = (how) => this.call('PutParameter', () => this.client().send(new client_ssm_dist_cjs/* PutParameterCommand */.ihh({ Name: name, Value: value, Type, Description: description, ...how })));
        if (existingType !== Type) {
            if (existingType !== undefined)
                await this.deleteParameter(name);
            try {
                await put({ Tags: (0,names/* tagList */.Tw)(createTags) });
                return;
            }
            catch (e) {
                // Created meanwhile (another run, or a retried create whose first answer was lost): the value
                // is derived from what both runs observe, so overwriting it is right. Never for a secret
                // generated by this run: createSecretOnce.
                if (!(e instanceof errors/* AwsCallError */.iQ && e.causeName === 'ParameterAlreadyExists'))
                    throw e;
            }
        }
        await put({ Overwrite: true });
        await this.tag(name, tags);
    }
    async tag(name, tags) {
        await this.call('AddTagsToResource', () => this.client().send(new client_ssm_dist_cjs/* AddTagsToResourceCommand */.X3P({ ResourceType: 'Parameter', ResourceId: name, Tags: (0,names/* tagList */.Tw)(tags) })));
    }
    async untag(name, keys) {
        await this.call('RemoveTagsFromResource', () => this.client().send(new client_ssm_dist_cjs/* RemoveTagsFromResourceCommand */.FyM({ ResourceType: 'Parameter', ResourceId: name, TagKeys: keys })));
    }
    /** Deletes a parameter; one that is already gone is fine. */
    async deleteParameter(name) {
        try {
            await this.call('DeleteParameter', () => this.client().send(new client_ssm_dist_cjs/* DeleteParameterCommand */.Obs({ Name: name })));
        }
        catch (e) {
            if (e instanceof errors/* AwsCallError */.iQ && e.causeName === 'ParameterNotFound')
                return;
            throw e;
        }
    }
}

;// CONCATENATED MODULE: ./src/aws/tagging.ts


/**
 * The Resource Groups Tagging API: one paged GetResources finds every resource carrying the
 * action's ownership tags, whatever the service, so a lookup grows with what this repository
 * created, not with what the account holds.
 */
class TaggingAdapter {
    client;
    note;
    constructor(
    /** Built on first use (src/aws/clients.ts), so a run builds only the clients it calls. */
    client, note) {
        this.client = client;
        this.note = note;
    }
    call(operation, fn) {
        return (0,call/* awsCall */.u)('tag', operation, fn, this.note);
    }
    async getResources(filters, resourceTypes = []) {
        const found = [];
        let token;
        do {
            const out = await this.call('GetResources', () => this.client().send(new client_resource_groups_tagging_api_dist_cjs/* GetResourcesCommand */.zR({
                TagFilters: filters.map((f) => ({ Key: f.key, Values: f.values })),
                ResourceTypeFilters: resourceTypes.length ? resourceTypes : undefined,
                ResourcesPerPage: 100,
                PaginationToken: token,
            })));
            // Stryker disable next-line ArrayDeclaration: a fallback element has no ResourceARN and is skipped
            for (const r of out.ResourceTagMappingList ?? []) {
                if (r.ResourceARN)
                    found.push({
                        arn: r.ResourceARN,
                        tags: Object.fromEntries((r.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? ''])),
                    });
            }
            // GetResources ends with an empty token rather than none.
            token = out.PaginationToken || undefined;
        } while (token);
        return found;
    }
}

;// CONCATENATED MODULE: ./src/aws/adapters.ts
// The service adapters, built from clients configured once (src/aws/clients.ts).










/** Adapters over lazily built clients: a client is built when its adapter makes its first call. */
function createAdapters(region, note, clients) {
    const c = clients ?? createClients(region);
    return {
        elasticache: new ElastiCacheAdapter(() => c.elasticache, note),
        ec2: new ec2/* Ec2Adapter */.C2(() => c.ec2, note),
        ssm: new SsmAdapter(() => c.ssm, note),
        logs: new LogsAdapter(() => c.logs, note),
        snapshots: new SnapshotAdapter(() => c.elasticache, note),
        tagging: new TaggingAdapter(() => c.tagging, note),
        cloudwatch: new CloudWatchAdapter(() => c.cloudwatch, note),
        sns: new SnsAdapter(() => c.sns, note),
        kms: new KmsAdapter(() => c.kms, note),
    };
}


/***/ }),

/***/ 7380:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u: () => (/* binding */ awsCall)
});

// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/retry/index.js
var retry = __webpack_require__(3609);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/aws/failure.ts
// An AWS call that failed for good, as the user reads it: the operation, the IAM action, a hint and
// how many attempts the SDK made. The SDK's own classification (the one its retry strategy uses)
// decides what is throttling, transient or a server error; only what the SDK has no helper for is
// listed here. Kept apart from src/errors.ts so that @smithy/core loads only with the AWS clients,
// never before the inputs are validated.


const SERVICE_LABEL = {
    elasticache: 'ElastiCache',
    ec2: 'EC2',
    ssm: 'SSM',
    logs: 'CloudWatch Logs',
    tag: 'Resource Groups Tagging API',
    cloudwatch: 'CloudWatch',
    sns: 'SNS',
    kms: 'KMS',
};
/** No usable credentials, under the names the SDK and the services use for it. */
const CREDENTIALS = new Set([
    'CredentialsProviderError',
    'ExpiredToken',
    'ExpiredTokenException',
    'InvalidClientTokenId',
    'UnrecognizedClientException',
    'InvalidSignatureException',
    'SignatureDoesNotMatch',
    'AuthFailure',
]);
function classifiable(e) {
    return (typeof e === 'object' && e !== null ? e : { name: 'Error', message: String(e) });
}
function describeAwsFailure(service, operation, e) {
    const s = (0,errors/* asSdk */.tb)(e);
    const name = s.name;
    const label = `${SERVICE_LABEL[service]} ${operation}`;
    const action = `${service}:${operation}`;
    const awsMessage = s.message.trim();
    const attempts = (0,errors/* attemptsOf */.Or)(e);
    const tries = `${attempts} attempt${attempts === 1 ? '' : 's'}`;
    const requestId = s.$metadata.requestId ? ` (request id ${s.$metadata.requestId})` : '';
    const status = s.$metadata.httpStatusCode;
    const err = classifiable(e);
    let text;
    if ((0,errors/* isAccessDenied */.w7)(e)) {
        text =
            `${label} was denied (${name}): the role this workflow runs as needs the IAM permission "${action}". ` +
                `Add it to the role's policy (docs/iam/ has the minimal policy of each mode) and re-run. AWS said: ${awsMessage}${requestId}`;
    }
    else if (CREDENTIALS.has(name)) {
        text =
            `${label} failed: no valid AWS credentials (${name}). Run aws-actions/configure-aws-credentials ` +
                `before this step, or check that the role session has not expired. AWS said: ${awsMessage}`;
    }
    else if ((0,retry.isThrottlingError)(err)) {
        text = `${label} was still throttled by AWS after ${tries} (${name}): too many calls in this account and region; re-run later. AWS said: ${awsMessage}${requestId}`;
    }
    else if (status === undefined && (0,retry.isTransientError)(err)) {
        // No HTTP answer at all: a refused, reset or timed-out connection, or a name that does not resolve.
        text =
            `${label} could not reach AWS after ${tries} (${s.code ?? name}). Check the network, the region, ` +
                `and AWS_ENDPOINT_URL if you point the action at an emulator. ${awsMessage}`;
    }
    else if ((0,retry.isServerError)(err) || (0,retry.isTransientError)(err)) {
        // Both need an HTTP status here: the SDK calls an error a server error only by its status, and a
        // transient error without one was handled just above.
        text = `${label} failed on the AWS side after ${tries} (${name}, HTTP ${status}); re-run later. AWS said: ${awsMessage}${requestId}`;
    }
    else {
        text = `${label} failed: ${name}: ${awsMessage}${requestId}`;
    }
    return new errors/* AwsCallError */.iQ(service, operation, name, attempts, text.trim(), { cause: e });
}

;// CONCATENATED MODULE: ./src/aws/call.ts

/**
 * Runs one AWS call. Retrying is the SDK's job alone (its retry strategy is configured once in
 * src/aws/clients.ts): this only turns a failure into an AwsCallError naming the operation, the IAM
 * action, a hint and the number of attempts the SDK made, and notes a call that succeeded only
 * after retries.
 */
async function awsCall(service, operation, fn, note) {
    let out;
    try {
        out = await fn();
    }
    catch (e) {
        throw describeAwsFailure(service, operation, e);
    }
    const attempts = out?.$metadata?.attempts ?? 1;
    if (attempts > 1 && note) {
        note(`${service}:${operation} succeeded after ${attempts} attempts (the SDK retried throttling or a transient error)`);
    }
    return out;
}


/***/ }),

/***/ 2791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C2: () => (/* binding */ Ec2Adapter),
/* harmony export */   DZ: () => (/* binding */ toObservedSecurityGroup),
/* harmony export */   Tq: () => (/* binding */ classifySubnets)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5193);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _call_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7380);
/* harmony import */ var _domain_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8800);




class Ec2Adapter {
    client;
    note;
    constructor(
    /** Built on first use (src/aws/clients.ts), so a run builds only the clients it calls. */
    client, note) {
        this.client = client;
        this.note = note;
    }
    call(operation, fn) {
        return (0,_call_js__WEBPACK_IMPORTED_MODULE_1__/* .awsCall */ .u)('ec2', operation, fn, this.note);
    }
    async describeSubnets(subnetIds) {
        const out = await this.call('DescribeSubnets', () => this.client().send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__/* .DescribeSubnetsCommand */ .jSW({ SubnetIds: subnetIds })));
        return out.Subnets ?? [];
    }
    /** All route tables of the VPC: each subnet's own association, else the VPC's main table. */
    async describeRouteTables(vpcId) {
        const tables = [];
        let token;
        do {
            const out = await this.call('DescribeRouteTables', () => this.client().send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__/* .DescribeRouteTablesCommand */ .VS8({
                Filters: [{ Name: 'vpc-id', Values: [vpcId] }],
                NextToken: token,
            })));
            tables.push(...(out.RouteTables ?? []));
            token = out.NextToken;
        } while (token);
        return tables;
    }
    async findSecurityGroups(name) {
        const out = await this.call('DescribeSecurityGroups', () => this.client().send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__/* .DescribeSecurityGroupsCommand */ .jsQ({ Filters: [{ Name: 'group-name', Values: [name] }] })));
        return out.SecurityGroups ?? [];
    }
    async createSecurityGroup(name, description, vpcId, tags) {
        const out = await this.call('CreateSecurityGroup', () => this.client().send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__/* .CreateSecurityGroupCommand */ .x3C({
            GroupName: name,
            Description: description,
            VpcId: vpcId,
            TagSpecifications: [{ ResourceType: 'security-group', Tags: (0,_domain_names_js__WEBPACK_IMPORTED_MODULE_2__/* .tagList */ .Tw)(tags) }],
        })));
        if (!out.GroupId)
            throw new Error(`EC2 CreateSecurityGroup returned no GroupId for ${name}`);
        return out.GroupId;
    }
    async authorizeIngress(groupId, rules, description) {
        if (rules.securityGroupIds.length + rules.cidrBlocks.length === 0)
            return;
        await this.call('AuthorizeSecurityGroupIngress', () => this.client().send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__/* .AuthorizeSecurityGroupIngressCommand */ .N8i({
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
            const out = await this.call('DescribeSecurityGroups', () => this.client().send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__/* .DescribeSecurityGroupsCommand */ .jsQ({
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
        await this.call('RevokeSecurityGroupIngress', () => this.client().send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__/* .RevokeSecurityGroupIngressCommand */ .eo3({ GroupId: groupId, IpPermissions: permissions })));
    }
    async tag(resourceId, tags) {
        await this.call('CreateTags', () => this.client().send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__/* .CreateTagsCommand */ .RmG({ Resources: [resourceId], Tags: (0,_domain_names_js__WEBPACK_IMPORTED_MODULE_2__/* .tagList */ .Tw)(tags) })));
    }
    async untag(resourceId, keys) {
        await this.call('DeleteTags', () => this.client().send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__/* .DeleteTagsCommand */ .MVD({ Resources: [resourceId], Tags: keys.map((Key) => ({ Key })) })));
    }
    /** Deletes a security group; one already gone is fine. Still used (lingering ENIs) → DependencyViolation. */
    async deleteSecurityGroup(groupId) {
        try {
            await this.call('DeleteSecurityGroup', () => this.client().send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__/* .DeleteSecurityGroupCommand */ .yEh({ GroupId: groupId })));
        }
        catch (e) {
            if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsCallError */ .iQ && e.causeName === 'InvalidGroup.NotFound')
                return;
            throw e;
        }
    }
    async revokeIngress(groupId, rules) {
        if (rules.securityGroupIds.length + rules.cidrBlocks.length === 0)
            return;
        await this.call('RevokeSecurityGroupIngress', () => this.client().send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_3__/* .RevokeSecurityGroupIngressCommand */ .eo3({
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
            ipv6CidrBlocks: (s.Ipv6CidrBlockAssociationSet ?? [])
                .filter((a) => a.Ipv6CidrBlockState?.State === 'associated' && a.Ipv6CidrBlock)
                .map((a) => a.Ipv6CidrBlock),
        };
    });
}
/** Pure: the SG's ingress on `port` (TCP, exactly that port), and every other permission. */
function toObservedSecurityGroup(sg, port) {
    const ingress = { port, securityGroupIds: [], cidrBlocks: [] };
    const otherPermissions = [];
    for (const p of sg.IpPermissions ?? []) {
        if (p.IpProtocol === 'tcp' && p.FromPort === port && p.ToPort === port) {
            ingress.securityGroupIds.push(
            // Stryker disable next-line ArrayDeclaration: a fallback element without the field maps to '' and is filtered out
            ...(p.UserIdGroupPairs ?? []).map((g) => g.GroupId ?? '').filter(Boolean));
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


/***/ }),

/***/ 8800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C2: () => (/* binding */ desiredTags),
/* harmony export */   Nr: () => (/* binding */ resourceNames),
/* harmony export */   TY: () => (/* binding */ urlParameterNames),
/* harmony export */   Tw: () => (/* binding */ tagList),
/* harmony export */   tN: () => (/* binding */ VOLATILE_TAGS)
/* harmony export */ });
/* unused harmony export OWNERSHIP_TAG */
const OWNERSHIP_TAG = { key: 'ManagedBy', value: 'django-redis-action' };
/** Tags whose value legitimately changes every run: never a reason to plan a change. */
const VOLATILE_TAGS = new Set(['GitHubWorkflowRun']);
/** Every resource name derives from the replication group id, so re-runs find what they made. */
function resourceNames(cfg) {
    const id = cfg.name;
    const p = cfg.ssmPrefix;
    return {
        replicationGroupId: id,
        subnetGroup: `${id}-subnets`,
        parameterGroup: `${id}-${cfg.family}`,
        securityGroup: `${id}-redis`,
        slowLogGroup: `/aws/elasticache/${id}/slow-log`,
        engineLogGroup: `/aws/elasticache/${id}/engine-log`,
        ssm: {
            redisUrl: `${p}/REDIS_URL`,
            celeryBrokerUrl: `${p}/CELERY_BROKER_URL`,
            celeryResultBackend: `${p}/CELERY_RESULT_BACKEND`,
            authToken: `${p}/AUTH_TOKEN`,
            authTokenPending: `${p}/AUTH_TOKEN_PENDING`,
        },
    };
}
/**
 * The tags every resource carries: Environment (from the input) first so the user's own tags can
 * override it, then the user's tags, then ownership and provenance, which the user cannot override.
 */
function desiredTags(cfg, ctx) {
    const tags = {};
    if (cfg.environment)
        tags.Environment = cfg.environment;
    Object.assign(tags, cfg.tags);
    tags[OWNERSHIP_TAG.key] = OWNERSHIP_TAG.value;
    if (ctx.repository)
        tags.GitHubRepository = ctx.repository;
    if (ctx.runUrl)
        tags.GitHubWorkflowRun = ctx.runUrl;
    return tags;
}
function tagList(tags) {
    return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
}
/** The SSM parameters that hold connection URLs (not the token). */
function urlParameterNames(names) {
    return [names.ssm.redisUrl, names.ssm.celeryBrokerUrl, names.ssm.celeryResultBackend];
}


/***/ }),

/***/ 4903:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ sameSet)
/* harmony export */ });
/** Same members, ignoring order and duplicates. */
function sameSet(a, b) {
    const sa = new Set(a);
    const sb = new Set(b);
    return sa.size === sb.size && [...sa].every((x) => sb.has(x));
}


/***/ }),

/***/ 3012:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ redisUrl),
/* harmony export */   v: () => (/* binding */ connectionUrls)
/* harmony export */ });
// URL formats from django-celery-urls.md §7: explicit port, a `/N` path with no trailing slash,
// `rediss://…?ssl_cert_reqs=required` with TLS (lowercase value: the only spelling redis-py,
// kombu and Celery's result backend all accept), `:TOKEN@` with AUTH, no other query string.
function redisUrl(parts, db) {
    if (!Number.isInteger(db) || db < 0 || db > 15)
        throw new RangeError(`database number ${db} is not 0-15`);
    if (parts.token !== undefined && !parts.tls) {
        throw new Error('an AUTH token needs TLS: ElastiCache only accepts AUTH with transit encryption');
    }
    const scheme = parts.tls ? 'rediss' : 'redis';
    // Tokens we generate are RFC 3986 unreserved, so encoding is a no-op for them; a token from
    // elsewhere may contain `#` or `$`, which must be percent-encoded to survive urlparse.
    const auth = parts.token !== undefined ? `:${encodeURIComponent(parts.token)}@` : '';
    const host = parts.host.includes(':') ? `[${parts.host}]` : parts.host;
    const query = parts.tls ? '?ssl_cert_reqs=required' : '';
    return `${scheme}://${auth}${host}:${parts.port}/${db}${query}`;
}
function connectionUrls(parts, dbs) {
    return {
        redisUrl: redisUrl(parts, dbs.cacheDb),
        celeryBrokerUrl: redisUrl(parts, dbs.celeryDb),
        celeryResultBackendUrl: redisUrl(parts, dbs.celeryResultDb),
    };
}


/***/ }),

/***/ 665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L6: () => (/* binding */ isBusySymptom),
/* harmony export */   Vh: () => (/* binding */ raceSymptom),
/* harmony export */   ww: () => (/* binding */ StaleObservationError),
/* harmony export */   wy: () => (/* binding */ ConcurrentChangeError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
// Two runs can meet on one group (a deploy and the re-run of a failed job, two workflows, a preview
// and its retry). What one run sees of the other is a handful of AWS answers: a create that finds
// the resource already there, or a change refused because the group (or a member) is busy. None of
// them means the run is wrong: it means its observation is out of date. The run observes again and
// plans again from what is there (modes/apply.ts); only when that keeps happening does it stop,
// with ConcurrentChangeError, having left nothing half-done that the next run cannot finish.

/** AWS answers that mean "someone else changed this since you looked", by error name. */
const RACE_SYMPTOMS = {
    CacheSubnetGroupAlreadyExistsFault: 'the cache subnet group was created meanwhile',
    CacheParameterGroupAlreadyExistsFault: 'the parameter group was created meanwhile',
    ReplicationGroupAlreadyExistsFault: 'the replication group was created meanwhile',
    'InvalidGroup.Duplicate': 'the security group was created meanwhile',
    'InvalidPermission.Duplicate': 'the ingress rule was added meanwhile',
    'InvalidPermission.NotFound': 'the ingress rule was revoked meanwhile',
    InvalidReplicationGroupStateFault: 'the replication group is busy with another change',
    InvalidCacheClusterStateFault: 'a member of the replication group is busy with another change',
    InvalidCacheParameterGroupStateFault: 'the parameter group is busy with another change',
    NoOperationFault: 'the replica count was changed meanwhile',
};
/**
 * Raised by a step that finds, just before it acts, that another run is already doing the same
 * thing (e.g. ROTATE: sending it twice would drop the old token). Treated like a race symptom.
 */
class StaleObservationError extends Error {
    name = 'StaleObservationError';
}
/** Why `e` means the run's observation is stale (another run got there first), or undefined. */
function raceSymptom(e) {
    if (e instanceof StaleObservationError)
        return e.message;
    if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsCallError */ .iQ))
        return undefined;
    const what = RACE_SYMPTOMS[e.causeName];
    return what && `${what} (${e.iamAction}: ${e.causeName})`;
}
/** ElastiCache's answers when the group or one of its members is busy (creating, modifying, …). */
const BUSY_FAULTS = new Set(['InvalidReplicationGroupStateFault', 'InvalidCacheClusterStateFault']);
/**
 * Whether AWS refused because the group or a member is busy. Observe describes only the group's
 * first member (constant reads at any node count), so a member still busy while the group is
 * available (a replica another run added) is first seen here: the run then waits until the group
 * and every member are available before it observes again.
 */
function isBusySymptom(e) {
    return e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsCallError */ .iQ && BUSY_FAULTS.has(e.causeName);
}
/** The run kept meeting another run's changes and stopped: nothing it did needs undoing. */
class ConcurrentChangeError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PlanError */ .W6 {
    name = 'ConcurrentChangeError';
    constructor(group, why, attempts) {
        super(`Another run is changing this group (replication group ${group}): ${why}. ` +
            `This run observed and planned again ${attempts - 1} time${attempts === 2 ? '' : 's'} and stopped; ` +
            `what it did is complete and the next run continues from there. Re-run once the other run has finished, ` +
            `and give the jobs that change ${group} one concurrency group (concurrency: redis-${group}) so they queue.`);
    }
}


/***/ }),

/***/ 8364:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ emptyResult),
/* harmony export */   S$: () => (/* binding */ applyContext),
/* harmony export */   oN: () => (/* binding */ pollWithinRun),
/* harmony export */   s: () => (/* binding */ requireSg)
/* harmony export */ });
/* harmony import */ var _domain_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8800);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _poll_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8698);
// What every step handler gets: the run's inputs and adapters, and the state execution builds up.



/** The apply view of the context; a step of apply planned in another mode is a programming error. */
function applyContext(ctx) {
    const { cfg, observed } = ctx;
    if ((cfg.mode !== 'apply' && cfg.mode !== 'plan') || !observed)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PlanError */ .W6(`internal error: a step of mode apply was planned in mode ${cfg.mode}`);
    return { cfg, observed, names: (0,_domain_names_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceNames */ .Nr)(cfg) };
}
function requireSg(st) {
    if (!st.securityGroupId)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PlanError */ .W6('the managed security group id is unknown (it was neither found nor created)');
    return st.securityGroupId;
}
/** Our poller within the run's deadline (wait_timeout_minutes), logging under the current step. */
function pollWithinRun(ctx, o) {
    return (0,_poll_js__WEBPACK_IMPORTED_MODULE_2__/* .pollUntil */ .g3)({
        clock: ctx.clock,
        timeoutMs: Math.max(0, ctx.deadline - ctx.clock.now()),
        limitText: `the run's ${ctx.cfg.waitTimeoutMinutes}-minute limit (wait_timeout_minutes)`,
        log: (line) => ctx.log.info(`  ${line}`),
        ...o,
    });
}
/** What a run's execution starts from when it has observed nothing of its own (and what tests stub). */
function emptyResult() {
    return { securityGroupId: undefined, token: undefined, group: undefined, timings: [], ssm: {} };
}


/***/ }),

/***/ 1845:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i6: () => (/* binding */ isBusyForDelete),
/* harmony export */   rl: () => (/* binding */ waitSettled),
/* harmony export */   ue: () => (/* binding */ destroySteps)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8364);
/* harmony import */ var _poll_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8698);
// Step family: deleting a group and everything around it (modes destroy and cleanup). Every delete
// of something already gone succeeds, so a re-run after a run died anywhere finishes the job; what
// AWS still reports in use (until the group and its lingering ENIs are gone) is retried, jittered,
// with progress lines, within the run's wait_timeout_minutes deadline.



const destroySteps = {
    'delete-replication-group': {
        title: (s) => `delete replication group ${s.groupId}${s.finalSnapshotName ? ` (final snapshot ${s.finalSnapshotName})` : ''}`,
        run: (s, ctx, st) => deleteGroup(ctx, st, s.groupId, s.finalSnapshotName),
    },
    'wait-deleted': {
        title: (s) => `wait until ${s.groupId} is gone`,
        run: (s, ctx) => waitDeleted(ctx, s.groupId),
    },
    'delete-parameter-group': {
        title: (s) => `delete cache parameter group ${s.name}`,
        run: (s, ctx) => whileInUse(ctx, `cache parameter group ${s.name}`, 'InvalidCacheParameterGroupStateFault', () => ctx.aws.elasticache.deleteParameterGroup(s.name)),
    },
    'delete-subnet-group': {
        title: (s) => `delete cache subnet group ${s.name}`,
        run: (s, ctx) => whileInUse(ctx, `cache subnet group ${s.name}`, 'CacheSubnetGroupInUse', () => ctx.aws.elasticache.deleteSubnetGroup(s.name)),
    },
    'delete-security-group': {
        title: (s) => `delete security group ${s.groupId}`,
        run: (s, ctx) => whileInUse(ctx, `security group ${s.groupId}`, 'DependencyViolation', () => ctx.aws.ec2.deleteSecurityGroup(s.groupId)),
    },
    'delete-log-group': {
        title: (s) => `delete log group ${s.name}`,
        run: (s, { aws }) => aws.logs.deleteLogGroup(s.name),
    },
    'delete-alarms': {
        title: (s) => `delete ${s.names.length} CloudWatch alarm${s.names.length === 1 ? '' : 's'}`,
        run: (s, { aws }) => aws.cloudwatch.deleteAlarms(s.names),
    },
};
/** Polls DescribeReplicationGroups for `id` (undefined: the group is gone) until `classify` says done. */
function pollGroup(ctx, id, classify) {
    return (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .pollWithinRun */ .oN)(ctx, {
        what: `replication group ${id}`,
        read: () => ctx.aws.elasticache.describeReplicationGroup(id),
        classify,
    });
}
/** Polls `attempt` (which answers a verdict itself) until success, within the run's deadline. */
async function retry(ctx, what, attempt, delays) {
    try {
        return await (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .pollWithinRun */ .oN)(ctx, { what, ...delays, read: attempt, classify: (v) => v });
    }
    catch (e) {
        if (e instanceof _poll_js__WEBPACK_IMPORTED_MODULE_2__/* .WaitTimeoutError */ .Do)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PlanError */ .W6(`${e.message}. Re-run destroy later (or raise wait_timeout_minutes): it deletes whatever is left.`);
        throw e;
    }
}
const IN_USE_DELAYS = { minDelayMs: 15_000, maxDelayMs: 60_000 };
/** Deletes, retrying while AWS answers `inUse` (the group or its ENIs are not gone yet). */
async function whileInUse(ctx, what, inUse, del) {
    await retry(ctx, `delete ${what}`, async () => {
        try {
            await del();
            return { state: 'success', label: 'deleted' };
        }
        catch (e) {
            if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsCallError */ .iQ && e.causeName === inUse)
                return { state: 'pending', label: `in use (${inUse})` };
            throw e;
        }
    }, IN_USE_DELAYS);
}
/** At most this many suffixes are tried when the final snapshot's name is taken. */
const SNAPSHOT_NAME_TRIES = 9;
async function deleteGroup(ctx, st, id, snapshot) {
    const ec = ctx.aws.elasticache;
    let name = snapshot;
    let tries = 1;
    const outcome = await retry(ctx, `delete replication group ${id}`, async () => {
        try {
            await ec.deleteReplicationGroup(id, name);
            return { state: 'success', label: 'deleting' };
        }
        catch (e) {
            if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsCallError */ .iQ))
                throw e;
            if (e.causeName === 'ReplicationGroupNotFoundFault')
                return { state: 'success', label: 'already gone' };
            if (e.causeName === 'SnapshotAlreadyExistsFault' && name && tries < SNAPSHOT_NAME_TRIES) {
                // A re-run in the same minute: the name is not ours to overwrite; take the next one.
                name = `${snapshot}-${++tries}`;
                return { state: 'pending', label: `snapshot name taken, trying ${name}` };
            }
            if (e.causeName === 'InvalidReplicationGroupStateFault') {
                const rg = await ec.describeReplicationGroup(id);
                if (!rg || rg.Status === 'deleting')
                    return { state: 'success', label: 'already deleting (another run)' };
                return { state: 'pending', label: `${rg.Status ?? 'busy'}: ${e.message.replace(/^.*?: /, '')}` };
            }
            throw explainDeleteFailure(e, name);
        }
    }, { minDelayMs: 15_000, maxDelayMs: 60_000 });
    st.finalSnapshotName = outcome.label === 'deleting' ? name : undefined;
    if (name && outcome.label !== 'deleting')
        ctx.log.info(`  ${id} was ${outcome.label}: no final snapshot was requested by this run`);
}
function explainDeleteFailure(e, name) {
    if (name && (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isAccessDenied */ .w7)(e.cause))
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PlanError */ .W6(`${e.message} A final snapshot also needs elasticache:CreateSnapshot (and elasticache:AddTagsToResource); ` +
            'grant them, or set final_snapshot: false.');
    if (e.causeName === 'SnapshotQuotaExceededFault')
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PlanError */ .W6(`${e.message} Delete old manual snapshots (mode snapshot with keep_snapshots), or set final_snapshot: false.`);
    return e;
}
/** Our own poller: success when DescribeReplicationGroups no longer finds the group. */
async function waitDeleted(ctx, id) {
    try {
        await pollGroup(ctx, id, (rg) => !rg
            ? { state: 'success', label: 'gone' }
            : rg.Status === 'deleting'
                ? { state: 'pending', label: 'deleting' }
                : { state: 'failure', label: rg.Status ?? 'unknown' });
    }
    catch (e) {
        if (e instanceof _poll_js__WEBPACK_IMPORTED_MODULE_2__/* .WaitFailedError */ .vv)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PlanError */ .W6(`${e.message}: it is no longer being deleted (another run may have created it again). Nothing around it was deleted.`);
        if (e instanceof _poll_js__WEBPACK_IMPORTED_MODULE_2__/* .WaitTimeoutError */ .Do)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PlanError */ .W6(`${e.message}. Re-run destroy later (or raise wait_timeout_minutes): it waits for the delete instead of starting over.`);
        throw e;
    }
}
const BUSY = new Set(['creating', 'modifying', 'snapshotting']);
/** Whether AWS is busy with the group (a create, a change, a snapshot): delete must wait for it. */
function isBusyForDelete(status) {
    return status !== undefined && BUSY.has(status);
}
/** Waits until the group is no longer creating, modifying or snapshotting (or is gone). */
async function waitSettled(ctx, id) {
    await pollGroup(ctx, id, (rg) => isBusyForDelete(rg?.Status)
        ? { state: 'pending', label: rg?.Status ?? '' }
        : { state: 'success', label: rg?.Status ?? 'gone' }).catch((e) => {
        if (e instanceof _poll_js__WEBPACK_IMPORTED_MODULE_2__/* .WaitTimeoutError */ .Do)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PlanError */ .W6(`${e.message}. Nothing was deleted; re-run destroy once the group is available.`);
        throw e;
    });
}


/***/ }),

/***/ 6303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g7: () => (/* binding */ execute),
  Fb: () => (/* binding */ stepTitle),
  dj: () => (/* reexport */ waitUntilAvailable)
});

// UNUSED EXPORTS: buildCreateRequest, classifyGroup

// EXTERNAL MODULE: ./src/domain/names.ts
var domain_names = __webpack_require__(8800);
// EXTERNAL MODULE: ./src/domain/ownership.ts
var ownership = __webpack_require__(7781);
;// CONCATENATED MODULE: ./src/execute/alarms.ts
// Step family: the group's CloudWatch alarms. PutMetricAlarm creates or replaces one alarm (its tags
// apply on create only, so every call carries the create tags with the ownership marker); an alarm
// of a node that left is deleted only when its own tags prove this repository created it.


const alarmSteps = {
    'put-alarms': {
        title: (s) => `put ${s.alarms.length} CloudWatch alarm${s.alarms.length === 1 ? '' : 's'}`,
        run: async (s, { aws, createTags }) => {
            for (const alarm of s.alarms)
                await aws.cloudwatch.putMetricAlarm({ ...alarm, Tags: (0,domain_names/* tagList */.Tw)(createTags) });
        },
    },
    'remove-alarms': {
        title: (s) => `delete ${s.alarms.length} CloudWatch alarm${s.alarms.length === 1 ? '' : 's'}`,
        run: async (s, { aws, createTags, log }) => {
            const repository = createTags[ownership/* CREATED_BY_TAG */.Aw];
            const ours = [];
            for (const a of s.alarms) {
                const o = (0,ownership/* ownership */.kG)(await aws.cloudwatch.listTags(a.arn), repository, `CloudWatch alarm ${a.name}`);
                if (o.ours)
                    ours.push(a.name);
                else
                    log.warning(`Left in place: ${o.why}.`);
            }
            if (ours.length)
                await aws.cloudwatch.deleteAlarms(ours);
        },
    },
};

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/domain/token.ts

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

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/execute/conflict.ts
var conflict = __webpack_require__(665);
// EXTERNAL MODULE: ./src/execute/context.ts
var context = __webpack_require__(8364);
// EXTERNAL MODULE: ./src/execute/poll.ts
var poll = __webpack_require__(8698);
;// CONCATENATED MODULE: ./src/execute/wait.ts
// Waiting for the group: our own poller over the group and every member, with explicit success
// and failure states; a failure or timeout reports the group's recent ElastiCache events.



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
        // Stryker disable next-line ArrayDeclaration: a non-object element has no Status, so the filter drops it
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
    let memberIds = ctx.observed?.group?.memberClusters ?? [];
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
        const done = await (0,context/* pollWithinRun */.oN)(ctx, { what: `replication group ${id}`, read, classify: classifyGroup });
        return done.rg;
    }
    catch (e) {
        if (e instanceof poll/* WaitFailedError */.vv || e instanceof poll/* WaitTimeoutError */.Do) {
            // Stryker disable next-line ArrayDeclaration: both the try and the catch assign events before use
            let events = [];
            try {
                events = await ctx.aws.elasticache.recentEvents(id, memberIds, started - 60 * 60_000);
            }
            catch (inner) {
                events = [`(could not read events: ${inner.message})`];
            }
            const hint = e instanceof poll/* WaitTimeoutError */.Do
                ? ' Raise wait_timeout_minutes, or re-run later: a re-run waits for the group instead of starting over.'
                : '';
            const recent = events.slice(-10).map((x) => `  ${x}`);
            throw new errors/* PlanError */.W6(`${e.message}.${hint}${recent.length ? `\nRecent ElastiCache events:\n${recent.join('\n')}` : ' No recent ElastiCache events.'}`);
        }
        throw e;
    }
}

;// CONCATENATED MODULE: ./src/execute/auth-token.ts
// Step family: the AUTH token — stored in SSM before anything uses it, then ROTATE and SET on the
// group (each with ApplyImmediately=true, as AWS requires), and the pending parameter removed.





const authTokenSteps = {
    'store-auth-token': {
        title: (s) => `store AUTH token in ${s.parameterName}`,
        run: async (s, ctx, st) => {
            const { aws, tags, createTags, log, generateToken } = ctx;
            const { cfg } = (0,context/* applyContext */.S$)(ctx);
            // Stored before it is used anywhere, so a crash can never lose the token a group accepts.
            if (s.generate)
                return storeNewToken(ctx, st, s.parameterName, (generateToken ?? generateAuthToken)());
            const token = st.token;
            if (!token)
                throw new errors/* PlanError */.W6(`no AUTH token to store in ${s.parameterName}`);
            log.mask(token);
            if (st.ssm[s.parameterName]?.value === token)
                return;
            // AUTH_TOKEN moves to the token the group already accepts next to the old one (after ROTATE).
            await aws.ssm.putParameter(s.parameterName, token, true, st.ssm[s.parameterName]?.type, tags, `AUTH token of ElastiCache replication group ${cfg.name} (django-redis-action)`, createTags);
            st.ssm[s.parameterName] = { value: token, type: 'SecureString' };
        },
    },
    'delete-ssm-parameter': {
        title: (s) => `delete ${s.parameterName}`,
        run: async (s, { aws }, st) => {
            await aws.ssm.deleteParameter(s.parameterName);
            delete st.ssm[s.parameterName];
        },
    },
    'auth-token': {
        title: (s) => `AUTH token ${s.strategy}`,
        run: async (s, ctx, st) => {
            const { names } = (0,context/* applyContext */.S$)(ctx);
            const token = st.token;
            if (!token)
                throw new errors/* PlanError */.W6(`no AUTH token is stored in ${names.ssm.authToken}; cannot ${s.strategy}`);
            const mark = s.mark ?? (s.resumed ? names.ssm.authTokenPending : undefined);
            const send = (strategy) => sendToken(ctx, names, st, token, strategy, mark);
            try {
                return await send(s.strategy);
            }
            catch (e) {
                // A resumed token change judged ROTATE done from timestamps; AWS says it is not. ROTATE now
                // (the old token stays valid), wait, and SET: the same safe sequence, one step later.
                if (!s.resumed || !isRefusedParameter(e))
                    throw e;
                ctx.log.warning(`SET was refused (${e instanceof Error ? e.message : String(e)}). If the group never rotated to this token, ROTATE (the old token stays valid) then SET fixes it: trying that.`);
                await send('ROTATE');
                await waitUntilAvailable(ctx, names.replicationGroupId);
                return send('SET');
            }
        },
    },
};
/**
 * A generated token is stored only where no token is: if another run stored one first (two runs
 * creating one group, or starting one token change), that one is used, never overwritten. The
 * token in use is therefore always the one in SSM, whichever run generated it.
 */
async function storeNewToken(ctx, st, name, generated) {
    const { cfg } = (0,context/* applyContext */.S$)(ctx);
    ctx.log.mask(generated);
    const stored = await ctx.aws.ssm.createSecretOnce(name, generated, ctx.createTags, `AUTH token of ElastiCache replication group ${cfg.name} (django-redis-action)`);
    ctx.log.mask(stored.value);
    if (stored.value !== generated)
        ctx.log.info(`  ${name} was stored meanwhile (another run): using that token, not a new one`);
    st.ssm[name] = stored;
    st.token = stored.value;
}
async function sendToken(ctx, names, st, token, strategy, mark) {
    const { aws, tags, createTags } = ctx;
    const { cfg } = (0,context/* applyContext */.S$)(ctx);
    if (strategy === 'ROTATE')
        await checkNoOtherTokenChange(ctx, names);
    await aws.elasticache.modifyReplicationGroup({
        ReplicationGroupId: names.replicationGroupId,
        AuthToken: token,
        AuthTokenUpdateStrategy: strategy,
        ApplyImmediately: true,
    });
    if (strategy === 'ROTATE' && mark) {
        // Record that AWS accepted ROTATE: the parameter's new version tells a later run not to
        // ROTATE again (plan/ensure/auth-token.ts).
        await aws.ssm.putParameter(mark, token, true, st.ssm[mark]?.type, tags, `New AUTH token of ${cfg.name}: ROTATE accepted, SET to follow (django-redis-action)`, createTags);
        st.ssm[mark] = { value: token, type: 'SecureString', version: (st.ssm[mark]?.version ?? 1) + 1 };
    }
}
/**
 * ROTATE twice drops the old token before clients have moved, so just before sending it, make
 * sure no other run has changed (or is changing) the group's token since this run observed it.
 */
async function checkNoOtherTokenChange(ctx, names) {
    const { observed } = (0,context/* applyContext */.S$)(ctx);
    const rg = await ctx.aws.elasticache.describeReplicationGroup(names.replicationGroupId);
    const changing = rg?.PendingModifiedValues?.AuthTokenStatus;
    const changed = rg?.AuthTokenLastModifiedDate?.getTime() !== observed.group?.authTokenLastModified;
    if (rg?.Status !== 'available' || changing || changed) {
        throw new conflict/* StaleObservationError */.ww(`the AUTH token of ${names.replicationGroupId} ${changing ? `is ${changing.toLowerCase()}` : changed ? 'changed since this run observed it' : `cannot be rotated while the group is ${rg?.Status ?? 'missing'}`} (another run is changing it)`);
    }
}
/** SET with a token that was not rotated in is refused as an invalid parameter (AWS: it must equal the last rotated token). */
function isRefusedParameter(e) {
    return (e instanceof errors/* AwsCallError */.iQ &&
        (e.causeName === 'InvalidParameterValueException' ||
            e.causeName === 'InvalidParameterCombinationException'));
}

// EXTERNAL MODULE: ./src/execute/destroy.ts
var destroy = __webpack_require__(1845);
// EXTERNAL MODULE: ./src/domain/urls.ts
var domain_urls = __webpack_require__(3012);
;// CONCATENATED MODULE: ./src/execute/publish.ts
// Step family: publish the connection URLs to SSM (only the parameters whose value or type differs).




const publishSteps = {
    'publish-ssm': {
        title: () => 'publish SSM parameters',
        run: (s, ctx, st) => publishSsm(ctx, st, s.parameterNames, s.tokenless === true),
    },
};
async function publishSsm(ctx, st, only, tokenless) {
    const { cfg, names } = (0,context/* applyContext */.S$)(ctx);
    const rg = st.group ?? (await ctx.aws.elasticache.describeReplicationGroup(names.replicationGroupId));
    st.group = rg;
    const primary = rg?.NodeGroups?.[0]?.PrimaryEndpoint;
    if (!primary?.Address)
        throw new errors/* PlanError */.W6(`replication group ${cfg.name} has no primary endpoint yet; cannot publish URLs`);
    const token = cfg.authTokenEnabled && !tokenless ? st.token : undefined;
    if (cfg.authTokenEnabled && !tokenless && !token)
        throw new errors/* PlanError */.W6(`no AUTH token is stored in ${names.ssm.authToken}`);
    const urls = (0,domain_urls/* connectionUrls */.v)({ host: primary.Address, port: primary.Port ?? cfg.port, tls: cfg.transitEncryptionEnabled, token }, cfg);
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
    await Promise.all((0,domain_names/* urlParameterNames */.TY)(names)
        .filter((n) => only.includes(n))
        .filter((n) => st.ssm[n]?.value !== values[n] || st.ssm[n]?.type !== type)
        .map(async (n) => {
        const value = values[n] ?? '';
        await ctx.aws.ssm.putParameter(n, value, secure, st.ssm[n]?.type, ctx.tags, `Connection URL for ${cfg.name} (django-redis-action)`, ctx.createTags);
        st.ssm[n] = { value, type };
    }));
}

// EXTERNAL MODULE: ./src/domain/node-types.ts
var node_types = __webpack_require__(2090);
// EXTERNAL MODULE: ./src/plan/ensure/replication-group.ts + 1 modules
var replication_group = __webpack_require__(4101);
// EXTERNAL MODULE: ./src/plan/steps.ts
var steps = __webpack_require__(2960);
;// CONCATENATED MODULE: ./src/execute/replication-group.ts
// Step family: the replication group itself (create, replica count, ModifyReplicationGroup, waits).






const replicationGroupSteps = {
    'create-replication-group': {
        title: (s) => s.snapshotName
            ? `create replication group from snapshot ${s.snapshotName}`
            : 'create replication group',
        run: async (s, ctx, st) => {
            const { aws, createTags, log } = ctx;
            const { cfg, names } = (0,context/* applyContext */.S$)(ctx);
            const rg = await aws.elasticache.createReplicationGroup({
                ...buildCreateRequest(cfg, names, (0,context/* requireSg */.s)(st), st.token, createTags),
                ...(s.snapshotName ? { SnapshotName: s.snapshotName } : {}),
            });
            st.group = rg;
            if (!cfg.wait)
                log.info(`  create requested; wait is false, so this step ends now while ${cfg.name} is ${rg?.Status ?? 'creating'}`);
        },
    },
    'wait-available': {
        title: () => 'wait for available',
        run: async (_s, ctx, st) => {
            st.group = await waitUntilAvailable(ctx, (0,context/* applyContext */.S$)(ctx).names.replicationGroupId);
        },
    },
    'increase-replicas': {
        title: (s) => `increase replicas to ${s.newReplicaCount}`,
        run: (s, ctx) => ctx.aws.elasticache.increaseReplicaCount((0,context/* applyContext */.S$)(ctx).names.replicationGroupId, s.newReplicaCount),
    },
    'decrease-replicas': {
        title: (s) => `decrease replicas to ${s.newReplicaCount}`,
        run: (s, ctx) => ctx.aws.elasticache.decreaseReplicaCount((0,context/* applyContext */.S$)(ctx).names.replicationGroupId, s.newReplicaCount),
    },
    'modify-replication-group': {
        title: (s) => `modify replication group (${Object.keys(s.changes)
            .filter((k) => k !== 'ApplyImmediately')
            .join(', ')})`,
        run: (s, ctx, st) => {
            const { aws } = ctx;
            const { names } = (0,context/* applyContext */.S$)(ctx);
            const changes = { ...s.changes };
            if (changes.SecurityGroupIds) {
                changes.SecurityGroupIds = changes.SecurityGroupIds.map((id) => id === steps/* MANAGED_SECURITY_GROUP */.Z ? (0,context/* requireSg */.s)(st) : id);
            }
            return aws.elasticache.modifyReplicationGroup({
                ReplicationGroupId: names.replicationGroupId,
                ...changes,
            });
        },
    },
};
/** What a new group is described as when the `description` input is empty. */
function defaultDescription(name) {
    return `Django cache and Celery broker for ${name} (django-redis-action)`;
}
/** The full create request: every setting from the inputs, log delivery, tags. Pure. */
function buildCreateRequest(cfg, names, securityGroupId, token, tags) {
    return {
        ReplicationGroupId: names.replicationGroupId,
        ReplicationGroupDescription: cfg.description ?? defaultDescription(cfg.name),
        AutoMinorVersionUpgrade: cfg.autoMinorVersionUpgrade,
        PreferredCacheClusterAZs: cfg.preferredCacheClusterAzs.length ? cfg.preferredCacheClusterAzs : undefined,
        // Sent only when not AWS's default, so an IPv4 group's request is the one it always was.
        NetworkType: cfg.networkType === 'ipv4' ? undefined : cfg.networkType,
        IpDiscovery: cfg.ipDiscovery === 'ipv4' ? undefined : cfg.ipDiscovery,
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
        DataTieringEnabled: (0,node_types/* isDataTieringNodeType */.H)(cfg.nodeType) ? true : undefined,
        LogDeliveryConfigurations: (0,replication_group/* desiredLogDelivery */.xM)(names),
        Tags: (0,domain_names/* tagList */.Tw)(tags),
    };
}

;// CONCATENATED MODULE: ./src/execute/snapshot.ts
// Step family: manual snapshots (mode snapshot): take one from a member cluster, wait until it is
// available, delete older ones. Every step carries the names it needs; nothing is decided here.




const snapshotSteps = {
    'create-snapshot': {
        title: (s) => `create snapshot ${s.snapshotName} from ${s.cacheClusterId}`,
        run: async (s, ctx, st) => {
            const made = await createSnapshot(s, ctx);
            st.snapshot = { name: made.name, arn: made.arn || undefined };
        },
    },
    'wait-snapshot': {
        title: (s) => `wait for snapshot ${s.snapshotName}`,
        run: async (s, ctx, st) => {
            const name = st.snapshot?.name ?? s.snapshotName;
            const done = await waitForSnapshot(ctx, name, s.replicationGroupId, s.cacheClusterId);
            st.snapshot = { name, arn: done.arn || st.snapshot?.arn };
        },
    },
    'delete-snapshot': {
        title: (s) => `delete snapshot ${s.snapshotName}`,
        run: (s, ctx) => ctx.aws.snapshots.delete(s.snapshotName),
    },
};
/** The group or the member is busy (another run's snapshot, a modification): wait, then try again. */
const BUSY_FAULTS = new Set(['InvalidReplicationGroupStateFault', 'InvalidCacheClusterStateFault']);
const MAX_BUSY_RETRIES = 3;
/**
 * CreateSnapshot, robust to another run meeting this one on the group: a name taken meanwhile moves
 * to the step's fallback (-HHMMSS) name; a busy group or member is waited for (within the run's
 * deadline) and the call repeated.
 */
async function createSnapshot(s, ctx) {
    let name = s.snapshotName;
    for (let busy = 0;;) {
        try {
            const made = await ctx.aws.snapshots.create({
                name,
                cacheClusterId: s.cacheClusterId,
                tags: ctx.createTags,
            });
            return { name, arn: made?.arn ?? '' };
        }
        catch (e) {
            const cause = e instanceof errors/* AwsCallError */.iQ ? e.causeName : '';
            if (cause === 'SnapshotAlreadyExistsFault' && s.fallbackName && name !== s.fallbackName) {
                ctx.log.info(`  ${name} was taken meanwhile (another run); taking ${s.fallbackName} instead`);
                name = s.fallbackName;
            }
            else if (cause === 'SnapshotAlreadyExistsFault') {
                throw new errors/* PlanError */.W6(`Snapshot ${name} was taken meanwhile by another run (elasticache:CreateSnapshot: SnapshotAlreadyExistsFault); re-run to take one under a later -HHMMSS name.`);
            }
            else if (BUSY_FAULTS.has(cause) && busy++ < MAX_BUSY_RETRIES) {
                ctx.log.info(`  ${s.replicationGroupId} is busy (${cause}; another run?): waiting for available, then trying again`);
                await waitUntilAvailable(ctx, s.replicationGroupId);
            }
            else {
                throw e;
            }
        }
    }
}
/** Pure: is the snapshot done? `available` (or already in use by a restore or copy) is success. */
function classifySnapshot(s) {
    if (!s)
        return { state: 'failure', label: 'gone (SnapshotNotFound: it failed or was deleted)' };
    if (s.status === 'available' || s.status === 'restoring' || s.status === 'copying')
        return { state: 'success', label: s.status };
    if (s.status === 'deleting' || s.status === 'failed')
        return { state: 'failure', label: s.status };
    return { state: 'pending', label: s.status };
}
async function waitForSnapshot(ctx, name, groupId, clusterId) {
    const started = ctx.clock.now();
    try {
        const done = await (0,context/* pollWithinRun */.oN)(ctx, {
            what: `snapshot ${name}`,
            read: () => ctx.aws.snapshots.describe(name),
            classify: classifySnapshot,
        });
        return done;
    }
    catch (e) {
        if (!(e instanceof poll/* WaitFailedError */.vv || e instanceof poll/* WaitTimeoutError */.Do))
            throw e;
        const hint = e instanceof poll/* WaitTimeoutError */.Do
            ? ' Raise wait_timeout_minutes, or re-run later: a re-run of this workflow run waits for this snapshot instead of taking another.'
            : ' Re-run to take a new one.';
        let events;
        try {
            events = await ctx.aws.elasticache.recentEvents(groupId, clusterId ? [clusterId] : [], started - 60 * 60_000);
        }
        catch (inner) {
            events = [`(could not read events: ${inner.message})`];
        }
        const recent = events.slice(-10).map((x) => `  ${x}`);
        throw new errors/* PlanError */.W6(`${e.message}.${hint}${recent.length ? `\nRecent ElastiCache events:\n${recent.join('\n')}` : ' No recent ElastiCache events.'}`);
    }
}

;// CONCATENATED MODULE: ./src/execute/supporting.ts
// Step family: the resources around the group (subnet group, parameter group, security group and
// its ingress, log groups). Each handler is one adapter call, or two where AWS needs a follow-up.


const supportingSteps = {
    'create-subnet-group': {
        title: (s) => `create cache subnet group ${s.name}`,
        run: (s, ctx) => ctx.aws.elasticache.createSubnetGroup(s.name, `django-redis-action: ${(0,context/* applyContext */.S$)(ctx).cfg.name}`, s.subnetIds, ctx.createTags),
    },
    'modify-subnet-group': {
        title: (s) => `update cache subnet group ${s.name}`,
        run: async (s, ctx) => {
            const { aws } = ctx;
            const { cfg } = (0,context/* applyContext */.S$)(ctx);
            try {
                return await aws.elasticache.modifySubnetGroup(s.name, s.subnetIds);
            }
            catch (e) {
                if (e instanceof errors/* AwsCallError */.iQ && e.causeName === 'SubnetInUse') {
                    throw new errors/* PlanError */.W6(
                    // Stryker disable next-line Regex: AWS messages are one line, and a leading .* already matches from the start
                    `Input "subnet_ids": a subnet you removed still hosts a node of ${cfg.name} (${e.message.replace(/^.*SubnetInUse: /, '')}). ` +
                        `Keep that subnet in subnet_ids, or move the node first (decrease num_cache_clusters, then increase it once the new subnets are in the list).`);
                }
                throw e;
            }
        },
    },
    'create-parameter-group': {
        title: (s) => `create parameter group ${s.name}`,
        run: async (s, ctx) => {
            const { aws, createTags } = ctx;
            const { cfg } = (0,context/* applyContext */.S$)(ctx);
            await aws.elasticache.createParameterGroup(s.name, s.family, `django-redis-action: Django-tuned ${s.family} for ${cfg.name}`, createTags);
            return aws.elasticache.modifyParameters(s.name, s.parameters);
        },
    },
    'modify-parameter-group': {
        title: (s) => `update parameter group ${s.name}`,
        run: (s, { aws }) => aws.elasticache.modifyParameters(s.name, s.parameters),
    },
    'reset-parameters': {
        title: (s) => `reset ${s.parameterNames.join(', ')} in parameter group ${s.name} to the family default`,
        run: (s, { aws }) => aws.elasticache.resetParameters(s.name, s.parameterNames),
    },
    'create-security-group': {
        title: (s) => `create security group ${s.name}`,
        run: async (s, ctx, st) => {
            const { aws, createTags, log } = ctx;
            const { cfg } = (0,context/* applyContext */.S$)(ctx);
            const id = await aws.ec2.createSecurityGroup(s.name, `django-redis-action: ${cfg.name} clients`, s.vpcId, createTags);
            st.securityGroupId = id;
            log.info(`  created security group ${id}`);
            return aws.ec2.authorizeIngress(id, s.ingress, `django-redis-action ${cfg.name}`);
        },
    },
    'authorize-ingress': {
        title: (s) => `authorize ingress on ${s.port}/tcp`,
        run: (s, ctx, st) => ctx.aws.ec2.authorizeIngress((0,context/* requireSg */.s)(st), s, `django-redis-action ${(0,context/* applyContext */.S$)(ctx).cfg.name}`),
    },
    'revoke-ingress': {
        title: (s) => `revoke ingress on ${s.port}/tcp`,
        run: (s, { aws }, st) => aws.ec2.revokeIngress((0,context/* requireSg */.s)(st), s),
    },
    'revoke-other-ingress': {
        title: () => 'revoke other ingress rules',
        run: (s, { aws }, st) => aws.ec2.revokePermissions((0,context/* requireSg */.s)(st), s.permissions),
    },
    'create-log-group': {
        title: (s) => `create log group ${s.name}`,
        run: async (s, { aws, createTags }) => {
            await aws.logs.createLogGroup(s.name, createTags);
            if (s.retentionDays)
                await aws.logs.putRetention(s.name, s.retentionDays);
        },
    },
    'put-log-retention': {
        title: (s) => `set retention of ${s.name}`,
        run: (s, { aws }) => aws.logs.putRetention(s.name, s.retentionDays),
    },
    'delete-log-retention': {
        title: (s) => `remove retention of ${s.name}`,
        run: (s, { aws }) => aws.logs.deleteRetention(s.name),
    },
};

;// CONCATENATED MODULE: ./src/execute/tags.ts
// Step family: tags, written to every managed resource that exists.


const tagSteps = {
    'add-tags': {
        title: () => 'add tags',
        run: (s, ctx, st) => tagAll(taggables(ctx, st), (t) => t.add(s.tags)),
    },
    'remove-tags': {
        title: () => 'remove tags',
        run: (s, ctx, st) => tagAll(taggables(ctx, st), (t) => t.remove(s.keys)),
    },
};
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
function taggables(ctx, st) {
    const { aws } = ctx;
    const apply = (0,context/* applyContext */.S$)(ctx);
    const { observed: o, names } = apply;
    const rgArn = groupArn(apply, st);
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

;// CONCATENATED MODULE: ./src/execute/index.ts
// The shared executor is thin: it runs the planned steps level by level (steps of one level
// concurrently), one handler per step kind, and every handler is one or two adapter calls. Every
// decision was made by a planner; each step family lives in its own file with its title.













/** Every step kind has exactly one handler: a kind without one is a compile error. */
const HANDLERS = {
    ...supportingSteps,
    ...authTokenSteps,
    ...replicationGroupSteps,
    ...tagSteps,
    ...publishSteps,
    ...snapshotSteps,
    ...destroy/* destroySteps */.ue,
    ...alarmSteps,
};
function handler(step) {
    return HANDLERS[step.kind];
}
/** One line naming what a step does, as the plan, the log, the summary and `changes` show it. */
function stepTitle(step) {
    return handler(step).title(step);
}
/**
 * Runs the plan level by level. When a step fails, the other steps of its level still finish (none
 * is left writing after the run has given up), then the error is thrown: a failure of its own
 * before a race symptom (conflict.ts), which only says that another run got there first.
 * `onDone` hears of every step that completed.
 */
async function execute(plan, ctx, onDone) {
    const state = initialState(plan, ctx);
    const levels = [...new Set(plan.steps.map((s) => s.level))].sort((x, y) => x - y);
    for (const level of levels) {
        const steps = plan.steps.filter((s) => s.level === level);
        const started = ctx.clock.now();
        const settled = await Promise.allSettled(steps.map(async (s) => {
            await runStep(s, ctx, state);
            onDone?.(s);
        }));
        const errors = settled.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
        if (errors.length)
            throw errors.find((e) => (0,conflict/* raceSymptom */.Vh)(e) === undefined) ?? errors[0];
        state.timings.push({ level, label: steps.map((s) => s.kind).join(', '), ms: ctx.clock.now() - started });
    }
    return state;
}
async function runStep(step, ctx, st) {
    ctx.log.info(`→ ${step.reason}`);
    return handler(step).run(step, ctx, st);
}
/** What execution starts from: for apply, what observe read; other modes start empty. */
function initialState(plan, ctx) {
    const empty = (0,context/* emptyResult */.$)();
    const o = ctx.observed;
    if (!o || (ctx.cfg.mode !== 'apply' && ctx.cfg.mode !== 'plan'))
        return empty;
    const names = (0,domain_names/* resourceNames */.Nr)(ctx.cfg);
    return {
        ...empty,
        securityGroupId: o.securityGroup?.id,
        // On an existing group a pending token (an unfinished rotation) wins over the current one: it is
        // the one to finish. A new group never uses it (the plan deletes it).
        token: (plan.action === 'create' ? undefined : o.ssm[names.ssm.authTokenPending]?.value) ??
            o.ssm[names.ssm.authToken]?.value,
        ssm: { ...o.ssm },
    };
}


/***/ }),

/***/ 8698:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Do: () => (/* binding */ WaitTimeoutError),
/* harmony export */   g3: () => (/* binding */ pollUntil),
/* harmony export */   vv: () => (/* binding */ WaitFailedError)
/* harmony export */ });
/* unused harmony exports POLL_MIN_MS, POLL_MAX_MS, pollInterval */
/* harmony import */ var _domain_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4678);

class WaitFailedError extends Error {
    label;
    name = 'WaitFailedError';
    constructor(message, label) {
        super(message);
        this.label = label;
    }
}
class WaitTimeoutError extends Error {
    label;
    name = 'WaitTimeoutError';
    constructor(message, label) {
        super(message);
        this.label = label;
    }
}
/**
 * The interval between two reads is drawn uniformly from [POLL_MIN_MS, POLL_MAX_MS): never under
 * 11 s (a wait of an hour is ~230 reads, far below ElastiCache's describe limits), 15.5 s on average,
 * and under 20 s, so a group that became available is seen within 20 s. The jitter keeps two runs
 * waiting on the same group out of lock-step. (An exponential backoff to 60 s, as before, saved
 * reads but let a finished create wait up to a minute unseen.) `npm run bench` simulates it.
 */
const POLL_MIN_MS = 11_000;
const POLL_MAX_MS = 20_000;
/** One interval, from a uniform draw in [0, 1). */
function pollInterval(random, minMs = POLL_MIN_MS, maxMs = POLL_MAX_MS) {
    return Math.floor(minMs + random * (maxMs - minMs));
}
/**
 * Our own poller (the SDK waiter retries on every error and never stops on create-failed):
 * explicit success/failure states, a deadline, jittered intervals, injected sleep, and one log
 * line per state change (plus a heartbeat) so a 15-minute wait shows progress.
 */
async function pollUntil(o) {
    const minDelay = o.minDelayMs ?? POLL_MIN_MS;
    const maxDelay = o.maxDelayMs ?? POLL_MAX_MS;
    const heartbeat = o.heartbeatMs ?? 5 * 60_000;
    const start = o.clock.now();
    const deadline = start + o.timeoutMs;
    let lastLabel;
    let lastLog = start;
    for (;;) {
        const value = await o.read();
        const v = o.classify(value);
        const now = o.clock.now();
        const elapsed = (0,_domain_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(now - start);
        if (v.label !== lastLabel || now - lastLog >= heartbeat) {
            o.log(`${o.what}: ${v.label} (${elapsed} elapsed)`);
            lastLabel = v.label;
            lastLog = now;
        }
        if (v.state === 'success')
            return value;
        if (v.state === 'failure')
            throw new WaitFailedError(`${o.what}: ended in ${v.label} after ${elapsed}`, v.label);
        if (now >= deadline) {
            throw new WaitTimeoutError(`${o.what}: still ${v.label} after ${elapsed}, past ${o.limitText ?? `the ${(0,_domain_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a)(o.timeoutMs)} limit`}`, v.label);
        }
        // The last interval is cut short at the deadline, so the timeout is checked on time.
        const delay = Math.min(pollInterval(o.clock.random(), minDelay, maxDelay), Math.max(0, deadline - now));
        await o.clock.sleep(Math.max(delay, 1));
    }
}


/***/ }),

/***/ 7845:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ tlsMigrationPublish),
/* harmony export */   g: () => (/* binding */ publishStep)
/* harmony export */ });
/* harmony import */ var _domain_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8800);
/* harmony import */ var _domain_urls_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3012);
// SSM: rewrite a URL parameter only when its value (or its type) would change.


function publishStep(cfg, obs, g, names, token) {
    const all = (0,_domain_names_js__WEBPACK_IMPORTED_MODULE_0__/* .urlParameterNames */ .TY)(names);
    if (!g.primaryEndpoint) {
        return {
            kind: 'publish-ssm',
            parameterNames: all,
            reason: 'publish the connection URLs once endpoints exist',
        };
    }
    if (cfg.authTokenEnabled && token.known === undefined) {
        return { kind: 'publish-ssm', parameterNames: all, reason: 'publish URLs with the new AUTH token' };
    }
    const embed = cfg.authTokenEnabled ? token.known : undefined;
    const stale = staleUrlParameters(cfg, obs, g.primaryEndpoint, names, embed);
    if (!stale.length)
        return undefined;
    return { kind: 'publish-ssm', parameterNames: stale, reason: staleReason(obs, stale) };
}
/**
 * Mid-TLS-migration publish, with the token the group accepts now: none on a group without AUTH
 * (AUTH needs TLS, so it is added after), the stored one on a group that has AUTH (finishing a
 * migration left in `preferred`). During a token change the URLs are published by that sequence.
 */
function tlsMigrationPublish(cfg, obs, g, names, token) {
    if (!g.primaryEndpoint)
        return undefined;
    // (A group with AUTH and auth_token_enabled false is refused before planning.)
    const embed = g.authTokenEnabled ? token.known : undefined;
    if (g.authTokenEnabled && (token.rotate || embed === undefined))
        return undefined;
    const stale = staleUrlParameters(cfg, obs, g.primaryEndpoint, names, embed);
    if (!stale.length)
        return undefined;
    return {
        kind: 'publish-ssm',
        parameterNames: stale,
        ...(embed === undefined ? { tokenless: true } : {}),
        reason: `publish the ${cfg.transitEncryptionEnabled ? 'rediss://' : 'redis://'} URLs while the group accepts both (${staleReason(obs, stale)})`,
    };
}
/** The URL parameters whose value (or type) differs from what this host, TLS and token give. */
function staleUrlParameters(cfg, obs, endpoint, names, token) {
    const urls = (0,_domain_urls_js__WEBPACK_IMPORTED_MODULE_1__/* .connectionUrls */ .v)({ host: endpoint.address, port: endpoint.port || cfg.port, tls: cfg.transitEncryptionEnabled, token }, cfg);
    const desired = {
        [names.ssm.redisUrl]: urls.redisUrl,
        [names.ssm.celeryBrokerUrl]: urls.celeryBrokerUrl,
        [names.ssm.celeryResultBackend]: urls.celeryResultBackendUrl,
    };
    // With AUTH on the URLs stay SecureString even before they embed the token: SSM cannot change a
    // parameter's type in place, so each change of type is a delete and a create.
    const type = cfg.authTokenEnabled ? 'SecureString' : 'String';
    return (0,_domain_names_js__WEBPACK_IMPORTED_MODULE_0__/* .urlParameterNames */ .TY)(names).filter((n) => obs.ssm[n]?.value !== desired[n] || obs.ssm[n]?.type !== type);
}
function staleReason(obs, stale) {
    return `SSM ${stale.map((n) => n.slice(n.lastIndexOf('/') + 1)).join(', ')}: ${stale.some((n) => !obs.ssm[n]) ? 'missing' : 'value changed'}`;
}


/***/ }),

/***/ 4101:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xM: () => (/* binding */ desiredLogDelivery),
  tb: () => (/* binding */ replicationGroupSteps)
});

// UNUSED EXPORTS: logDeliveryChanges

// EXTERNAL MODULE: ./src/domain/engine.ts
var engine = __webpack_require__(9548);
// EXTERNAL MODULE: ./src/domain/sets.ts
var sets = __webpack_require__(4903);
// EXTERNAL MODULE: ./src/plan/steps.ts
var steps = __webpack_require__(2960);
;// CONCATENATED MODULE: ./src/plan/ensure/modification.ts
// The main ModifyReplicationGroup call: every field that differs, with a reason per field, and its
// split when apply_immediately is false.



function wholeModification(changes, reasons) {
    return reasons.length
        ? { kind: 'modify-replication-group', changes, reason: reasons.map((r) => r.text).join('; ') }
        : undefined;
}
function mainModification(cfg, obs, g, names, plan) {
    const c = {};
    const reasons = [];
    const m = { c, because: (field, text) => reasons.push({ field, text }) };
    const upgradePending = versionedChanges(m, cfg, g, plan);
    availabilityChanges(m, cfg, g);
    backupChanges(m, cfg, g);
    placementChanges(m, cfg, obs, g, names, upgradePending);
    maintenanceChanges(m, cfg, g);
    // Stryker disable next-line ConditionalExpression: without reasons the modification is dropped whole (wholeModification).
    if (reasons.length)
        c.ApplyImmediately = cfg.applyImmediately;
    return { changes: c, reasons };
}
/**
 * Node type and engine version: with apply_immediately false AWS leaves them pending for the
 * maintenance window; a pending value equal to the input is reported, never re-issued (with
 * apply_immediately true it is re-issued, which applies it now). Returns whether an upgrade to the
 * input's version is already pending (it holds back the parameter-group switch that goes with it).
 */
function versionedChanges({ c, because }, cfg, g, plan) {
    const member = g.members[0];
    const window = g.maintenanceWindow ?? 'unknown';
    const hold = !cfg.applyImmediately;
    if (g.nodeType && g.nodeType !== cfg.nodeType) {
        if (hold && member?.pendingNodeType === cfg.nodeType) {
            plan.pending.push(`node_type ${g.nodeType} → ${cfg.nodeType} is pending for the maintenance window (${window})`);
        }
        else {
            c.CacheNodeType = cfg.nodeType;
            because('CacheNodeType', `node_type ${g.nodeType} → ${cfg.nodeType}`);
        }
    }
    const engineChanges = g.engine !== undefined && g.engine !== cfg.engine;
    const versionUp = g.engineVersion !== undefined &&
        // Stryker disable next-line ObjectLiteral,BooleanLiteral: the input is major.minor only, so a full compare is never > 0 when major.minor is equal.
        (0,engine/* compareVersions */.Zy)(cfg.engineVersion, g.engineVersion, { majorMinorOnly: true }) > 0;
    // A pending version equal to the input holds back the engine and parameter-group switch that go with it.
    const upgradePending = hold &&
        (engineChanges || versionUp) &&
        member?.pendingEngineVersion !== undefined &&
        (0,engine/* compareVersions */.Zy)(member.pendingEngineVersion, cfg.engineVersion, { majorMinorOnly: true }) === 0;
    if (upgradePending) {
        plan.pending.push(`${engineChanges ? `engine ${g.engine} → ${cfg.engine}, ` : ''}engine_version ${g.engineVersion} → ${cfg.engineVersion} is pending for the maintenance window (${window})`);
    }
    else if (engineChanges || versionUp) {
        if (engineChanges) {
            c.Engine = cfg.engine;
            because('Engine', `engine ${g.engine} → ${cfg.engine}`);
        }
        c.EngineVersion = cfg.engineVersion;
        because('EngineVersion', `engine_version ${g.engineVersion} → ${cfg.engineVersion}`);
    }
    return upgradePending;
}
/** Automatic failover and Multi-AZ. */
function availabilityChanges({ c, because }, cfg, g) {
    const failover = g.automaticFailover === 'enabled' || g.automaticFailover === 'enabling';
    if (failover !== cfg.automaticFailoverEnabled) {
        c.AutomaticFailoverEnabled = cfg.automaticFailoverEnabled;
        because('AutomaticFailoverEnabled', `automatic_failover_enabled ${failover} → ${cfg.automaticFailoverEnabled}`);
    }
    const multiAz = g.multiAz === 'enabled';
    if (multiAz !== cfg.multiAzEnabled) {
        c.MultiAZEnabled = cfg.multiAzEnabled;
        because('MultiAZEnabled', `multi_az_enabled ${multiAz} → ${cfg.multiAzEnabled}`);
    }
}
/** Automatic backups: retention (and the member that takes them when they start) and window. */
function backupChanges({ c, because }, cfg, g) {
    if (g.snapshotRetentionLimit !== cfg.snapshotRetentionLimit) {
        c.SnapshotRetentionLimit = cfg.snapshotRetentionLimit;
        if (!g.snapshotRetentionLimit && cfg.snapshotRetentionLimit > 0 && g.memberClusters[0]) {
            c.SnapshottingClusterId = g.memberClusters[0];
        }
        because('SnapshotRetentionLimit', `snapshot_retention_limit ${g.snapshotRetentionLimit ?? 0} → ${cfg.snapshotRetentionLimit}`);
    }
    if (g.snapshotWindow !== cfg.snapshotWindow) {
        c.SnapshotWindow = cfg.snapshotWindow;
        because('SnapshotWindow', `snapshot_window ${g.snapshotWindow ?? '(none)'} → ${cfg.snapshotWindow}`);
    }
}
/** Maintenance window, security groups, notifications and the parameter group. */
function placementChanges({ c, because }, cfg, obs, g, names, upgradePending) {
    if (g.maintenanceWindow?.toLowerCase() !== cfg.maintenanceWindow) {
        c.PreferredMaintenanceWindow = cfg.maintenanceWindow;
        because('PreferredMaintenanceWindow', `maintenance_window ${g.maintenanceWindow ?? '(none)'} → ${cfg.maintenanceWindow}`);
    }
    const managedSg = obs.securityGroup?.id ?? steps/* MANAGED_SECURITY_GROUP */.Z;
    const desiredSgs = [managedSg, ...cfg.securityGroupIds.filter((id) => id !== managedSg)];
    if (!(0,sets/* sameSet */.X)(g.securityGroupIds, desiredSgs)) {
        c.SecurityGroupIds = desiredSgs;
        because('SecurityGroupIds', `security groups ${g.securityGroupIds.join(',') || '(none)'} → ${desiredSgs.join(',')}`);
    }
    if (g.notificationTopicArn !== cfg.notificationTopicArn) {
        if (cfg.notificationTopicArn) {
            c.NotificationTopicArn = cfg.notificationTopicArn;
            c.NotificationTopicStatus = 'active';
        }
        else {
            c.NotificationTopicStatus = 'inactive';
        }
        because('NotificationTopicStatus', `notification_topic_arn ${g.notificationTopicArn ?? '(none)'} → ${cfg.notificationTopicArn ?? '(none)'}`);
    }
    if (g.parameterGroupName !== names.parameterGroup && !upgradePending) {
        c.CacheParameterGroupName = names.parameterGroup;
        because('CacheParameterGroupName', `parameter group ${g.parameterGroupName ?? '(none)'} → ${names.parameterGroup}`);
    }
}
/**
 * auto_minor_version_upgrade, ip_discovery (network_type is create-only: see checks.ts), and description when the input sets it (empty leaves an existing
 * group's own description alone, so an adopted group is not rewritten).
 */
function maintenanceChanges({ c, because }, cfg, g) {
    if (g.autoMinorVersionUpgrade !== undefined && g.autoMinorVersionUpgrade !== cfg.autoMinorVersionUpgrade) {
        c.AutoMinorVersionUpgrade = cfg.autoMinorVersionUpgrade;
        because('AutoMinorVersionUpgrade', `auto_minor_version_upgrade ${g.autoMinorVersionUpgrade} → ${cfg.autoMinorVersionUpgrade}`);
    }
    if (g.ipDiscovery !== undefined && g.ipDiscovery !== cfg.ipDiscovery) {
        c.IpDiscovery = cfg.ipDiscovery;
        because('IpDiscovery', `ip_discovery ${g.ipDiscovery} → ${cfg.ipDiscovery}`);
    }
    if (cfg.description !== undefined && g.description !== cfg.description) {
        c.ReplicationGroupDescription = cfg.description;
        because('ReplicationGroupDescription', `description ${JSON.stringify(g.description ?? '')} → ${JSON.stringify(cfg.description)}`);
    }
}
/** The fields AWS leaves for the maintenance window when ApplyImmediately is false. */
const DEFERRABLE = ['CacheNodeType', 'Engine', 'EngineVersion', 'CacheParameterGroupName'];
/**
 * With apply_immediately false, split the main modification: what AWS applies at once stays in
 * place; node type / engine / version (and the parameter group that goes with a version) move to
 * a call of their own at the very end, because any later call with ApplyImmediately=true would
 * apply "the modifications in this request and any pending modifications".
 */
function splitDeferred(cfg, changes, reasons) {
    const versioned = changes.CacheNodeType !== undefined || changes.EngineVersion !== undefined;
    if (cfg.applyImmediately || !versioned)
        return { now: wholeModification(changes, reasons), later: undefined };
    // The parameter group goes with a version change only; on its own AWS applies it at once.
    const moved = new Set(DEFERRABLE.filter((k) => changes[k] !== undefined && (k !== 'CacheParameterGroupName' || changes.EngineVersion !== undefined)));
    const later = { ApplyImmediately: false };
    const rest = { ...changes };
    for (const k of moved) {
        later[k] = changes[k];
        delete rest[k];
    }
    const laterReasons = reasons.filter((r) => moved.has(r.field)).map((r) => r.text);
    return {
        now: wholeModification(rest, reasons.filter((r) => !moved.has(r.field))),
        later: {
            kind: 'modify-replication-group',
            changes: later,
            reason: `${laterReasons.join('; ')} (left for the maintenance window: apply_immediately is false)`,
        },
    };
}

// EXTERNAL MODULE: ./src/plan/ensure/publish.ts
var ensure_publish = __webpack_require__(7845);
;// CONCATENATED MODULE: ./src/plan/ensure/replication-group.ts
// The replication group itself, in the order elasticache-api.md §2 prescribes: replicas added
// first, then the main modification, log delivery, the TLS phases, the token change, replicas
// removed last. Returns levels: the steps of one level run together.


function replicationGroupSteps(cfg, obs, g, names, token, plan) {
    const gc = { cfg, obs, g, names, token };
    const current = g.memberClusters.length;
    const desired = cfg.numCacheClusters;
    const before = [];
    if (desired > current) {
        before.push([
            {
                kind: 'increase-replicas',
                newReplicaCount: desired - 1,
                reason: `num_cache_clusters ${current} → ${desired} (add ${desired - current} replica${desired - current > 1 ? 's' : ''} first)`,
            },
        ]);
    }
    const { changes, reasons } = mainModification(cfg, obs, g, names, plan);
    const after = [...logDeliveryLevels(gc), ...tlsLevels(gc), ...tokenLevels(gc)];
    if (desired < current) {
        after.push([
            {
                kind: 'decrease-replicas',
                newReplicaCount: desired - 1,
                reason: `num_cache_clusters ${current} → ${desired} (remove replicas last)`,
            },
        ]);
    }
    // With apply_immediately false, a later ApplyImmediately=true call would apply the deferred node
    // type / version at once; only then do they move to a call of their own at the very end.
    const main = after.flat().some(appliesImmediately)
        ? splitDeferred(cfg, changes, reasons)
        : { now: wholeModification(changes, reasons), later: undefined };
    const levels = [
        ...before,
        ...(main.now ? [[main.now]] : []),
        ...after,
        ...(main.later ? [[main.later]] : []),
    ];
    warnAboutPendingFlush(cfg, g, levels, plan);
    return levels;
}
/**
 * Log delivery changes need ApplyImmediately=true (AWS rule), so they go alone: a pending node
 * type or version change (apply_immediately: false) must not be applied by them.
 */
function logDeliveryLevels({ g, names }) {
    const logs = logDeliveryChanges(g, names);
    if (!logs.length)
        return [];
    return [
        [
            {
                kind: 'modify-replication-group',
                changes: { LogDeliveryConfigurations: logs, ApplyImmediately: true },
                // Stryker disable next-line OptionalChaining: desiredLogDelivery always sets DestinationDetails.
                reason: `log delivery → ${logs.map((l) => `${l.LogType} to ${l.DestinationDetails?.CloudWatchLogsDetails.LogGroup}`).join(', ')}`,
            },
        ],
    ];
}
/** A TLS-mode change on its own call (ApplyImmediately=true). */
function tlsStep(changes, reason) {
    return [{ kind: 'modify-replication-group', changes: { ...changes, ApplyImmediately: true }, reason }];
}
/**
 * TLS in two phases through `preferred`. Between them the group takes both redis:// and rediss://:
 * the new URLs are published there, so SSM never holds a URL the group refuses at that moment.
 */
function tlsLevels(gc) {
    const { cfg, obs, g, names, token } = gc;
    const mid = (0,ensure_publish/* tlsMigrationPublish */.R)(cfg, obs, g, names, token);
    const midPublish = mid ? [[mid]] : [];
    if (g.transitEncryptionEnabled !== cfg.transitEncryptionEnabled) {
        if (cfg.transitEncryptionEnabled) {
            return [
                tlsStep({ TransitEncryptionEnabled: true, TransitEncryptionMode: 'preferred' }, 'transit_encryption_enabled false → true, phase 1: TLS preferred (clients can move to rediss://)'),
                ...midPublish,
                tlsStep({ TransitEncryptionMode: 'required' }, 'transit_encryption_enabled false → true, phase 2: TLS required'),
            ];
        }
        return [
            ...(g.transitEncryptionMode !== 'preferred'
                ? [
                    tlsStep({ TransitEncryptionMode: 'preferred' }, 'transit_encryption_enabled true → false, phase 1: TLS preferred (clients can move to redis://)'),
                ]
                : []),
            ...midPublish,
            tlsStep({ TransitEncryptionEnabled: false }, 'transit_encryption_enabled true → false, phase 2: TLS off'),
        ];
    }
    if (cfg.transitEncryptionEnabled && g.transitEncryptionMode === 'preferred') {
        return [
            ...midPublish,
            tlsStep({ TransitEncryptionMode: 'required' }, 'transit encryption mode preferred → required (finish the TLS migration)'),
        ];
    }
    return [];
}
/**
 * A token change: ROTATE (old and new valid) → publish the URLs and AUTH_TOKEN while both work →
 * SET (only the new one) → delete the pending parameter. A resumed change skips what is done.
 */
function tokenLevels(gc) {
    const { cfg, obs, g, names, token } = gc;
    if (!token.rotate)
        return [];
    const levels = [];
    if (!token.rotated) {
        levels.push([
            {
                kind: 'auth-token',
                strategy: 'ROTATE',
                mark: names.ssm.authTokenPending,
                reason: `${token.reason}: ROTATE (old and new token both valid)`,
            },
        ]);
    }
    const publish = (0,ensure_publish/* publishStep */.g)(cfg, obs, g, names, token);
    const moveOver = [];
    if (publish) {
        moveOver.push({
            ...publish,
            reason: 'publish the URLs with the new AUTH token while both tokens are valid',
        });
    }
    if (!token.storedAlready) {
        moveOver.push({
            kind: 'store-auth-token',
            parameterName: names.ssm.authToken,
            generate: false,
            reason: `write the new token to ${names.ssm.authToken}`,
        });
    }
    if (moveOver.length)
        levels.push(moveOver);
    levels.push([
        {
            kind: 'auth-token',
            strategy: 'SET',
            ...(token.rotated ? { resumed: true } : {}),
            reason: `${token.rotated ? `${token.reason}: ` : ''}keep only the new AUTH token: SET`,
        },
    ]);
    levels.push([
        {
            kind: 'delete-ssm-parameter',
            parameterName: names.ssm.authTokenPending,
            reason: `the token change is complete: delete ${names.ssm.authTokenPending}`,
        },
    ]);
    return levels;
}
/**
 * What AWS already holds for the maintenance window (whatever its value) goes out with any
 * ApplyImmediately=true call of this run: say so.
 */
function warnAboutPendingFlush(cfg, g, levels, plan) {
    if (cfg.applyImmediately || !levels.flat().some(appliesImmediately))
        return;
    const held = pendingOnMembers(g);
    if (held.length) {
        plan.warnings.push(`This run makes changes AWS only accepts with ApplyImmediately=true, which also applies what is pending for the maintenance window now: ${held.join('; ')}.`);
    }
}
/** Steps sent with ApplyImmediately=true (replica changes and AUTH changes always are). */
function appliesImmediately(s) {
    return (s.kind === 'auth-token' ||
        s.kind === 'increase-replicas' ||
        s.kind === 'decrease-replicas' ||
        (s.kind === 'modify-replication-group' && s.changes.ApplyImmediately === true));
}
/** Node type and engine version changes the members hold for the maintenance window. */
function pendingOnMembers(g) {
    const out = new Set();
    for (const m of g.members) {
        if (m.pendingNodeType)
            out.add(`node_type ${g.nodeType ?? '?'} → ${m.pendingNodeType}`);
        if (m.pendingEngineVersion)
            out.add(`engine_version ${g.engineVersion ?? '?'} → ${m.pendingEngineVersion}`);
    }
    return [...out];
}
function desiredLogDelivery(names) {
    return [
        { type: 'slow-log', group: names.slowLogGroup },
        { type: 'engine-log', group: names.engineLogGroup },
    ].map(({ type, group }) => ({
        LogType: type,
        DestinationType: 'cloudwatch-logs',
        DestinationDetails: { CloudWatchLogsDetails: { LogGroup: group } },
        LogFormat: 'json',
        Enabled: true,
    }));
}
function logDeliveryChanges(g, names) {
    return desiredLogDelivery(names).filter((want) => {
        const have = g.logDelivery.find((l) => l.logType === want.LogType);
        return (!have ||
            have.destinationType !== 'cloudwatch-logs' ||
            // Stryker disable next-line OptionalChaining: desiredLogDelivery always sets DestinationDetails.
            have.logGroup !== want.DestinationDetails?.CloudWatchLogsDetails.LogGroup ||
            have.logFormat !== 'json' ||
            have.status === 'disabling');
    });
}


/***/ }),

/***/ 2:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ Sequence)
/* harmony export */ });
// Builds a plan's ordered steps level by level: the steps of one level are independent and run
// concurrently; levels run in order. Every planner (one per mode) uses it.
class Sequence {
    steps = [];
    level = 0;
    /** Steps that run together as the next level (nothing when empty). */
    together(steps) {
        if (!steps.length)
            return this;
        for (const s of steps)
            this.steps.push({ ...s, level: this.level });
        this.level += 1;
        return this;
    }
    /** One step as the next level. */
    then(step) {
        return this.together([step]);
    }
}


/***/ }),

/***/ 2960:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ MANAGED_SECURITY_GROUP)
/* harmony export */ });
// Plan steps: each step is one unit of work the shared executor performs, with a human reason.
// `level`: steps with the same level are independent and may run concurrently; levels run in order.
/** Placeholder for the managed security group's id when it is created in the same run. */
const MANAGED_SECURITY_GROUP = '(managed security group)';


/***/ }),

/***/ 7611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ githubContext)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
// Where this run comes from (repository, run URL, pull request), for the provenance tags: read from
// the variables and event file the runner sets, as @actions/github's `context` reads them, without
// loading Octokit for it.

function githubContext(env = process.env) {
    const repository = /^[^/\s]+\/[^/\s]+$/.test(env.GITHUB_REPOSITORY ?? '')
        ? env.GITHUB_REPOSITORY
        : undefined;
    const server = env.GITHUB_SERVER_URL || 'https://github.com';
    const runUrl = repository && env.GITHUB_RUN_ID ? `${server}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
    return { repository, runUrl, pullRequest: pullRequestNumber(env) };
}
/** The pull request of a pull_request / pull_request_target event, from the event payload. */
function pullRequestNumber(env) {
    if (!(env.GITHUB_EVENT_NAME ?? '').startsWith('pull_request') || !env.GITHUB_EVENT_PATH)
        return undefined;
    try {
        const event = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        const n = event.pull_request?.number ?? event.number;
        return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 6340:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fb: () => (/* reexport safe */ _execute_index_js__WEBPACK_IMPORTED_MODULE_0__.Fb),
/* harmony export */   HN: () => (/* binding */ planLines),
/* harmony export */   c$: () => (/* binding */ changesJson)
/* harmony export */ });
/* unused harmony export MAX_CHANGES_IN_OUTPUT */
/* harmony import */ var _execute_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6303);
// One rendering of the plan, used by plan mode, the apply log, the `changes` output and the summary,
// so what a reviewer reads is exactly what the executor runs. Steps carry no secrets by construction.


/** Plain lines for the log, numbered in execution order; same-level steps run concurrently. */
function planLines(plan) {
    if (!plan.steps.length)
        return ['No changes: AWS already matches the inputs.'];
    return plan.steps.map((s, i) => `${String(i + 1).padStart(2)}. [level ${s.level}] ${(0,_execute_index_js__WEBPACK_IMPORTED_MODULE_0__/* .stepTitle */ .Fb)(s)} — ${s.reason}`);
}
const MAX_CHANGES_IN_OUTPUT = 50;
/** The `changes` output: JSON, capped so a huge plan cannot overflow an output. */
function changesJson(plan) {
    const items = plan.steps.slice(0, MAX_CHANGES_IN_OUTPUT).map((s) => ({
        level: s.level,
        kind: s.kind,
        title: (0,_execute_index_js__WEBPACK_IMPORTED_MODULE_0__/* .stepTitle */ .Fb)(s),
        reason: s.reason,
    }));
    if (plan.steps.length > MAX_CHANGES_IN_OUTPUT) {
        items.push({
            level: -1,
            kind: 'truncated',
            title: 'truncated',
            reason: `${plan.steps.length - MAX_CHANGES_IN_OUTPUT} more steps`,
        });
    }
    return JSON.stringify(items);
}


/***/ }),

/***/ 7994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Br: () => (/* binding */ renderSummary),
/* harmony export */   UQ: () => (/* binding */ esc),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* unused harmony export MAX_SUMMARY_STEPS */
/* harmony import */ var _domain_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4678);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6340);
// The job summary: resources, endpoints, SSM names, the plan and how long each phase took.
// It is built from data that never contains the AUTH token (URLs are shown with a placeholder).


/** The summary file is capped at 1 MiB by the runner; stay far below it. */
const MAX_SUMMARY_STEPS = 200;
function esc(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|');
}
function table(header, rows) {
    const head = `| ${header.join(' | ')} |\n| ${header.map(() => '---').join(' | ')} |\n`;
    return head + rows.map((r) => `| ${r.map(esc).join(' | ')} |`).join('\n') + '\n';
}
function renderSummary(d) {
    const out = [];
    const verb = d.mode === 'plan' ? 'plan' : d.status;
    out.push(`## Django Redis: \`${esc(d.name)}\` (${esc(d.region)}) — ${esc(verb)}\n`);
    if (d.plan.refusals.length) {
        out.push('### Refused\n');
        out.push(d.plan.refusals.map((r) => `- ${esc(r)}`).join('\n') + '\n');
    }
    if (d.plan.warnings.length) {
        out.push(d.plan.warnings.map((w) => `> [!WARNING]\n> ${esc(w)}`).join('\n\n') + '\n');
    }
    // mode plan, or a lifecycle mode's dry_run (status planned).
    const dryRun = d.mode === 'plan' || d.status === 'planned';
    out.push(`### ${dryRun ? 'Plan (nothing was executed)' : 'Steps'}\n`);
    if (!d.plan.steps.length) {
        out.push('No changes: AWS already matches the inputs.\n');
    }
    else {
        const rows = d.plan.steps
            .slice(0, MAX_SUMMARY_STEPS)
            .map((s, i) => [String(i + 1), String(s.level), (0,_render_js__WEBPACK_IMPORTED_MODULE_0__/* .stepTitle */ .Fb)(s), s.reason]);
        out.push(table(['#', 'level', 'step', 'reason'], rows));
        if (d.plan.steps.length > MAX_SUMMARY_STEPS)
            out.push(`…and ${d.plan.steps.length - MAX_SUMMARY_STEPS} more steps.\n`);
    }
    if (d.plan.pending.length) {
        out.push('### Pending for the maintenance window\n');
        out.push(d.plan.pending.map((p) => `- ${esc(p)}`).join('\n') + '\n');
    }
    if (d.resources.length) {
        out.push('### Resources\n');
        out.push(table(['resource', 'value'], d.resources.map(([k, v]) => [k, `\`${v}\``])));
    }
    if (d.displayUrls.length) {
        out.push('### Connection URLs\n');
        out.push(table(['use', 'URL'], d.displayUrls.map(([k, v]) => [k, `\`${v}\``])));
    }
    if (d.ssmParameters.length) {
        out.push('### SSM parameters\n');
        out.push(table(['parameter', 'name'], d.ssmParameters.map(([k, v]) => [k, `\`${v}\``])));
    }
    if (d.phases.length) {
        out.push('### Timing\n');
        out.push(table(['phase', 'duration'], d.phases.map(([k, ms]) => [k, (0,_domain_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a)(ms)])));
    }
    return out.join('\n');
}


/***/ })

};
