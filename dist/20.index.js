export const id = 20;
export const ids = [20];
export const modules = {

/***/ 391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NL: () => (/* binding */ BUSY_STATES),
/* harmony export */   O9: () => (/* binding */ busyMember),
/* harmony export */   XC: () => (/* binding */ isBusyGroup)
/* harmony export */ });
// Replication-group states every mode reasons about.
/** Group states in which another run (or AWS) is busy: wait for `available`, then plan. */
const BUSY_STATES = new Set(['creating', 'modifying', 'snapshotting']);
function busyMember(g) {
    return g.members.find((m) => m.status !== 'available' && m.status !== 'unknown');
}
/** Another run or AWS is changing the group (or one of its members): wait before planning. */
function isBusyGroup(g) {
    if (!g)
        return false;
    return BUSY_STATES.has(g.status) || (g.status === 'available' && busyMember(g) !== undefined);
}


/***/ }),

/***/ 8020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_ATTEMPTS: () => (/* binding */ MAX_ATTEMPTS),
  runApply: () => (/* binding */ runApply)
});

// EXTERNAL MODULE: ./src/aws/adapters.ts + 10 modules
var adapters = __webpack_require__(9248);
// EXTERNAL MODULE: ./src/domain/group-state.ts
var group_state = __webpack_require__(391);
// EXTERNAL MODULE: ./src/domain/ownership.ts
var ownership = __webpack_require__(7781);
// EXTERNAL MODULE: ./src/domain/names.ts
var domain_names = __webpack_require__(8800);
// EXTERNAL MODULE: ./src/execute/conflict.ts
var conflict = __webpack_require__(665);
// EXTERNAL MODULE: ./src/execute/index.ts + 9 modules
var execute = __webpack_require__(6303);
;// CONCATENATED MODULE: ./src/aws/elasticache-observed.ts
// ElastiCache's answer as the planner sees it: DescribeReplicationGroups, the first member's
// DescribeCacheClusters and the group's tags mapped to one ObservedGroup. Pure: no call is made here.
/**
 * The group as the planner sees it: the RG shape plus what only the first member carries. Only that
 * member was described, so the others' status is 'unknown' (never taken for busy).
 */
function toObservedGroup(rg, member, tags) {
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
            const c = member?.CacheClusterId === id ? member : undefined;
            const ngm = ng?.NodeGroupMembers?.find((m) => m.CacheClusterId === id);
            const role = ngm?.CurrentRole;
            return {
                id,
                availabilityZone: ngm?.PreferredAvailabilityZone,
                role: role === 'primary' || role === 'replica' ? role : undefined,
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
        parameterApplyStatus: member?.CacheParameterGroup?.ParameterApplyStatus,
        // Stryker disable next-line ArrayDeclaration: a fallback element without the field maps to '' and is filtered out
        securityGroupIds: (member?.SecurityGroups ?? []).map((s) => s.SecurityGroupId ?? '').filter(Boolean),
        subnetGroupName: member?.CacheSubnetGroupName,
        logDelivery,
        pendingAuthTokenStatus: rg.PendingModifiedValues?.AuthTokenStatus,
        authTokenLastModified: rg.AuthTokenLastModifiedDate?.getTime(),
        pendingTransitEncryptionMode: rg.PendingModifiedValues?.TransitEncryptionMode,
        autoMinorVersionUpgrade: rg.AutoMinorVersionUpgrade ?? member?.AutoMinorVersionUpgrade,
        description: rg.Description,
        networkType: rg.NetworkType,
        ipDiscovery: rg.IpDiscovery,
        tags,
    };
}

// EXTERNAL MODULE: ./src/aws/ec2.ts
var ec2 = __webpack_require__(2791);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/domain/alarms.ts
var domain_alarms = __webpack_require__(4280);
;// CONCATENATED MODULE: ./src/observe/index.ts
// Observe: read everything the planner needs, each read starting as soon as what it depends on is
// known, in a number of calls that does not grow with the node count. For a converged group that is
// two levels and 10 calls:
//   level 1: the group, our subnet group, the input subnets, parameter values, our security group,
//            log groups, SSM;
//   level 2: the group's first member (version, parameter group, SGs, windows, pending values), the
//            group's tags, the VPC's route tables.
// Only the first member is described: members share their configuration, and a member that is busy
// while the group is available is caught when AWS refuses a change (the apply loop in modes/apply.ts
// then waits for the group and every member, and observes and plans again). Referenced security groups are looked up only when not
// already in use, so a converged re-run spends no call on them; on the create path that lookup runs
// at level 2, beside the route tables. Each concern (the group, the network, the references the
// inputs name, the rest) builds its reads below; observe() awaits them all at once.




async function observe(cfg, names, a) {
    const group = groupReads(names, a);
    const network = networkReads(cfg, names, a, group.member);
    const references = referenceReads(cfg, a, group.replicationGroup, group.member);
    const other = otherReads(cfg, names, a, group.replicationGroup);
    // One Promise.all over every read: the first failure fails observe, and no read is left unawaited.
    const [[rg, member, tags, subnetGroup], [subnets, routeTables, vpcId, securityGroup, referenced], [topicExists, key], paramValues, logGroups, ssm, restoreSnapshot, alarms,] = await Promise.all([
        Promise.all([group.replicationGroup, group.member, group.tags, group.subnetGroup]),
        Promise.all([
            network.subnets,
            network.routeTables,
            network.vpcId,
            network.securityGroup,
            network.referenced,
        ]),
        Promise.all([references.topicExists, references.key]),
        other.parameterValues,
        other.logGroups,
        other.ssm,
        other.restoreSnapshot,
        other.alarms,
    ]);
    const missing = missingReferences(cfg, referenced, topicExists, key);
    if (missing.length)
        throw new MissingReferenceError(missing);
    return {
        subnets: (0,ec2/* classifySubnets */.Tq)(subnets, routeTables),
        vpcId,
        group: rg ? toObservedGroup(rg, member, tags) : undefined,
        subnetGroup,
        parameterGroup: paramValues
            ? { name: names.parameterGroup, family: cfg.family, values: paramValues }
            : undefined,
        securityGroup,
        logGroups,
        ssm,
        referencedSecurityGroups: referenced,
        ...(restoreSnapshot !== undefined ? { restoreSnapshot } : {}),
        ...(alarms ? { alarms } : {}),
    };
}
/**
 * Our parameter group's values, our log groups, the SSM parameters, our alarms (only with alarms on),
 * and the snapshot to restore from (only when there is no group to restore into).
 */
function otherReads(cfg, names, a, rgP) {
    const parameterValues = a.elasticache.describeUserParameters(names.parameterGroup);
    const logGroups = a.logs.describeLogGroups(`/aws/elasticache/${names.replicationGroupId}/`);
    const ssm = a.ssm.getParameters([
        names.ssm.redisUrl,
        names.ssm.celeryBrokerUrl,
        names.ssm.celeryResultBackend,
        ...(cfg.authTokenEnabled ? [names.ssm.authToken, names.ssm.authTokenPending] : []),
    ]);
    // With alarms on, one paged DescribeAlarms by the group's prefix (filtered to our name pattern).
    const alarms = cfg.alarms
        ? a.cloudwatch.describeAlarms(`${names.replicationGroupId}-`).then((found) => {
            const ours = (0,domain_alarms/* alarmNamePattern */.hq)(names.replicationGroupId);
            return found.filter((x) => ours.test(x.AlarmName ?? ''));
        })
        : Promise.resolve(undefined);
    const restoreSnapshot = rgP.then((rg) => !rg && cfg.snapshotName ? a.snapshots.describe(cfg.snapshotName).then((s) => s ?? null) : undefined);
    return { parameterValues, logGroups, ssm, alarms, restoreSnapshot };
}
/** The replication group, its first member and tags (level 2), and the subnet group it uses. */
function groupReads(names, a) {
    const ec = a.elasticache;
    const replicationGroup = ec.describeReplicationGroup(names.replicationGroupId);
    const member = replicationGroup.then((rg) => firstMember(ec, rg));
    const tags = replicationGroup.then((rg) => rg?.ARN && rg.Status === 'available' ? ec.listTags(rg.ARN) : {});
    const ours = ec.describeSubnetGroup(names.subnetGroup);
    // The group's own subnet group: a group created elsewhere may use another name than ours.
    const subnetGroup = Promise.all([ours, member]).then(async ([found, m]) => {
        const used = m?.CacheSubnetGroupName;
        return used && used !== names.subnetGroup ? ec.describeSubnetGroup(used) : found;
    });
    return { replicationGroup, member, tags, subnetGroup };
}
/**
 * The input subnets and their VPC's route tables, our security group in that VPC, and the referenced
 * security groups not already in use (looked up beside the route tables).
 */
function networkReads(cfg, names, a, memberP) {
    // The input subnets are described at once (it also proves they exist), so the VPC's route tables
    // follow at level 2 whether or not a subnet group exists yet.
    const subnets = describeSubnets(cfg, a);
    const vpcIds = subnets.then((found) => [...new Set(found.map((s) => s.VpcId ?? ''))]);
    const routeTables = vpcIds.then((vpcs) => Promise.all(vpcs.map((v) => a.ec2.describeRouteTables(v))).then((t) => t.flat()));
    const vpcId = vpcIds.then((vpcs) => (vpcs.length === 1 ? vpcs[0] : undefined));
    const ourSgs = a.ec2.findSecurityGroups(names.securityGroup);
    const securityGroup = Promise.all([ourSgs, vpcId]).then(([found, vpc]) => {
        const sg = found.find((s) => s.VpcId === vpc) ?? (vpc ? undefined : found[0]);
        return sg ? (0,ec2/* toObservedSecurityGroup */.DZ)(sg, cfg.port) : undefined;
    });
    const referenced = Promise.all([securityGroup, memberP]).then(([sg, member]) => referencedSecurityGroups(cfg, a, [
        ...(sg?.ingress.securityGroupIds ?? []),
        ...(member?.SecurityGroups ?? []).map((g) => g.SecurityGroupId ?? ''),
    ]));
    return { subnets, routeTables, vpcId, securityGroup, referenced };
}
/**
 * notification_topic_arn and kms_key_id must exist before anything is written. The topic is looked
 * up only when the group does not already use it, the key only on create (a group's key cannot
 * change): a converged re-run spends no call on either.
 */
function referenceReads(cfg, a, rgP, memberP) {
    const topicExists = memberP.then((member) => {
        const topic = cfg.notificationTopicArn;
        const inUse = member?.NotificationConfiguration?.TopicArn === topic;
        return topic && !inUse ? a.sns.topicExists(topic) : true;
    });
    const key = rgP.then((rg) => (!rg && cfg.kmsKeyId ? a.kms.describeKey(cfg.kmsKeyId) : null));
    return { topicExists, key };
}
/**
 * A reference in the inputs that does not exist (a security group, the SNS topic, the KMS key):
 * the run stops before any write, and sets no plan outputs (there is no plan to speak of).
 */
class MissingReferenceError extends errors/* PlanError */.W6 {
    problems;
    name = 'MissingReferenceError';
    constructor(problems) {
        super(problems.join('\n'));
        this.problems = problems;
    }
}
function missingReferences(cfg, securityGroups, topicExists, key) {
    const out = [];
    for (const [id, vpc] of Object.entries(securityGroups)) {
        if (vpc !== undefined)
            continue;
        const inputs = [
            cfg.allowedSecurityGroupIds.includes(id) ? 'allowed_security_group_ids' : undefined,
            cfg.securityGroupIds.includes(id) ? 'security_group_ids' : undefined,
        ].filter(Boolean);
        out.push(`Input "${inputs.join('" and "')}": security group ${id} does not exist in ${cfg.region}; check the id.`);
    }
    if (!topicExists) {
        out.push(`Input "notification_topic_arn": SNS topic ${cfg.notificationTopicArn} does not exist in ${cfg.region} (SNS GetTopicAttributes: not found); create it or fix the ARN.`);
    }
    if (key === undefined) {
        out.push(`Input "kms_key_id": KMS key ${cfg.kmsKeyId} does not exist in ${cfg.region} (KMS DescribeKey: not found); check the key id, ARN or alias and the region.`);
    }
    else if (key && key.state !== 'Enabled') {
        out.push(`Input "kms_key_id": KMS key ${cfg.kmsKeyId} is ${key.state ?? 'not usable'}; ElastiCache encrypts only with an enabled key. Enable it (or cancel its deletion), or use another key.`);
    }
    return out;
}
/** The group's first member: what only a member carries (version, parameter group, SGs, windows). */
async function firstMember(ec, rg) {
    const id = rg?.MemberClusters?.[0];
    return id ? ec.describeCacheCluster(id) : undefined;
}
/**
 * Referenced security groups (allowed_security_group_ids, security_group_ids) that are not already
 * in use by our security group or the group, mapped to their VPC (undefined: does not exist).
 */
async function referencedSecurityGroups(cfg, a, inUse) {
    const used = new Set(inUse);
    const unknown = [...new Set([...cfg.allowedSecurityGroupIds, ...cfg.securityGroupIds])].filter((id) => !used.has(id));
    const out = {};
    if (!unknown.length)
        return out;
    const found = await a.ec2.securityGroupsById(unknown);
    for (const id of unknown)
        out[id] = found.find((g) => g.GroupId === id)?.VpcId;
    return out;
}
/** The input subnets with their VPC and zone, from EC2 DescribeSubnets (which proves they exist). */
async function describeSubnets(cfg, a) {
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

// EXTERNAL MODULE: ./src/plan/sequence.ts
var sequence = __webpack_require__(2);
;// CONCATENATED MODULE: ./src/plan/ensure/alarms.ts
// The group's CloudWatch alarms (input `alarms`): one level after everything else. The members they
// watch are the group's as they will be after this run: a new group's `<name>-001…` (the first is
// the primary), an existing group's members with their roles, plus the ids AWS gives added replicas
// (the lowest free numbers) minus the replicas it removes (the last ones listed). Should AWS choose
// otherwise, the next run converges. Alarms are compared field by field; PutMetricAlarm replaces
// one whole, so an update is the same call as a create.

function alarmSteps(cfg, obs, g) {
    if (!cfg.alarms)
        return [];
    const desired = (0,domain_alarms/* desiredAlarms */.bi)(cfg.name, cfg.nodeType, cfg.alarms, membersAfterRun(cfg, g));
    // Stryker disable next-line ArrayDeclaration: a non-empty fallback's string maps to the name '', which no desired alarm has and the name pattern never matches
    const observed = new Map((obs.alarms ?? []).map((a) => [a.AlarmName ?? '', a]));
    const create = [];
    const update = [];
    for (const spec of desired) {
        const have = observed.get(spec.AlarmName);
        if (!have)
            create.push(spec);
        else {
            const changed = alarmDifferences(spec, have);
            if (changed.length)
                update.push({ spec, changed });
        }
    }
    const wanted = new Set(desired.map((d) => d.AlarmName));
    const pattern = (0,domain_alarms/* alarmNamePattern */.hq)(cfg.name);
    const stale = [...observed.values()]
        .filter((a) => pattern.test(a.AlarmName ?? '') && !wanted.has(a.AlarmName ?? ''))
        .map((a) => ({ name: a.AlarmName ?? '', arn: a.AlarmArn ?? '' }))
        .sort((a, b) => a.name.localeCompare(b.name));
    const steps = [];
    if (create.length)
        steps.push({
            kind: 'put-alarms',
            alarms: create,
            reason: `${plural(create.length, 'CloudWatch alarm')} missing: create ${create.map((a) => a.AlarmName).join(', ')}`,
        });
    if (update.length)
        steps.push({
            kind: 'put-alarms',
            alarms: update.map((u) => u.spec),
            reason: update.map((u) => `alarm ${u.spec.AlarmName}: ${u.changed.join(', ')}`).join('; '),
        });
    if (stale.length)
        steps.push({
            kind: 'remove-alarms',
            alarms: stale,
            reason: `${plural(stale.length, 'CloudWatch alarm')} of nodes no longer in ${cfg.name} (or no longer a replica): delete ${stale.map((a) => a.name).join(', ')}`,
        });
    return steps;
}
function plural(n, what) {
    return `${n} ${what}${n === 1 ? '' : 's'}`;
}
/** The members (id and role) the group has once this run's replica change is done. */
function membersAfterRun(cfg, g) {
    const id = (n) => `${cfg.name}-${String(n).padStart(3, '0')}`;
    if (!g)
        return Array.from({ length: cfg.numCacheClusters }, (_, i) => member(id(i + 1), i === 0));
    const known = g.members.some((m) => m.role === 'primary');
    let members = g.members.map((m, i) => ({
        id: m.id,
        role: (known ? m.role === 'primary' : i === 0) ? 'primary' : 'replica',
    }));
    if (cfg.numCacheClusters > members.length) {
        const taken = new Set(members.map((m) => m.id));
        for (let n = 1; members.length < cfg.numCacheClusters; n++)
            if (!taken.has(id(n)))
                members.push(member(id(n), false));
    }
    else if (cfg.numCacheClusters < members.length) {
        let remove = members.length - cfg.numCacheClusters;
        const removed = new Set();
        for (const m of [...members].reverse())
            if (remove > 0 && m.role === 'replica') {
                removed.add(m.id);
                remove--;
            }
        members = members.filter((m) => !removed.has(m.id));
    }
    return members;
}
function member(id, primary) {
    return { id, role: primary ? 'primary' : 'replica' };
}
/** Labels of the fields where the alarm in AWS differs from the one wanted, with both values. */
function alarmDifferences(want, have) {
    const out = [];
    for (const [field, label] of domain_alarms/* COMPARED_FIELDS */._0) {
        const w = norm(want[field]);
        const h = norm(have[field]);
        if (w !== h)
            out.push(field === 'AlarmDescription' ? label : `${label} ${show(have[field])} → ${show(want[field])}`);
    }
    return out;
}
/** Arrays compare as sets (AWS may list actions or dimensions in another order). */
function norm(v) {
    if (Array.isArray(v))
        return JSON.stringify(v.map((x) => JSON.stringify(x)).sort());
    return JSON.stringify(v ?? null);
}
function show(v) {
    if (v === undefined)
        return '(unset)';
    if (Array.isArray(v))
        return v.length
            ? v
                .map((x) => (typeof x === 'object' && x ? Object.values(x).join('=') : String(x)))
                .join(',')
            : '(none)';
    return String(v);
}

;// CONCATENATED MODULE: ./src/plan/ensure/auth-token.ts
function authTokenState(cfg, obs, names, g) {
    if (!cfg.authTokenEnabled)
        return { store: undefined, rotate: false, known: undefined, reason: '' };
    const stored = obs.ssm[names.ssm.authToken]?.value;
    const pending = obs.ssm[names.ssm.authTokenPending]?.value;
    if (!g)
        return forNewGroup(names, stored, pending);
    if (pending)
        return resuming(obs, g, names, stored, pending);
    if (cfg.authTokenRotate || !g.authTokenEnabled || !stored) {
        const why = cfg.authTokenRotate
            ? 'auth_token_rotate: rotate to a new AUTH token'
            : !g.authTokenEnabled
                ? 'auth_token_enabled false → true: enable AUTH'
                : `the group has AUTH on but no token is stored in ${names.ssm.authToken}: rotate to a stored one`;
        return {
            store: generate(names.ssm.authTokenPending, `${why}: generate the new token and store it in ${names.ssm.authTokenPending} before using it`),
            rotate: true,
            known: undefined,
            reason: why,
        };
    }
    return { store: undefined, rotate: false, known: stored, reason: '' };
}
function generate(parameterName, reason) {
    return { kind: 'store-auth-token', parameterName, generate: true, reason };
}
/**
 * Create: the token goes straight into AUTH_TOKEN before the group exists (reused if stored).
 * A pending token belongs to a token change of a group that is gone: no group accepts it, and
 * left in place it would make the next run believe that change is still under way.
 */
function forNewGroup(names, stored, pending) {
    return {
        discard: pending
            ? {
                kind: 'delete-ssm-parameter',
                parameterName: names.ssm.authTokenPending,
                reason: `${names.ssm.authTokenPending} is left from a token change of a group that no longer exists: delete it`,
            }
            : undefined,
        store: stored
            ? undefined
            : generate(names.ssm.authToken, `generate an AUTH token and store it in ${names.ssm.authToken} (SecureString) before creating the group`),
        rotate: false,
        known: stored,
        reason: '',
    };
}
/**
 * Resume from where the earlier run stopped. ROTATE happened when AWS says so, or when this action
 * recorded it:
 * - the group: a token change is under way (PendingModifiedValues.AuthTokenStatus ROTATING), or
 *   its token changed after the pending token was stored (AuthTokenLastModifiedDate later than the
 *   pending parameter's LastModifiedDate) — the only token it can have changed to is that one;
 * - our records: AUTH_TOKEN already equal to the pending token (ROTATE and the publish are done),
 *   or the pending parameter at version 2 or later (re-written right after AWS accepted ROTATE).
 * The group's word covers a run that died between ROTATE and its mark. Re-issuing ROTATE then
 * would be wrong: AWS keeps at most two tokens, and clients still on the old one would lose access
 * before SET.
 */
function resuming(obs, g, names, stored, pending) {
    const param = obs.ssm[names.ssm.authTokenPending];
    const storedAlready = stored === pending;
    // Stryker disable next-line OptionalChaining: `param` is defined whenever a pending token is (it holds it).
    const rotated = storedAlready || (param?.version ?? 1) >= 2 || groupRotatedSince(g, param?.lastModified);
    return {
        store: undefined,
        rotate: true,
        rotated,
        storedAlready,
        known: pending,
        reason: `${names.ssm.authTokenPending} exists: an earlier run stopped during a token change${rotated ? ' after ROTATE' : ''}; finish it`,
    };
}
/** The group reports a token change under way, or one made after `since` (ms). */
function groupRotatedSince(g, since) {
    if (g.pendingAuthTokenStatus === 'ROTATING')
        return true;
    // Stryker disable next-line ConditionalExpression,LogicalOperator: the undefined checks only narrow the types; `>` with undefined is false anyway.
    return since !== undefined && g.authTokenLastModified !== undefined && g.authTokenLastModified > since;
}

// EXTERNAL MODULE: ./src/domain/engine.ts
var engine = __webpack_require__(9548);
// EXTERNAL MODULE: ./src/domain/node-types.ts
var node_types = __webpack_require__(2090);
// EXTERNAL MODULE: ./src/domain/sets.ts
var sets = __webpack_require__(4903);
;// CONCATENATED MODULE: ./src/plan/ensure/checks.ts
// Refusals and warnings decided before any write: anything AWS cannot do in place, or that the
// inputs and the observed state contradict, stops the run with zero writes.





// ---------------------------------------------------------------------------------------------
// Refusals: decided before any write.
function checkSubnets(cfg, obs, plan) {
    const vpcs = [...new Set(obs.subnets.map((s) => s.vpcId))];
    if (vpcs.length > 1) {
        plan.refusals.push(`Input "subnet_ids": the subnets are in different VPCs (${obs.subnets.map((s) => `${s.id} in ${s.vpcId}`).join(', ')}); a cache subnet group needs subnets of one VPC.`);
    }
    if (!cfg.allowPublicSubnets) {
        for (const s of obs.subnets) {
            if (s.internetGatewayRoute) {
                plan.refusals.push(`Input "subnet_ids": subnet ${s.id} is public: its route table sends 0.0.0.0/0 to internet gateway ${s.internetGatewayRoute}. ` +
                    `Use private subnets (the spec's "private subnets only"), or set allow_public_subnets: true if you really mean it.`);
            }
        }
    }
    const azs = new Set(obs.subnets.map((s) => s.availabilityZone));
    if (cfg.multiAzEnabled && azs.size < 2) {
        plan.refusals.push(`Input "multi_az_enabled": Multi-AZ needs subnets in at least two availability zones, but subnet_ids are all in ${[...azs].join(', ') || 'one zone'}. Add a subnet in another zone or set multi_az_enabled: false.`);
    }
    if (obs.subnetGroup && obs.vpcId && obs.subnetGroup.vpcId && obs.subnetGroup.vpcId !== obs.vpcId) {
        plan.refusals.push(`Input "subnet_ids": the subnets are in ${obs.vpcId} but cache subnet group ${obs.subnetGroup.name} is in ${obs.subnetGroup.vpcId}; a replication group cannot move VPCs. Snapshot it and restore into a new name in the new VPC.`);
    }
}
/** Referenced security groups must be in the group's VPC (one that does not exist stops observe). */
function checkReferences(cfg, obs, plan) {
    for (const [id, vpc] of Object.entries(obs.referencedSecurityGroups)) {
        if (vpc !== undefined && cfg.securityGroupIds.includes(id) && obs.vpcId && vpc !== obs.vpcId) {
            plan.refusals.push(`Input "security_group_ids": security group ${id} is in ${vpc}, but the subnets are in ${obs.vpcId}; only security groups of the group's own VPC can be attached.`);
        }
    }
}
function checkGroupUsable(cfg, g, plan, planOnly) {
    if (g.status === 'create-failed') {
        plan.refusals.push(`Replication group ${g.id} is in create-failed. This action does not delete groups: delete it (aws elasticache delete-replication-group --replication-group-id ${g.id}) after reading its events, then re-run.`);
    }
    else if (g.status === 'deleting') {
        plan.refusals.push(`Replication group ${g.id} is being deleted; wait until it is gone, then re-run to create it again.`);
    }
    else if (planOnly && (0,group_state/* isBusyGroup */.XC)(g)) {
        const member = (0,group_state/* busyMember */.O9)(g);
        const state = g.status === 'available' && member ? `available but member ${member.id} is ${member.status}` : g.status;
        plan.warnings.push(`Replication group ${g.id} is ${state} (another run or AWS is busy with it). ` +
            `This plan is computed from its current state${g.status === 'available' ? '' : ' (tags not compared: ElastiCache lists them only for an available group)'}; apply waits until it is available, then plans again.`);
    }
    else if (g.status !== 'available') {
        plan.refusals.push(`Replication group ${g.id} is ${g.status}, not available; re-run when it is available.`);
    }
    if (g.clusterEnabled) {
        plan.refusals.push(`Replication group ${g.id} has cluster mode enabled: Celery's Redis transport and DB numbers other than 0 do not work on it. This action manages cluster-mode-disabled groups only.`);
    }
}
function migrate(name) {
    return (`AWS cannot change this in place. To migrate: take a snapshot (aws elasticache create-snapshot --replication-group-id ${name} --snapshot-name ${name}-migrate), ` +
        `restore it into a new group under a new name with the new settings, switch your apps to the new URLs, then delete the old group.`);
}
function checkImmutable(cfg, g, names, plan) {
    const refuse = (input, from, to) => plan.refusals.push(`Input "${input}": the group has ${from}, the input asks for ${to}. ${migrate(g.id)}`);
    if (g.atRestEncryptionEnabled !== cfg.atRestEncryptionEnabled) {
        refuse('at_rest_encryption_enabled', String(g.atRestEncryptionEnabled), String(cfg.atRestEncryptionEnabled));
    }
    const comparableKey = cfg.kmsKeyId !== undefined && !/(^|:)alias\//.test(cfg.kmsKeyId);
    if (comparableKey &&
        cfg.kmsKeyId !== undefined &&
        g.kmsKeyId !== undefined &&
        !sameKmsKey(g.kmsKeyId, cfg.kmsKeyId)) {
        refuse('kms_key_id', g.kmsKeyId, cfg.kmsKeyId);
    }
    else if ((cfg.kmsKeyId === undefined) !== (g.kmsKeyId === undefined) && g.atRestEncryptionEnabled) {
        refuse('kms_key_id', g.kmsKeyId ?? 'the AWS managed key', cfg.kmsKeyId ?? 'the AWS managed key');
    }
    if (g.port !== undefined && g.port !== cfg.port)
        refuse('port', String(g.port), String(cfg.port));
    if (g.engine === 'valkey' && cfg.engine === 'redis') {
        refuse('engine', 'valkey', 'redis (valkey → redis is not supported)');
    }
    if (g.engineVersion && (0,engine/* compareVersions */.Zy)(cfg.engineVersion, g.engineVersion, { majorMinorOnly: true }) < 0) {
        refuse('engine_version', `${g.engine ?? ''} ${g.engineVersion}`.trim(), `${cfg.engine} ${cfg.engineVersion} (a downgrade)`);
    }
    if (g.dataTiering !== (0,node_types/* isDataTieringNodeType */.H)(cfg.nodeType)) {
        refuse('node_type', `data tiering ${g.dataTiering ? 'on' : 'off'} (${g.nodeType})`, `${cfg.nodeType} (data tiering ${g.dataTiering ? 'off' : 'on'})`);
    }
    if (g.authTokenEnabled && !cfg.authTokenEnabled) {
        plan.refusals.push(`Input "auth_token_enabled": the group has AUTH on and the input turns it off. ElastiCache can only remove an AUTH token by migrating to RBAC user groups (AuthTokenUpdateStrategy DELETE), which this action does not manage. Keep auth_token_enabled: true, or ${migrate(g.id)}`);
    }
    const transitChanges = g.transitEncryptionEnabled !== cfg.transitEncryptionEnabled;
    if (transitChanges &&
        g.engineVersion &&
        !(0,engine/* supportsInPlaceTransitEncryption */.Jg)(g.engine ?? cfg.engine, g.engineVersion)) {
        refuse('transit_encryption_enabled', `TLS ${g.transitEncryptionEnabled ? 'on' : 'off'} on ${g.engine} ${g.engineVersion}`, `TLS ${cfg.transitEncryptionEnabled ? 'on' : 'off'} (in place needs Redis ≥ 7.0.5 or Valkey; upgrade engine_version first)`);
    }
}
/**
 * A group created elsewhere may use a subnet group that is not ours (`default`, or one shared with
 * other groups). This action never modifies or tags it, and a replication group cannot switch
 * subnet groups in place: the inputs must name the subnets it already has.
 */
function checkForeignSubnetGroup(cfg, obs, g, names, plan) {
    const used = obs.subnetGroup;
    if ((0,ownership/* usesOurSubnetGroup */.dp)(g, names) || !used)
        return;
    if ((0,sets/* sameSet */.X)(used.subnetIds, cfg.subnetIds))
        return;
    plan.refusals.push(`Input "subnet_ids": replication group ${g.id} uses cache subnet group ${used.name} (not created by this action, possibly shared with other groups), ` +
        `which has ${[...used.subnetIds].sort().join(',')}; the input asks for ${[...cfg.subnetIds].sort().join(',')}. ` +
        `This action only changes its own subnet group (${names.subnetGroup}) and a group cannot switch subnet groups in place. ` +
        // Stryker disable next-line Regex: the phrase occurs only at the start of migrate()'s text, so the ^ anchor changes nothing
        `Set subnet_ids to the subnets it has, or change ${used.name} yourself; to move the group onto ${names.subnetGroup}: ${migrate(g.id).replace(/^AWS cannot change this in place\. To migrate: /, '')}`);
}
function sameKmsKey(a, b) {
    // Stryker disable next-line Regex: a validated kms_key_id and AWS's KmsKeyId are a key id or a key ARN, which starts with arn:, so the ^ anchor changes nothing
    const id = (k) => k.replace(/^arn:[^:]+:kms:[^:]*:[^:]*:key\//, '');
    return id(a) === id(b);
}
function warnAboutEviction(cfg, plan) {
    if (cfg.parameters['maxmemory-policy'].startsWith('allkeys-')) {
        plan.warnings.push(`maxmemory_policy is ${cfg.parameters['maxmemory-policy']} and this group also publishes a Celery broker URL (DB ${cfg.celeryDb}). ` +
            `Eviction is instance-wide: when memory fills, Redis may evict Celery's queue lists and _kombu.binding.* keys (they have no TTL), silently losing tasks. ` +
            `Use a separate replication group for the broker with maxmemory_policy: noeviction, or use volatile-lru here so only keys with a TTL are evicted.`);
    }
}
/**
 * preferred_cache_cluster_azs: every zone must have a subnet in subnet_ids; on an existing group
 * (create-only) the zones its nodes are in must agree with the input (as a multiset; when the node
 * count changes in this run, the smaller list must be part of the larger).
 */
function checkPreferredAzs(cfg, obs, g, plan) {
    const want = cfg.preferredCacheClusterAzs;
    if (!want.length)
        return;
    const zones = [...new Set(obs.subnets.map((s) => s.availabilityZone))].sort();
    const outside = [...new Set(want.filter((z) => !zones.includes(z)))];
    if (outside.length) {
        plan.refusals.push(`Input "preferred_cache_cluster_azs": ${outside.join(', ')} ${outside.length === 1 ? 'has' : 'have'} no subnet in subnet_ids (their zones: ${zones.join(', ') || 'none'}); list only those zones, or add a subnet there.`);
        return;
    }
    if (!g)
        return;
    const have = g.members.map((m) => m.availabilityZone).filter((z) => !!z);
    if (have.length !== g.members.length)
        return; // zones not reported (busy group): nothing to compare
    const [small, big] = have.length <= want.length ? [have, want] : [want, have];
    const left = [...big];
    const fits = small.every((z) => {
        const i = left.indexOf(z);
        if (i >= 0)
            left.splice(i, 1);
        return i >= 0;
    });
    if (!fits)
        plan.refusals.push(`Input "preferred_cache_cluster_azs": the nodes of ${g.id} are in ${have.join(', ')}, the input asks for ${want.join(', ')}. ` +
            `ElastiCache sets the zones only when it creates a group: keep the zones the group has, or empty the input. ${migrate(g.id)}`);
}
/**
 * network_type: dual_stack and ipv6 need every subnet to have an associated IPv6 CIDR block; on an
 * existing group (create-only) the network type it has must be the input's.
 */
function checkNetworkType(cfg, obs, g, plan) {
    if (cfg.networkType !== 'ipv4') {
        const ipv4Only = obs.subnets.filter((s) => s.ipv6CidrBlocks.length === 0).map((s) => s.id);
        if (ipv4Only.length) {
            plan.refusals.push(`Input "network_type": ${cfg.networkType} needs an IPv6 CIDR block on every subnet, and ${ipv4Only.join(', ')} ${ipv4Only.length === 1 ? 'has' : 'have'} none. ` +
                `Associate one with each (aws ec2 associate-subnet-cidr-block --subnet-id <id> --ipv6-cidr-block <block>, after giving the VPC one), list only dual-stack subnets in subnet_ids, or set network_type: ipv4.`);
        }
    }
    if (g?.networkType !== undefined && g.networkType !== cfg.networkType) {
        plan.refusals.push(`Input "network_type": the group has ${g.networkType}, the input asks for ${cfg.networkType}. ` +
            `ElastiCache sets the network type only when it creates a group: set network_type: ${g.networkType}. ${migrate(g.id)}`);
    }
}

// EXTERNAL MODULE: ./src/plan/ensure/publish.ts
var ensure_publish = __webpack_require__(7845);
;// CONCATENATED MODULE: ./src/plan/ensure/restore.ts
// Restore (snapshot_name on apply): a missing group is created from the snapshot. Before any write
// the plan checks the snapshot exists, is available, and fits what the inputs create:
//   - engine: the same, or a Redis OSS snapshot into Valkey (AWS restores Redis OSS backups into
//     Valkey, never Valkey into Redis OSS; elasticache-api.md §2 allows the same move in place);
//   - version: engine_version not older than the snapshot's (major.minor);
//   - data tiering: a snapshot of an r6gd (data tiering) group restores only into r6gd;
//   - cluster mode: a snapshot of more than one shard cannot seed a cluster-mode-disabled group.
// The port may differ (Port is sent with the create): a warning says so.


const INPUT = 'Input "snapshot_name"';
function checkRestore(cfg, obs, plan) {
    const name = cfg.snapshotName;
    if (name === undefined)
        return;
    const s = obs.restoreSnapshot;
    if (!s) {
        plan.refusals.push(`${INPUT}: snapshot ${name} does not exist in ${cfg.region} (SnapshotNotFoundFault); check the name (ElastiCache stores snapshot names lowercase) and aws_region. Nothing was created.`);
        return;
    }
    if (s.status !== 'available') {
        plan.refusals.push(`${INPUT}: snapshot ${s.name} is ${s.status}; a group can only be restored from an available snapshot. Re-run once it is available (mode snapshot waits for the snapshots it takes).`);
        return;
    }
    const from = `${s.engine ?? 'unknown engine'} ${s.engineVersion ?? ''}`.trim();
    if (s.engine && s.engine !== cfg.engine && !(s.engine === 'redis' && cfg.engine === 'valkey')) {
        plan.refusals.push(`Input "engine": snapshot ${s.name} was taken from ${from}; ElastiCache cannot restore a ${s.engine} snapshot into ${cfg.engine} (Redis OSS snapshots restore into Valkey, not the other way). Set engine: ${s.engine}.`);
    }
    const snapVersion = s.engineVersion ? (0,engine/* majorMinor */.vI)(s.engineVersion) : undefined;
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: both versions are major.minor here, so comparing them whole is the same
    if (snapVersion && (0,engine/* compareVersions */.Zy)(cfg.engineVersion, snapVersion, { majorMinorOnly: true }) < 0) {
        plan.refusals.push(`Input "engine_version": snapshot ${s.name} was taken from ${from}; a restore cannot go to an older version than ${snapVersion}. Set engine_version to ${snapVersion} or later.`);
    }
    if (s.dataTiering && !(0,node_types/* isDataTieringNodeType */.H)(cfg.nodeType)) {
        plan.refusals.push(`Input "node_type": snapshot ${s.name} was taken from a data tiering group (${s.nodeType ?? 'r6gd'}) and restores only into a data tiering node type (cache.r6gd.*), not ${cfg.nodeType}.`);
    }
    if ((s.numNodeGroups ?? 1) > 1) {
        plan.refusals.push(`${INPUT}: snapshot ${s.name} holds ${s.numNodeGroups} shards (cluster mode enabled); this action creates a cluster-mode-disabled group, which such a snapshot cannot seed.`);
    }
    if (s.port !== undefined && s.port !== cfg.port) {
        plan.warnings.push(`Snapshot ${s.name} was taken from a group on port ${s.port}; the restored group listens on port ${cfg.port} (input port). The published URLs use ${cfg.port}.`);
    }
}
/** The notice for snapshot_name on a group that exists: a snapshot only seeds a new group. */
function restoreIgnoredNotice(cfg, g) {
    if (cfg.snapshotName === undefined)
        return undefined;
    return (`Input "snapshot_name" (${cfg.snapshotName}) is ignored: replication group ${g.id} already exists (${g.status}), ` +
        `and a snapshot can only seed a new group (CreateReplicationGroup), perhaps this very group on an earlier run. ` +
        `To restore into it, destroy it first or restore into a new name; remove the input once the restore is done.`);
}

// EXTERNAL MODULE: ./src/plan/ensure/replication-group.ts + 1 modules
var replication_group = __webpack_require__(4101);
// EXTERNAL MODULE: ./src/domain/parameter-metadata.ts
var parameter_metadata = __webpack_require__(4553);
;// CONCATENATED MODULE: ./src/plan/ensure/supporting.ts
// Level 0: subnet group, parameter group, security group, log groups (independent of each other).



function supportingResources(cfg, obs, names, g) {
    return [
        ...subnetGroupSteps(cfg, obs, names, g),
        ...parameterGroupSteps(cfg, obs, names),
        ...securityGroupSteps(cfg, obs, names),
        ...logGroupSteps(cfg, obs, names),
    ];
}
/** Our subnet group: created, or its subnets kept equal to subnet_ids. */
function subnetGroupSteps(cfg, obs, names, g) {
    const out = [];
    const sg = obs.subnetGroup;
    // Someone else's subnet group is left alone (checkForeignSubnetGroup refuses a mismatch).
    const ours = (0,ownership/* usesOurSubnetGroup */.dp)(g, names);
    if (ours && !sg) {
        out.push({
            kind: 'create-subnet-group',
            name: names.subnetGroup,
            subnetIds: cfg.subnetIds,
            reason: `cache subnet group ${names.subnetGroup} is missing: create it with ${cfg.subnetIds.join(', ')}`,
        });
    }
    else if (ours && sg && !(0,sets/* sameSet */.X)(sg.subnetIds, cfg.subnetIds)) {
        out.push({
            kind: 'modify-subnet-group',
            name: names.subnetGroup,
            subnetIds: cfg.subnetIds,
            reason: `subnet_ids ${[...sg.subnetIds].sort().join(',')} → ${[...cfg.subnetIds].sort().join(',')}`,
        });
    }
    return out;
}
/**
 * The Django-tuned parameter group: created, or its values kept equal to the four Django defaults
 * with the `parameters` input merged over them. A parameter set before and no longer asked for goes
 * back to the family default (ResetCacheParameterGroup). How "set before" is known: the group is
 * this action's own (named after the replication group and family), so every user-set value in it
 * (DescribeCacheParameters Source user) that differs from the family default is one this action set
 * (or a hand edit, which the action also undoes); a user-set value equal to the default is left
 * alone, as resetting it would change nothing.
 */
function parameterGroupSteps(cfg, obs, names) {
    const out = [];
    const desiredParams = { ...cfg.parameters };
    const pg = obs.parameterGroup;
    if (!pg) {
        out.push({
            kind: 'create-parameter-group',
            name: names.parameterGroup,
            family: cfg.family,
            parameters: desiredParams,
            reason: `parameter group ${names.parameterGroup} (${cfg.family}) is missing: create it with ${formatParams(desiredParams)}`,
        });
        return out;
    }
    const changed = Object.fromEntries(Object.entries(desiredParams).filter(([k, v]) => pg.values[k] !== v));
    if (Object.keys(changed).length) {
        out.push({
            kind: 'modify-parameter-group',
            name: pg.name,
            parameters: changed,
            reason: Object.entries(changed)
                .map(([k, v]) => `${inputOfParameter(k)} ${pg.values[k] ?? '(default)'} → ${v}${rebootNote(cfg, k)}`)
                .join('; '),
        });
    }
    const reset = parametersToReset(cfg, pg.values);
    if (reset.length) {
        out.push({
            kind: 'reset-parameters',
            name: pg.name,
            parameterNames: reset,
            reason: reset
                .map((k) => `parameters["${k}"] ${pg.values[k]} → family default ${(0,parameter_metadata/* parameterSpec */.HG)(cfg.family, k)?.defaultValue ?? ''} (no longer in the parameters input)${rebootNote(cfg, k)}`)
                .join('; '),
        });
    }
    return out;
}
/** User-set parameters no longer asked for whose value differs from the family default. */
function parametersToReset(cfg, values) {
    return Object.entries(values)
        .filter(([k, v]) => !Object.hasOwn(cfg.parameters, k) && v !== (0,parameter_metadata/* parameterSpec */.HG)(cfg.family, k)?.defaultValue)
        .map(([k]) => k)
        .sort();
}
function rebootNote(cfg, name) {
    return (0,parameter_metadata/* parameterSpec */.HG)(cfg.family, name)?.changeType === 'requires-reboot'
        ? ' (takes effect after a reboot)'
        : '';
}
/**
 * Parameter changes that need a reboot are set in the parameter group but do not reach the nodes
 * until each is rebooted. This action never reboots (it would drop every connection): it says so,
 * with what to do, on the run that makes the change and on every run while a member still reports
 * pending-reboot.
 */
function rebootPending(cfg, obs, g) {
    const pg = obs.parameterGroup;
    if (!g || !pg)
        return [];
    const needsReboot = (k) => (0,parameter_metadata/* parameterSpec */.HG)(cfg.family, k)?.changeType === 'requires-reboot';
    const changing = [
        ...Object.entries(cfg.parameters)
            .filter(([k, v]) => pg.values[k] !== v && needsReboot(k))
            .map(([k]) => k),
        ...parametersToReset(cfg, pg.values).filter(needsReboot),
    ];
    if (!changing.length && g.parameterApplyStatus !== 'pending-reboot')
        return [];
    const what = changing.length
        ? `parameter ${changing.join(', ')} changes in ${pg.name}`
        : `parameter group ${pg.name} has changes`;
    const reboot = g.memberClusters
        .map((id) => `aws elasticache reboot-cache-cluster --cache-cluster-id ${id} --cache-node-ids-to-reboot 0001`)
        .join('; ');
    return [
        `${what} that take effect only when the nodes reboot (ChangeType requires-reboot); this action never reboots. ` +
            `When a short disconnect is acceptable, reboot the replicas, then the primary: ${reboot}.`,
    ];
}
/** Our security group: created, and its ingress kept to exactly the inputs. */
function securityGroupSteps(cfg, obs, names) {
    const out = [];
    const desiredIngress = {
        port: cfg.port,
        securityGroupIds: cfg.allowedSecurityGroupIds,
        cidrBlocks: cfg.allowedCidrBlocks,
    };
    const sec = obs.securityGroup;
    if (!sec) {
        out.push({
            kind: 'create-security-group',
            name: names.securityGroup,
            vpcId: obs.vpcId ?? '',
            ingress: desiredIngress,
            reason: `security group ${names.securityGroup} is missing: create it in ${obs.vpcId ?? 'the subnets’ VPC'} with ingress on ${cfg.port}/tcp from ${describeSources(desiredIngress)}`,
        });
    }
    else {
        const addSg = cfg.allowedSecurityGroupIds.filter((id) => !sec.ingress.securityGroupIds.includes(id));
        const addCidr = cfg.allowedCidrBlocks.filter((c) => !sec.ingress.cidrBlocks.includes(c));
        const delSg = sec.ingress.securityGroupIds.filter((id) => !cfg.allowedSecurityGroupIds.includes(id));
        const delCidr = sec.ingress.cidrBlocks.filter((c) => !cfg.allowedCidrBlocks.includes(c));
        if (addSg.length + addCidr.length) {
            const rules = { port: cfg.port, securityGroupIds: addSg, cidrBlocks: addCidr };
            out.push({
                kind: 'authorize-ingress',
                ...rules,
                reason: `allow ${cfg.port}/tcp from ${describeSources(rules)} on ${sec.id}`,
            });
        }
        if (delSg.length + delCidr.length) {
            const rules = { port: cfg.port, securityGroupIds: delSg, cidrBlocks: delCidr };
            out.push({
                kind: 'revoke-ingress',
                ...rules,
                reason: `revoke ${cfg.port}/tcp from ${describeSources(rules)} on ${sec.id} (not in allowed_security_group_ids/allowed_cidr_blocks)`,
            });
        }
        if (sec.otherPermissions.length) {
            out.push({
                kind: 'revoke-other-ingress',
                permissions: sec.otherPermissions,
                reason: `revoke ${sec.otherPermissions.map(describePermission).join('; ')} on ${sec.id} (only ${cfg.port}/tcp from the allowed groups and CIDRs belongs there)`,
            });
        }
    }
    return out;
}
/** The slow-log and engine-log groups, with log_retention_days. */
function logGroupSteps(cfg, obs, names) {
    const out = [];
    for (const logGroup of [names.slowLogGroup, names.engineLogGroup]) {
        const desired = cfg.logRetentionDays;
        if (!(logGroup in obs.logGroups)) {
            out.push({
                kind: 'create-log-group',
                name: logGroup,
                retentionDays: desired,
                reason: `log group ${logGroup} is missing: create it (retention ${desired ? `${desired} days` : 'never expire'})`,
            });
        }
        else if (desired !== 0 && obs.logGroups[logGroup] !== desired) {
            out.push({
                kind: 'put-log-retention',
                name: logGroup,
                retentionDays: desired,
                reason: `log_retention_days ${obs.logGroups[logGroup] ?? 'never expire'} → ${desired} on ${logGroup}`,
            });
        }
        else if (desired === 0 && obs.logGroups[logGroup] !== undefined) {
            out.push({
                kind: 'delete-log-retention',
                name: logGroup,
                reason: `log_retention_days ${obs.logGroups[logGroup]} → 0 (never expire) on ${logGroup}`,
            });
        }
    }
    return out;
}
const DJANGO_INPUTS = {
    'maxmemory-policy': 'maxmemory_policy',
    timeout: 'timeout',
    'tcp-keepalive': 'tcp_keepalive',
    'maxmemory-samples': 'maxmemory_samples',
};
/** The input a parameter comes from: one of the four Django inputs, or the `parameters` map. */
function inputOfParameter(p) {
    return DJANGO_INPUTS[p] ?? `parameters["${p}"]`;
}
function formatParams(p) {
    return Object.entries(p)
        .map(([k, v]) => `${k}=${v}`)
        .join(', ');
}
function describeSources(r) {
    const all = [...r.securityGroupIds, ...r.cidrBlocks];
    return all.length ? all.join(', ') : 'nowhere (no allowed_security_group_ids or allowed_cidr_blocks)';
}
/** Pure: a one-line description of a permission, for plan reasons. */
function describePermission(p) {
    const ports = p.IpProtocol === '-1'
        ? 'all traffic'
        : `${p.FromPort ?? '*'}${p.ToPort !== p.FromPort ? `-${p.ToPort}` : ''}/${p.IpProtocol}`;
    const sources = [
        // Stryker disable ArrayDeclaration: a non-empty fallback holds strings, whose .GroupId (etc.) is undefined and dropped by filter(Boolean)
        ...(p.UserIdGroupPairs ?? []).map((g) => g.GroupId),
        ...(p.IpRanges ?? []).map((r) => r.CidrIp),
        ...(p.Ipv6Ranges ?? []).map((r) => r.CidrIpv6),
        ...(p.PrefixListIds ?? []).map((r) => r.PrefixListId),
        // Stryker restore ArrayDeclaration
    ].filter(Boolean);
    return `${ports} from ${sources.join(', ') || 'nowhere'}`;
}

;// CONCATENATED MODULE: ./src/plan/ensure/tags.ts
// Tags: read on the replication group, written to every managed resource.


function tagChanges(have, want) {
    const steps = [];
    const stable = Object.entries(want).filter(([k]) => !domain_names/* VOLATILE_TAGS */.tN.has(k) && !ownership/* CREATE_ONLY_TAGS */.KE.has(k));
    const changed = stable.filter(([k, v]) => have[k] !== v);
    if (changed.length) {
        // Provenance rides along with a real change; alone it is never a reason to write.
        const add = Object.fromEntries(changed);
        for (const k of domain_names/* VOLATILE_TAGS */.tN)
            if (want[k] !== undefined)
                add[k] = want[k];
        steps.push({
            kind: 'add-tags',
            tags: add,
            reason: `tags: set ${changed.map(([k, v]) => `${k}=${v}${have[k] !== undefined ? ` (was ${have[k]})` : ''}`).join(', ')}`,
        });
    }
    const remove = Object.keys(have).filter((k) => !(k in want) &&
        !domain_names/* VOLATILE_TAGS */.tN.has(k) &&
        !ownership/* CREATE_ONLY_TAGS */.KE.has(k) &&
        !k.toLowerCase().startsWith('aws:'));
    if (remove.length) {
        steps.push({
            kind: 'remove-tags',
            keys: remove,
            reason: `tags: remove ${remove.join(', ')} (not in the inputs)`,
        });
    }
    return steps;
}

;// CONCATENATED MODULE: ./src/plan/ensure/index.ts
// The planner of `apply` (and its dry run `plan`) is pure: desired config + observed state → an
// ordered list of steps with reasons. It makes no AWS call and reads no clock, so every rule here
// is unit-tested directly, and plan mode, the apply log and the job summary all render exactly the
// list the executor runs. Each concern lives in its own file of this folder.










function planApply(cfg, obs, ctx) {
    const names = (0,domain_names/* resourceNames */.Nr)(cfg);
    const plan = { action: 'none', steps: [], refusals: [], warnings: [], pending: [] };
    const g = obs.group;
    checkSubnets(cfg, obs, plan);
    checkReferences(cfg, obs, plan);
    checkPreferredAzs(cfg, obs, g, plan);
    checkNetworkType(cfg, obs, g, plan);
    if (g) {
        checkGroupUsable(cfg, g, plan, ctx.planOnly === true);
        checkImmutable(cfg, g, names, plan);
        checkForeignSubnetGroup(cfg, obs, g, names, plan);
    }
    else {
        checkRestore(cfg, obs, plan);
    }
    warnAboutEviction(cfg, plan);
    if (plan.refusals.length)
        return plan;
    // Level 0: everything around the group, and the token stored before anything uses it.
    const token = authTokenState(cfg, obs, names, g);
    const seq = new sequence/* Sequence */.g().together([
        ...supportingResources(cfg, obs, names, g),
        ...(token.store ? [token.store] : []),
        ...(token.discard ? [token.discard] : []),
    ]);
    if (g) {
        updateGroup(cfg, obs, g, names, token, ctx, plan, seq);
        plan.action = seq.steps.length ? 'update' : 'none';
    }
    else {
        createGroup(cfg, names, seq);
        plan.action = 'create';
    }
    // Last: the alarms of the members the group has once this run is done (none of this needs them).
    seq.together(alarmSteps(cfg, obs, g));
    if (g && seq.steps.length)
        plan.action = 'update';
    plan.steps = seq.steps;
    plan.pending.push(...rebootPending(cfg, obs, g));
    return plan;
}
/** Create, then (when asked to wait) wait and publish the URLs. */
function createGroup(cfg, names, seq) {
    seq.then({
        kind: 'create-replication-group',
        ...(cfg.snapshotName ? { snapshotName: cfg.snapshotName } : {}),
        reason: createReason(cfg),
    });
    if (!cfg.wait)
        return;
    seq.then({
        kind: 'wait-available',
        reason: `wait until ${cfg.name} and its ${cfg.numCacheClusters} node(s) are available`,
    });
    seq.then({
        kind: 'publish-ssm',
        parameterNames: (0,domain_names/* urlParameterNames */.TY)(names),
        reason: 'publish the connection URLs',
    });
}
/** Change the group in AWS's order, waiting after each change; then tags; then the URLs. */
function updateGroup(cfg, obs, g, names, token, ctx, plan, seq) {
    const rgLevels = (0,replication_group/* replicationGroupSteps */.tb)(cfg, obs, g, names, token, plan);
    // Tags are read only from an available group (observe): a busy one (plan mode) has none to compare.
    const tagSteps = g.status === 'available' ? tagChanges(g.tags, ctx.tags) : [];
    rgLevels.forEach((group, i) => {
        seq.together(group);
        // The next call is refused until the group and every member are available again, so wait after
        // each change of the group; after the last one only when asked to (or when something follows).
        const mutates = group.some((s) => GROUP_MUTATIONS.has(s.kind));
        if (mutates && (i < rgLevels.length - 1 || cfg.wait || tagSteps.length)) {
            seq.then({
                kind: 'wait-available',
                reason: `wait until ${cfg.name} and its members are available after: ${group.map((s) => s.reason).join('; ')}`,
            });
        }
    });
    seq.together(tagSteps);
    // URLs published within the sequence (TLS migration, token change) are not published again.
    if (!rgLevels.flat().some((s) => s.kind === 'publish-ssm')) {
        const publish = (0,ensure_publish/* publishStep */.g)(cfg, obs, g, names, token);
        if (publish)
            seq.then(publish);
    }
}
/** Steps that change the replication group itself (each must be followed by a wait). */
const GROUP_MUTATIONS = new Set([
    'increase-replicas',
    'decrease-replicas',
    'modify-replication-group',
    'auth-token',
]);
function createReason(cfg) {
    const parts = [
        `${cfg.engine} ${cfg.engineVersion}`,
        `${cfg.numCacheClusters} × ${cfg.nodeType}`,
        cfg.automaticFailoverEnabled ? 'automatic failover' : 'no failover',
        cfg.multiAzEnabled ? 'Multi-AZ' : 'single-AZ',
        cfg.atRestEncryptionEnabled ? 'encrypted at rest' : 'not encrypted at rest',
        cfg.transitEncryptionEnabled ? 'TLS' : 'no TLS',
        cfg.authTokenEnabled ? 'AUTH' : 'no AUTH',
        `backups ${cfg.snapshotRetentionLimit} days`,
    ];
    const from = cfg.snapshotName ? ` from snapshot ${cfg.snapshotName}` : '';
    return `replication group ${cfg.name} is missing: create it${from} (${parts.join(', ')})`;
}

// EXTERNAL MODULE: ./src/report/github.ts
var github = __webpack_require__(7611);
// EXTERNAL MODULE: ./src/domain/urls.ts
var domain_urls = __webpack_require__(3012);
// EXTERNAL MODULE: ./src/report/summary.ts
var report_summary = __webpack_require__(7994);
;// CONCATENATED MODULE: ./src/report/outputs.ts
// What a run publishes besides SSM: step outputs (secrets masked before they are written) and the
// job summary (built from data that never contains the AUTH token: URLs show a placeholder).



function published(cfg, names, o, r) {
    const rg = r?.group;
    const ng = rg?.NodeGroups?.[0];
    const primary = ng?.PrimaryEndpoint?.Address ?? o.group?.primaryEndpoint?.address;
    const reader = ng?.ReaderEndpoint?.Address ?? o.group?.readerEndpoint?.address;
    const port = ng?.PrimaryEndpoint?.Port ?? o.group?.primaryEndpoint?.port ?? cfg.port;
    const token = cfg.authTokenEnabled ? (r?.token ?? o.ssm[names.ssm.authToken]?.value) : undefined;
    const urls = primary && (!cfg.authTokenEnabled || token)
        ? (0,domain_urls/* connectionUrls */.v)({ host: primary, port, tls: cfg.transitEncryptionEnabled, token }, cfg)
        : undefined;
    const readerUrl = reader && (!cfg.authTokenEnabled || token)
        ? (0,domain_urls/* redisUrl */.L)({ host: reader, port, tls: cfg.transitEncryptionEnabled, token }, cfg.cacheDb)
        : undefined;
    return {
        primary,
        reader,
        port,
        arn: rg?.ARN ?? o.group?.arn,
        urls,
        readerUrl,
        token,
        sgId: r?.securityGroupId ?? o.securityGroup?.id,
    };
}
function publishOutputs(io, cfg, names, o, r, status) {
    const p = published(cfg, names, o, r);
    // Mask before anything can print them: the token, and every URL that embeds it.
    if (p.token) {
        io.setSecret(p.token);
        if (p.urls)
            for (const u of Object.values(p.urls))
                io.setSecret(u);
        if (p.readerUrl)
            io.setSecret(p.readerUrl);
    }
    io.setOutput('status', status);
    io.setOutput('replication_group_id', names.replicationGroupId);
    io.setOutput('replication_group_arn', p.arn ?? '');
    io.setOutput('primary_endpoint_address', p.primary ?? '');
    io.setOutput('reader_endpoint_address', p.reader ?? '');
    io.setOutput('port', String(p.port));
    io.setOutput('redis_security_group_id', p.sgId ?? '');
    io.setOutput('redis_url', p.urls?.redisUrl ?? '');
    io.setOutput('celery_broker_url', p.urls?.celeryBrokerUrl ?? '');
    io.setOutput('celery_result_backend_url', p.urls?.celeryResultBackendUrl ?? '');
    io.setOutput('redis_reader_url', p.readerUrl ?? '');
    const parameters = {
        redis_url: names.ssm.redisUrl,
        celery_broker_url: names.ssm.celeryBrokerUrl,
        celery_result_backend_url: names.ssm.celeryResultBackend,
        ...(cfg.authTokenEnabled ? { auth_token: names.ssm.authToken } : {}),
    };
    io.setOutput('ssm_parameter_names', JSON.stringify(parameters));
    io.setOutput('ssm_parameter_arns', JSON.stringify(parameterArns(parameters, p.arn)));
    if (cfg.authTokenEnabled)
        io.setOutput('auth_token_parameter_name', names.ssm.authToken);
    return p.urls;
}
async function writeSummary(io, cfg, names, plan, status, o, r, phases) {
    const data = summaryData(cfg, names, plan, status, o, r, phases);
    try {
        await io.appendSummary((0,report_summary/* renderSummary */.Br)(data));
    }
    catch (e) {
        io.warning(`Could not write the job summary: ${(0,errors/* errorMessage */.gJ)(e)}`);
    }
}
/** What the job summary (and the pull request comment) shows: never the token, URLs with a placeholder. */
function summaryData(cfg, names, plan, status, o, r, phases) {
    const p = published(cfg, names, o, r);
    const display = p.primary
        ? (0,domain_urls/* connectionUrls */.v)({
            host: p.primary,
            port: p.port,
            tls: cfg.transitEncryptionEnabled,
            token: cfg.authTokenEnabled ? 'AUTH_TOKEN' : undefined,
        }, cfg)
        : undefined;
    return {
        name: cfg.name,
        region: cfg.region,
        mode: cfg.mode,
        status,
        plan,
        resources: [
            ['replication group', names.replicationGroupId],
            ...(p.arn ? [['ARN', p.arn]] : []),
            ...(p.primary ? [['primary endpoint', `${p.primary}:${p.port}`]] : []),
            ...(p.reader ? [['reader endpoint', `${p.reader}:${p.port}`]] : []),
            ['security group', p.sgId ?? names.securityGroup],
            ['subnet group', o.group?.subnetGroupName ?? names.subnetGroup],
            ['parameter group', names.parameterGroup],
            ['log groups', `${names.slowLogGroup}, ${names.engineLogGroup}`],
        ],
        displayUrls: display
            ? [
                [`cache (DB ${cfg.cacheDb})`, display.redisUrl],
                [`Celery broker (DB ${cfg.celeryDb})`, display.celeryBrokerUrl],
                [`Celery results (DB ${cfg.celeryResultDb})`, display.celeryResultBackendUrl],
            ]
            : [],
        ssmParameters: [
            ['REDIS_URL', names.ssm.redisUrl],
            ['CELERY_BROKER_URL', names.ssm.celeryBrokerUrl],
            ['CELERY_RESULT_BACKEND', names.ssm.celeryResultBackend],
            ...(cfg.authTokenEnabled ? [['AUTH_TOKEN', names.ssm.authToken]] : []),
        ],
        phases,
    };
}
/**
 * SSM parameter ARNs (what ECS task definitions put in secrets[].valueFrom), in the group's partition,
 * region and account; {} while the group does not exist yet (mode plan before the first apply).
 */
function parameterArns(parameters, groupArn) {
    const m = /^arn:([^:]+):elasticache:([^:]+):(\d{12}):/.exec(groupArn ?? '');
    if (!m)
        return {};
    const [, partition, region, account] = m;
    return Object.fromEntries(Object.entries(parameters).map(([k, name]) => [
        k,
        `arn:${partition}:ssm:${region}:${account}:parameter/${name.replace(/^\//, '')}`,
    ]));
}

// EXTERNAL MODULE: ./src/report/phases.ts
var report_phases = __webpack_require__(2568);
;// CONCATENATED MODULE: ./src/report/pr-comment.ts
// pr_comment: one comment on the pull request with the endpoints, the SSM parameter names and the
// plan, rendered from the job summary's data (so never a secret: URLs carry an AUTH_TOKEN
// placeholder), and updated in place on later runs: it is found by a hidden marker. The GitHub
// client loads only when a comment is posted. Any failure is a warning: the deploy stands.



/** Events whose payload is a pull request the comment can go to. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
/** GitHub refuses comment bodies over 65536 characters. */
const MAX_COMMENT_CHARS = 65_000;
/** The hidden first line that marks this action's comment for one group. */
function commentMarker(name) {
    return `<!-- django-redis-action:${name} -->`;
}
/** Pure: the comment's body: the marker, the summary without timings, and where it came from. */
function commentBody(data, runUrl, at) {
    const summary = (0,report_summary/* renderSummary */.Br)({ ...data, phases: [] });
    const from = runUrl ? `[workflow run](${runUrl})` : 'a workflow run';
    const footer = `\n<sub>Posted by django-redis-action from ${from}, updated ${new Date(at).toISOString()}.</sub>\n`;
    const room = MAX_COMMENT_CHARS - commentMarker(data.name).length - footer.length - 40;
    const text = summary.length > room ? `${summary.slice(0, room)}\n\n…(cut to fit a comment)\n` : summary;
    return `${commentMarker(data.name)}\n${text}${footer}`;
}
async function commentOnPullRequest(io, cfg, data, env, now) {
    if (!cfg.prComment)
        return;
    const event = env.GITHUB_EVENT_NAME ?? '';
    const run = (0,github/* githubContext */.h)(env);
    if (!PULL_REQUEST_EVENTS.has(event) || run.pullRequest === undefined || !run.repository) {
        io.notice(`pr_comment is ignored: this run is for a ${event || 'non-GitHub'} event, not a pull_request or pull_request_target event with a pull request number.`);
        return;
    }
    const token = cfg.githubToken || env.GITHUB_TOKEN;
    if (!token) {
        io.warning('pr_comment: no token to call the GitHub API; pass github_token (it defaults to github.token). The deploy itself is not affected.');
        return;
    }
    io.setSecret(token);
    const [owner, repo] = run.repository.split('/');
    try {
        const { upsertComment } = await __webpack_require__.e(/* import() */ 879).then(__webpack_require__.bind(__webpack_require__, 8879));
        const result = await upsertComment({
            token,
            baseUrl: env.GITHUB_API_URL || 'https://api.github.com',
            owner,
            repo,
            issueNumber: run.pullRequest,
            marker: commentMarker(cfg.name),
            body: commentBody(data, run.runUrl, now),
        });
        io.info(`pr_comment: ${result.action} comment ${result.url} on pull request #${run.pullRequest}.`);
    }
    catch (e) {
        io.warning(`pr_comment: could not comment on pull request #${run.pullRequest}: ${commentFailure(e)}`);
    }
}
/** What went wrong, and what to do about it, without the request (which carries the token). */
function commentFailure(e) {
    const status = e.status;
    const what = typeof status === 'number' ? `GitHub answered ${status}: ${(0,errors/* errorMessage */.gJ)(e)}` : (0,errors/* errorMessage */.gJ)(e);
    const hint = status === 403 || status === 401 || status === 404
        ? ' Give the job `permissions: pull-requests: write` (a pull request from a fork gets a read-only token), or pass a github_token that may comment.'
        : '';
    return `${what}.${hint} The deploy itself is not affected.`;
}

// EXTERNAL MODULE: ./src/report/render.ts
var render = __webpack_require__(6340);
;// CONCATENATED MODULE: ./src/modes/apply.ts
// Mode `apply` (and its dry run `plan`): observe the group and everything around it → plan the
// steps that make AWS match the inputs → run them → publish URLs, outputs and the job summary.
// When another run gets in the way (a resource it was about to create appeared, the group turned
// busy), the run observes again and plans again from what is there (execute/conflict.ts).














/** How often a run observes and plans again after another run got in its way, before it stops. */
const MAX_ATTEMPTS = 5;
async function runApply(cfg, deps) {
    const { clock, io } = deps;
    const phases = new report_phases/* PhaseTimer */.x(clock);
    const names = (0,domain_names/* resourceNames */.Nr)(cfg);
    const aws = (0,adapters/* createAdapters */.T)(cfg.region, (m) => io.info(m), deps.clients);
    const run = (0,github/* githubContext */.h)(deps.env ?? process.env);
    const tags = (0,domain_names/* desiredTags */.C2)(cfg, run);
    const createTags = { ...tags, ...(0,ownership/* creationTags */.ZU)(run.repository, cfg.name, run.pullRequest) };
    const log = { info: io.info, warning: io.warning, mask: io.setSecret };
    // wait_timeout_minutes bounds all waiting of this run together, not each wait.
    const deadline = clock.now() + cfg.waitTimeoutMinutes * 60_000;
    const base = { cfg, tags, createTags, aws, clock, log, deadline, generateToken: deps.generateToken };
    const report = { cfg, names, io, phases, deps };
    /** Steps completed by earlier attempts of this run (reported with the last plan). */
    const done = [];
    let restoreNoticed = false;
    for (let attempt = 1;; attempt++) {
        // 2. Observe (waiting first if another run or AWS is busy with the group).
        const observed = await observeSettled(cfg, names, aws, io, phases, (o) => (0,execute/* waitUntilAvailable */.dj)({ ...base, observed: o }, names.replicationGroupId));
        // snapshot_name only seeds a new group: said once, when the group is first seen to exist.
        if (!restoreNoticed && observed.group) {
            restoreNoticed = true;
            const ignored = restoreIgnoredNotice(cfg, observed.group);
            if (ignored)
                io.notice(ignored);
        }
        // 3. Plan.
        const plan = planApply(cfg, observed, { tags, planOnly: cfg.mode === 'plan' });
        reportPlan(io, cfg, plan);
        if (plan.refusals.length)
            return refuse(report, withEarlier(done, plan), observed);
        if (cfg.mode === 'plan')
            return reportPlanOnly(report, plan, observed);
        // 4. Execute; when another run got there first, observe and plan again.
        const thisAttempt = [];
        let result;
        try {
            result = await executeTimed(plan, { ...base, observed }, phases, attempt, (s) => thisAttempt.push(s));
        }
        catch (e) {
            const why = (0,conflict/* raceSymptom */.Vh)(e);
            if (why === undefined)
                throw e;
            done.push(...thisAttempt);
            if (attempt >= MAX_ATTEMPTS || clock.now() >= deadline)
                throw new conflict/* ConcurrentChangeError */.wy(cfg.name, why, attempt);
            io.warning(`Another run (or AWS) changed ${cfg.name} while this run was working on it: ${why}. Observing again and planning from what is there.`);
            if ((0,conflict/* isBusySymptom */.L6)(e)) {
                io.info(`Waiting until ${cfg.name} and every member are available before observing again.`);
                await (0,execute/* waitUntilAvailable */.dj)({ ...base, observed }, names.replicationGroupId);
            }
            continue;
        }
        // 5. Publish outputs and summary.
        return finish(report, withEarlier(done, plan), observed, result);
    }
}
/** Mode plan: the plan as outputs, summary and comment; nothing is executed. */
async function reportPlanOnly(report, plan, observed) {
    const { cfg, names, io, phases } = report;
    publishOutputs(io, cfg, names, observed, undefined, 'planned');
    planOutputs(io, plan);
    await writeSummary(io, cfg, names, plan, 'planned', observed, undefined, phases.list);
    await comment(report, plan, 'planned', observed);
    io.info('mode: plan — nothing was executed.');
    if (cfg.verifyConnection)
        io.info('verify_connection: mode plan connects to nothing; apply runs the check.');
}
async function executeTimed(plan, ctx, phases, attempt, onDone) {
    return phases.time(attempt === 1 ? 'execute' : `execute (attempt ${attempt})`, async () => {
        const r = await (0,execute/* execute */.g7)(plan, ctx, onDone);
        for (const t of r.timings)
            phases.add(`  level ${t.level}: ${t.label}`, t.ms);
        return r;
    });
}
async function refuse(report, plan, observed) {
    const { cfg, names, io, phases } = report;
    for (const r of plan.refusals)
        io.error(r);
    io.setOutput('status', 'refused');
    planOutputs(io, plan);
    await writeSummary(io, cfg, names, plan, 'refused', observed, undefined, phases.list);
    await comment(report, plan, 'refused', observed);
    const n = plan.refusals.length;
    io.setFailed(`${n} change${n > 1 ? 's' : ''} cannot be made in place; nothing${plan.steps.length ? ' further' : ''} was changed in AWS.`);
}
async function finish(report, plan, observed, result) {
    const { cfg, names, io, phases } = report;
    const verify = report.deps.verify;
    const status = runStatus(cfg, plan);
    const urls = publishOutputs(io, cfg, names, observed, result, status);
    planOutputs(io, plan);
    await writeSummary(io, cfg, names, plan, status, observed, result, phases.list);
    await comment(report, plan, status, observed, result);
    if (status === 'create-requested') {
        io.notice(`Create of ${cfg.name} requested; wait is false, so URLs are published by the next run once it is available.`);
    }
    else if (status === 'unchanged') {
        io.info(`${cfg.name} already matches the inputs.`);
    }
    // 6. Connection check (verify_connection): its module and the Redis client load only when asked for.
    if (cfg.verifyConnection)
        await (await __webpack_require__.e(/* import() */ 402).then(__webpack_require__.bind(__webpack_require__, 8402))).verifyPublished(io, cfg, urls, status, verify);
}
/**
 * The plan as the run reports it: the steps earlier attempts completed, then the last plan's
 * (its levels after theirs). A group that another run created is not "created" by this one.
 */
function withEarlier(done, plan) {
    if (!done.length)
        return plan;
    const offset = Math.max(...done.map((s) => s.level)) + 1;
    return {
        ...plan,
        action: plan.action === 'none' ? 'update' : plan.action,
        steps: [...done, ...plan.steps.map((s) => ({ ...s, level: s.level + offset }))],
    };
}
/** Observe; if another run or AWS is busy with the group, wait for it (apply only) and observe again. */
async function observeSettled(cfg, names, aws, io, phases, waitForGroup) {
    let observed = await phases.time('observe', () => observe(cfg, names, aws));
    maskObservedSecrets(io, observed, names);
    if ((0,group_state/* isBusyGroup */.XC)(observed.group) && cfg.mode !== 'plan') {
        io.info(`Replication group ${cfg.name} is ${observed.group?.status} (another run or AWS is busy with it): waiting for available before planning.`);
        const busy = observed;
        await phases.time('wait for busy group', () => waitForGroup(busy));
        observed = await phases.time('observe again', () => observe(cfg, names, aws));
        maskObservedSecrets(io, observed, names);
    }
    return observed;
}
/** With pr_comment, the job summary's content goes on the pull request too (never a secret). */
async function comment({ cfg, names, io, deps }, plan, status, observed, result) {
    if (!cfg.prComment)
        return;
    const data = summaryData(cfg, names, plan, status, observed, result, []);
    await commentOnPullRequest(io, cfg, data, deps.env ?? process.env, deps.clock.now());
}
function reportPlan(io, cfg, plan) {
    io.startGroup(`Plan for ${cfg.name}: ${plan.steps.length} step${plan.steps.length === 1 ? '' : 's'}`);
    for (const line of (0,render/* planLines */.HN)(plan))
        io.info(line);
    for (const p of plan.pending)
        io.info(`pending: ${p}`);
    io.endGroup();
    for (const w of plan.warnings)
        io.warning(w);
}
/** has_changes and changes: written only once the run got to a verdict (never by a failed run). */
function planOutputs(io, plan) {
    // A refused change is still a difference between the inputs and AWS.
    io.setOutput('has_changes', String(plan.steps.length > 0 || plan.refusals.length > 0));
    io.setOutput('changes', (0,render/* changesJson */.c$)(plan));
}
function maskObservedSecrets(io, o, names) {
    const token = o.ssm[names.ssm.authToken]?.value;
    if (token)
        io.setSecret(token);
    for (const p of Object.values(o.ssm))
        if (p.type === 'SecureString' && p.value)
            io.setSecret(p.value);
}
function runStatus(cfg, plan) {
    if (plan.action === 'create')
        return cfg.wait ? 'created' : 'create-requested';
    if (plan.steps.length)
        return 'updated';
    return plan.pending.length ? 'pending' : 'unchanged';
}


/***/ }),

/***/ 2568:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ PhaseTimer)
/* harmony export */ });
// How long each phase of a run took, for the job summary's timing table.
class PhaseTimer {
    clock;
    list = [];
    constructor(clock) {
        this.clock = clock;
    }
    add(label, ms) {
        this.list.push([label, ms]);
    }
    async time(label, fn) {
        const t = this.clock.now();
        try {
            return await fn();
        }
        finally {
            this.add(label, this.clock.now() - t);
        }
    }
}


/***/ })

};
