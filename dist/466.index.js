export const id = 466;
export const ids = [466];
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

/***/ 8466:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSnapshot: () => (/* binding */ runSnapshot)
});

// EXTERNAL MODULE: ./src/aws/adapters.ts + 10 modules
var adapters = __webpack_require__(9248);
// EXTERNAL MODULE: ./src/domain/names.ts
var names = __webpack_require__(8800);
// EXTERNAL MODULE: ./src/domain/ownership.ts
var ownership = __webpack_require__(7781);
// EXTERNAL MODULE: ./src/execute/index.ts + 9 modules
var execute = __webpack_require__(6303);
// EXTERNAL MODULE: ./src/domain/group-state.ts
var group_state = __webpack_require__(391);
;// CONCATENATED MODULE: ./src/domain/snapshot-names.ts
// The names of the manual snapshots mode snapshot takes: <name>-manual-<YYYY-MM-DD> (UTC), and
// <name>-manual-<YYYY-MM-DD>-<HHMMSS> when that name is already taken the same day.
const pad = (n) => String(n).padStart(2, '0');
/** `<name>-manual-<YYYY-MM-DD>` for the UTC day of `now`. */
function dailySnapshotName(group, now) {
    const d = new Date(now);
    return `${group}-manual-${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
/** The same-day name: the daily name plus `-<HHMMSS>` (UTC) of `now`. */
function suffixedSnapshotName(group, now) {
    const d = new Date(now);
    return `${dailySnapshotName(group, now)}-${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
}
/** Whether `snapshot` is named as mode snapshot names a snapshot of `group` (any day). */
function isManualSnapshotName(group, snapshot) {
    const prefix = `${group}-manual-`;
    return snapshot.startsWith(prefix) && /^\d{4}-\d{2}-\d{2}(-\d{6})?$/.test(snapshot.slice(prefix.length));
}
/** Whether `snapshot` is one of `group`'s manual snapshots of the UTC day of `now`. */
function isSameDaySnapshotName(group, snapshot, now) {
    const daily = dailySnapshotName(group, now);
    return snapshot === daily || (snapshot.startsWith(`${daily}-`) && isManualSnapshotName(group, snapshot));
}
/**
 * Whether `snapshot` may be one a re-run of this workflow run took: named like ours on the UTC day
 * of `now` or the day before (a run killed just before midnight UTC is re-run just after it).
 */
function isRecentSnapshotName(group, snapshot, now) {
    return (isSameDaySnapshotName(group, snapshot, now) || isSameDaySnapshotName(group, snapshot, now - 86_400_000));
}

;// CONCATENATED MODULE: ./src/observe/snapshot.ts
// Observe for mode snapshot: the group and its members (state and role), and the group's manual
// snapshots. Two levels, 1 + members + 1 calls, plus tag reads only where the planner needs them:
//   level 1: DescribeReplicationGroups, DescribeSnapshots (the group's manual snapshots, paged);
//   level 2: every member cluster; ListTagsForResource of today's and yesterday's snapshots named
//            like ours (to recognise this workflow run's own after a kill) and, only when
//            keep_snapshots could prune something, of every snapshot named like ours.


/** Tag reads run at most this many at a time (ElastiCache's API rate is modest). */
const TAG_READS_AT_ONCE = 10;
async function observeSnapshot(cfg, a, now) {
    const ec = a.elasticache;
    const rgP = ec.describeReplicationGroup(cfg.name);
    const groupP = rgP.then(async (rg) => {
        if (!rg)
            return undefined;
        const clusters = await Promise.all((rg.MemberClusters ?? []).map((id) => ec.describeCacheCluster(id)));
        return sourceGroup(rg, new Map(clusters.map((c) => [c?.CacheClusterId ?? '', c?.CacheClusterStatus])));
    });
    const snapshotsP = a.snapshots
        .listManual(cfg.name)
        .then((list) => withTags(a, list, tagsNeeded(cfg, list, now)));
    const [group, snapshots] = await Promise.all([groupP, snapshotsP]);
    return { group, snapshots };
}
/** Another run or AWS is busy with the group (or a member): wait for `available` first. */
function isBusySource(g) {
    return (group_state/* BUSY_STATES */.NL.has(g.status) || (g.status === 'available' && g.members.some((m) => m.status !== 'available')));
}
function sourceGroup(rg, statuses) {
    const roles = new Map((rg.NodeGroups?.[0]?.NodeGroupMembers ?? []).map((m) => [m.CacheClusterId ?? '', m.CurrentRole]));
    return {
        id: rg.ReplicationGroupId ?? '',
        status: rg.Status ?? 'unknown',
        members: (rg.MemberClusters ?? []).map((id) => ({
            id,
            role: roles.get(id),
            status: statuses.get(id) ?? 'missing',
        })),
    };
}
/**
 * Which snapshots' tags the planner needs: today's and yesterday's named like ours (is one this
 * run's own?), and, when keep_snapshots could delete something (as many named like ours as it
 * keeps, or more, before this run adds one), every one named like ours. Nothing else is ever a
 * candidate for deletion.
 */
function tagsNeeded(cfg, list, now) {
    const named = list.filter((s) => isManualSnapshotName(cfg.name, s.name));
    const prune = cfg.keepSnapshots !== undefined && named.length >= cfg.keepSnapshots;
    return new Set(named.filter((s) => prune || isRecentSnapshotName(cfg.name, s.name, now)).map((s) => s.name));
}
/** Reads the tags of the `wanted` snapshots; one that vanished meanwhile is left out of the list. */
async function withTags(a, list, wanted) {
    const read = new Map();
    const todo = list.filter((s) => wanted.has(s.name));
    for (let i = 0; i < todo.length; i += TAG_READS_AT_ONCE) {
        const chunk = todo.slice(i, i + TAG_READS_AT_ONCE);
        const tags = await Promise.all(chunk.map((s) => a.snapshots.tags(s.arn)));
        chunk.forEach((s, j) => read.set(s.name, tags[j]));
    }
    return list.flatMap((s) => {
        if (!read.has(s.name))
            return [s];
        const tags = read.get(s.name);
        return tags ? [{ ...s, tags }] : [];
    });
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/plan/sequence.ts
var sequence = __webpack_require__(2);
;// CONCATENATED MODULE: ./src/plan/snapshot.ts
// The planner of mode snapshot is pure: the group and its manual snapshots → take one snapshot (or
// resume this workflow run's own), wait for it, then prune with keep_snapshots.
//
// Re-runs: a workflow run takes at most one snapshot. Every snapshot carries GitHubWorkflowRun (the
// run's URL; a re-run attempt keeps it). If today's or yesterday's (UTC) snapshots of this group
// include one of ours with this run's URL that is not being deleted, this run's earlier attempt
// took it (and died or failed after CreateSnapshot): it is waited for (creating) or used
// (available), never taken again.
// Any other run (the next schedule, a manual dispatch) takes a new one, with -HHMMSS when the daily
// name is taken.




function planSnapshot(cfg, obs, ctx) {
    const g = requireUsable(cfg, obs.group);
    const plan = {
        action: 'none',
        // Stryker disable next-line ArrayDeclaration: replaced by seq.steps before the plan is returned; nothing reads it before
        steps: [],
        refusals: [],
        warnings: [],
        pending: [],
        // Stryker disable next-line ObjectLiteral,BooleanLiteral: both branches below set the whole target before anything reads it
        target: { name: '', arn: undefined, resumed: false, cacheClusterId: undefined },
        kept: [],
    };
    const seq = new sequence/* Sequence */.g();
    const own = ownSnapshotOfThisRun(cfg, obs.snapshots, ctx);
    if (own) {
        plan.target = { name: own.name, arn: own.arn, resumed: true, cacheClusterId: own.cacheClusterId };
        if (own.status === 'creating') {
            seq.then({
                kind: 'wait-snapshot',
                replicationGroupId: g.id,
                snapshotName: own.name,
                cacheClusterId: own.cacheClusterId,
                reason: `snapshot ${own.name} was taken by an earlier attempt of this workflow run and is creating: wait for it instead of taking another`,
            });
        }
    }
    else {
        const create = createStep(cfg, g, obs.snapshots, ctx.now);
        plan.target = {
            name: create.snapshotName,
            arn: undefined,
            resumed: false,
            cacheClusterId: create.cacheClusterId,
        };
        seq.then(create);
        seq.then({
            kind: 'wait-snapshot',
            replicationGroupId: g.id,
            snapshotName: create.snapshotName,
            cacheClusterId: create.cacheClusterId,
            reason: `wait until snapshot ${create.snapshotName} is available${cfg.keepSnapshots !== undefined ? ' (nothing is pruned unless it is)' : ''}`,
        });
    }
    if (cfg.keepSnapshots !== undefined)
        seq.together(pruneSteps(cfg, cfg.keepSnapshots, obs.snapshots, plan, ctx));
    plan.steps = seq.steps;
    plan.action = own ? (plan.steps.length ? 'update' : 'none') : 'create';
    return plan;
}
/** A missing or unusable group fails the run before any write, naming the input. */
function requireUsable(cfg, g) {
    if (!g)
        throw new errors/* PlanError */.W6(`Input "name": replication group ${cfg.name} does not exist in ${cfg.region}; check name and aws_region (mode snapshot snapshots an existing group).`);
    if (g.status === 'create-failed' || g.status === 'deleting' || g.status === 'deleted')
        throw new errors/* PlanError */.W6(`Replication group ${cfg.name} is ${g.status}: no snapshot can be taken of it. Read its events in the ElastiCache console; nothing was changed.`);
    if (!g.members.length)
        throw new errors/* PlanError */.W6(`Replication group ${cfg.name} has no member clusters to snapshot; nothing was changed.`);
    return g;
}
/** A recent snapshot of ours that this workflow run took in an earlier attempt (the newest). */
function ownSnapshotOfThisRun(cfg, snapshots, ctx) {
    if (!ctx.runUrl)
        return undefined;
    return newestFirst(snapshots.filter((s) => isRecentSnapshotName(cfg.name, s.name, ctx.now) &&
        s.status !== 'deleting' &&
        s.tags !== undefined &&
        s.tags.GitHubWorkflowRun === ctx.runUrl &&
        (0,ownership/* ownership */.kG)(s.tags, ctx.repository, `snapshot ${s.name}`).ours))[0];
}
/** CreateSnapshot from a replica when there is one (the primary does not fork), else the primary. */
function createStep(cfg, g, snapshots, now) {
    const source = sourceMember(g);
    const taken = new Set(snapshots.map((s) => s.name));
    const daily = dailySnapshotName(cfg.name, now);
    const suffixed = suffixedSnapshotName(cfg.name, now);
    if (taken.has(daily) && taken.has(suffixed))
        throw new errors/* PlanError */.W6(`Snapshots ${daily} and ${suffixed} both exist already (another run this second); re-run to take one with a later -HHMMSS suffix.`);
    const name = taken.has(daily) ? suffixed : daily;
    const from = source.role === 'replica'
        ? `replica ${source.id} (the primary does not fork)`
        : `the primary ${source.id} (the group has no replica)`;
    return {
        kind: 'create-snapshot',
        replicationGroupId: g.id,
        cacheClusterId: source.id,
        snapshotName: name,
        ...(name === daily ? { fallbackName: suffixed } : {}),
        reason: `take manual snapshot ${name} of ${cfg.name} from ${from}${name === suffixed ? ` (${daily} is taken today)` : ''}`,
    };
}
function sourceMember(g) {
    const replicas = g.members.filter((m) => m.role === 'replica');
    return (replicas.find((m) => m.status === 'available') ??
        replicas[0] ??
        g.members.find((m) => m.role === 'primary') ??
        g.members[0]);
}
/**
 * keep_snapshots N: the snapshot this run ends with counts as the newest of ours; of the others,
 * the newest N-1 stay and the older ones are deleted. Ours = named <name>-manual-<date>[-HHMMSS],
 * manual, and carrying this repository's ownership marker. Automated snapshots are never listed;
 * a snapshot that is not available (creating, restoring, copying) is left for a later run.
 */
function pruneSteps(cfg, keep, snapshots, plan, ctx) {
    const ours = [];
    for (const s of snapshots) {
        if (s.name === plan.target.name || !isManualSnapshotName(cfg.name, s.name))
            continue;
        if (s.source !== 'manual' || s.status === 'deleting' || !s.tags)
            continue;
        const owner = (0,ownership/* ownership */.kG)(s.tags, ctx.repository, `snapshot ${s.name}`);
        if (owner.ours)
            ours.push(s);
        else
            plan.kept.push({ name: s.name, why: owner.why });
    }
    const older = newestFirst(ours).slice(keep - 1);
    const steps = [];
    for (const s of older) {
        if (s.status !== 'available') {
            plan.kept.push({ name: s.name, why: `it is ${s.status}; a later run prunes it once it is available` });
            continue;
        }
        steps.push({
            kind: 'delete-snapshot',
            snapshotName: s.name,
            reason: `keep_snapshots ${keep}: ${s.name} (taken ${s.createdAt !== undefined ? new Date(s.createdAt).toISOString() : 'at an unknown time'}) is older than the newest ${keep} of this action's snapshots of ${cfg.name}`,
        });
    }
    return steps;
}
/** Newest first by the time taken (a snapshot still without one counts as newest), then by name. */
function newestFirst(list) {
    const t = (s) => s.createdAt ?? Number.POSITIVE_INFINITY;
    return [...list].sort((a, b) => t(b) - t(a) || b.name.localeCompare(a.name));
}

// EXTERNAL MODULE: ./src/report/github.ts
var github = __webpack_require__(7611);
// EXTERNAL MODULE: ./src/report/phases.ts
var report_phases = __webpack_require__(2568);
// EXTERNAL MODULE: ./src/report/render.ts
var render = __webpack_require__(6340);
// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(7994);
;// CONCATENATED MODULE: ./src/report/snapshot.ts
// What mode snapshot publishes: its outputs (status, snapshot_name, snapshot_arn, has_changes,
// changes) and the job summary (the plan, the snapshot and what pruning left alone).



function publishSnapshotOutputs(io, cfg, plan, out) {
    io.setOutput('status', out.status);
    io.setOutput('replication_group_id', cfg.name);
    io.setOutput('snapshot_name', out.name);
    io.setOutput('snapshot_arn', out.arn ?? '');
    io.setOutput('has_changes', String(plan.steps.length > 0));
    io.setOutput('changes', (0,render/* changesJson */.c$)(plan));
}
async function writeSnapshotSummary(io, cfg, plan, out, phases) {
    const resources = [
        ['replication group', cfg.name],
        ['snapshot', out.name],
        ...(out.arn ? [['snapshot ARN', out.arn]] : []),
        ...(plan.target.cacheClusterId
            ? [['taken from', plan.target.cacheClusterId]]
            : []),
        ...plan.kept.map((k) => [`kept ${k.name}`, k.why]),
    ];
    const text = (0,summary/* renderSummary */.Br)({
        name: cfg.name,
        region: cfg.region,
        mode: cfg.mode,
        status: out.status,
        plan,
        resources,
        ssmParameters: [],
        displayUrls: [],
        phases,
    });
    try {
        await io.appendSummary(text);
    }
    catch (e) {
        io.warning(`Could not write the job summary: ${(0,errors/* errorMessage */.gJ)(e)}`);
    }
}

;// CONCATENATED MODULE: ./src/modes/snapshot.ts
// Mode `snapshot` (scheduled workflows): observe the group and its manual snapshots → plan (take one
// from a replica, or resume this workflow run's own; wait; prune with keep_snapshots) → run the
// plan through the shared executor → publish snapshot_name / snapshot_arn and the job summary.










async function runSnapshot(cfg, deps) {
    const { clock, io } = deps;
    const phases = new report_phases/* PhaseTimer */.x(clock);
    const aws = (0,adapters/* createAdapters */.T)(cfg.region, (m) => io.info(m), deps.clients);
    const run = (0,github/* githubContext */.h)(deps.env ?? process.env);
    // The action's provenance tags (a snapshot is not a pull request's preview) plus the marker.
    const tags = (0,names/* desiredTags */.C2)({ environment: undefined, tags: {} }, { ...run, pullRequest: undefined });
    const ctx = {
        cfg,
        observed: undefined,
        tags,
        createTags: { ...tags, ...(0,ownership/* creationTags */.ZU)(run.repository, cfg.name) },
        aws,
        clock,
        log: { info: io.info, warning: io.warning, mask: io.setSecret },
        // wait_timeout_minutes bounds all waiting of this run together.
        deadline: clock.now() + cfg.waitTimeoutMinutes * 60_000,
    };
    if (!run.repository)
        io.warning('GITHUB_REPOSITORY is not set: the snapshot carries no ownership marker, and keep_snapshots deletes nothing.');
    const plan = await observeAndPlan(io, cfg, aws, ctx, phases, {
        repository: run.repository,
        runUrl: run.runUrl,
    });
    reportPlan(io, cfg, plan);
    if (cfg.dryRun) {
        const out = { status: 'planned', name: plan.target.name, arn: plan.target.arn };
        publishSnapshotOutputs(io, cfg, plan, out);
        await writeSnapshotSummary(io, cfg, plan, out, phases.list);
        io.info('dry_run: nothing was executed.');
        return;
    }
    const result = await phases.time('execute', () => (0,execute/* execute */.g7)(plan, ctx));
    const out = {
        status: 'created',
        name: result.snapshot?.name ?? plan.target.name,
        arn: result.snapshot?.arn ?? plan.target.arn,
    };
    publishSnapshotOutputs(io, cfg, plan, out);
    await writeSnapshotSummary(io, cfg, plan, out, phases.list);
    io.info(`Snapshot ${out.name} of ${cfg.name} is available${plan.target.resumed ? ' (taken by an earlier attempt of this workflow run)' : ''}.`);
}
/**
 * Observe and plan. A new snapshot needs the group and its members available: when another run or
 * AWS is busy with them, wait (not in a dry run), then observe and plan again. Resuming this run's
 * own snapshot needs no such wait (its wait-snapshot step waits for the snapshot itself).
 */
async function observeAndPlan(io, cfg, aws, ctx, phases, who) {
    const observe = (label) => phases.time(label, () => observeSnapshot(cfg, aws, ctx.clock.now()));
    const plan = (o) => planSnapshot(cfg, o, { ...who, now: ctx.clock.now() });
    const observed = await observe('observe');
    const first = plan(observed);
    const g = observed.group;
    if (first.target.resumed || !g || !isBusySource(g))
        return first;
    if (cfg.dryRun) {
        first.warnings.push(`Replication group ${cfg.name} is ${g.status} (another run or AWS is busy with it); this dry run plans from its current state, a real run waits until it is available.`);
        return first;
    }
    io.info(`Replication group ${cfg.name} is ${g.status} (another run or AWS is busy with it): waiting for available before taking a snapshot.`);
    await phases.time('wait for busy group', () => (0,execute/* waitUntilAvailable */.dj)(ctx, cfg.name));
    return plan(await observe('observe again'));
}
function reportPlan(io, cfg, plan) {
    io.startGroup(`Plan for ${cfg.name}: ${plan.steps.length} step${plan.steps.length === 1 ? '' : 's'}`);
    if (plan.target.resumed && !plan.steps.some((s) => s.kind === 'wait-snapshot'))
        io.info(`Snapshot ${plan.target.name} was taken by an earlier attempt of this workflow run and is available: not taking another.`);
    for (const line of (0,render/* planLines */.HN)(plan))
        io.info(line);
    for (const k of plan.kept)
        io.info(`kept: ${k.name}: ${k.why}`);
    io.endGroup();
    for (const w of plan.warnings)
        io.warning(w);
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
