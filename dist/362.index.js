export const id = 362;
export const ids = [362];
export const modules = {

/***/ 6777:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ destroyGroup)
});

// EXTERNAL MODULE: ./src/execute/index.ts + 9 modules
var execute = __webpack_require__(6303);
// EXTERNAL MODULE: ./src/execute/destroy.ts
var destroy = __webpack_require__(1845);
// EXTERNAL MODULE: ./src/domain/engine.ts
var engine = __webpack_require__(9548);
// EXTERNAL MODULE: ./src/domain/ownership.ts
var ownership = __webpack_require__(7781);
// EXTERNAL MODULE: ./src/domain/names.ts
var domain_names = __webpack_require__(8800);
;// CONCATENATED MODULE: ./src/observe/destroy.ts
// Observe for destroy (and for each preview the janitor removes): the group, and everything this
// action created for it from this repository.
//   level 1: the group, and one paged GetResources for every resource tagged created-by = this
//            repository and group = name (whatever its service);
//   level 2: only for the kinds the tagging index did not return (it can lag a create by minutes),
//            the derived names (src/domain/names.ts), each proven ours by its own tags.
// A group that is not ours stops the observation there: nothing else is read, nothing is written.



/** A human label for a resource, as the plan and the summary show it. */
function describeResource(r) {
    switch (r.kind) {
        case 'parameter-group':
            return `cache parameter group ${r.name}`;
        case 'subnet-group':
            return `cache subnet group ${r.name}`;
        case 'security-group':
            return `security group ${r.id}`;
        case 'log-group':
            return `log group ${r.name}`;
        case 'ssm-parameter':
            return `SSM parameter ${r.name}`;
        case 'alarm':
            return `CloudWatch alarm ${r.name}`;
        case 'snapshot':
            return `snapshot ${r.name}`;
    }
}
/** Pure: what an ARN from GetResources names; undefined for what destroy does not handle (member clusters). */
function resourceFromArn(arn) {
    const m = /^arn:[^:]+:([^:]+):[^:]*:[^:]*:(.*)$/.exec(arn);
    if (!m)
        return undefined;
    const [, service, rest] = m;
    const after = (prefix) => (rest.startsWith(prefix) ? rest.slice(prefix.length) : undefined);
    if (service === 'elasticache') {
        const [type, ...name] = rest.split(':');
        const id = name.join(':');
        if (type === 'replicationgroup')
            return { kind: 'replication-group', id };
        if (type === 'parametergroup')
            return { kind: 'parameter-group', name: id };
        if (type === 'subnetgroup')
            return { kind: 'subnet-group', name: id };
        if (type === 'snapshot')
            return { kind: 'snapshot', name: id };
        return undefined;
    }
    if (service === 'ec2') {
        const id = after('security-group/');
        return id ? { kind: 'security-group', id } : undefined;
    }
    if (service === 'logs') {
        const name = after('log-group:');
        return name ? { kind: 'log-group', name: name.replace(/:\*$/, '') } : undefined;
    }
    if (service === 'ssm') {
        const name = after('parameter/');
        // Hierarchical names ("/a/b") lose their leading slash in the ARN; the action's always have one.
        return name ? { kind: 'ssm-parameter', name: `/${name}` } : undefined;
    }
    if (service === 'cloudwatch') {
        const name = after('alarm:');
        return name ? { kind: 'alarm', name } : undefined;
    }
    return undefined;
}
const BUSY_FOR_TAGS = new Set(['creating', 'modifying', 'snapshotting', 'deleting', 'create-failed']);
async function observeDestroy(t, repository, aws) {
    const [rg, tagged] = await Promise.all([
        aws.elasticache.describeReplicationGroup(t.name),
        repository
            ? aws.tagging.getResources([
                { key: ownership/* CREATED_BY_TAG */.Aw, values: [repository] },
                { key: ownership/* GROUP_TAG */.TG, values: [t.name] },
            ])
            : Promise.resolve([]),
    ]);
    const group = rg ? toDestroyGroup(rg) : undefined;
    const found = new Finder(t.name, repository);
    for (const r of tagged)
        found.tagged(r);
    const groupOwnership = group ? await groupOwner(group, found, repository, aws) : undefined;
    if (groupOwnership && groupOwnership !== 'unreadable' && !groupOwnership.ours)
        return { name: t.name, group, groupOwnership, resources: [], notOurs: [] };
    if (repository)
        await lookUpByName(t, aws, found);
    return { name: t.name, group, groupOwnership, resources: found.resources, notOurs: found.notOurs };
}
function toDestroyGroup(rg) {
    return {
        id: rg.ReplicationGroupId ?? '',
        arn: rg.ARN ?? '',
        status: rg.Status ?? 'unknown',
        createTime: rg.ReplicationGroupCreateTime,
        memberClusters: rg.MemberClusters ?? [],
    };
}
async function groupOwner(group, found, repository, aws) {
    const what = `replication group ${group.id}`;
    const tags = found.groupTags ??
        (BUSY_FOR_TAGS.has(group.status) ? undefined : await aws.elasticache.listTags(group.arn));
    if (!repository)
        return (0,ownership/* ownership */.kG)({}, undefined, what);
    return tags ? (0,ownership/* ownership */.kG)(tags, repository, what) : 'unreadable';
}
/** The derived names of the kinds GetResources did not return, each proven ours by its own tags. */
async function lookUpByName(t, aws, found) {
    const names = (0,domain_names/* resourceNames */.Nr)({ name: t.name, family: '', ssmPrefix: t.ssmPrefix });
    const ec = aws.elasticache;
    const checkArn = async (arn, r, read) => {
        if (arn && !found.has(r))
            found.check(r, await read(arn));
    };
    const jobs = [];
    if (!found.hasKind('subnet-group'))
        jobs.push(ec
            .subnetGroupArn(names.subnetGroup)
            .then((arn) => checkArn(arn, { kind: 'subnet-group', name: names.subnetGroup }, (a) => ec.listTags(a))));
    if (!found.hasKind('parameter-group'))
        for (const family of engine/* ALL_FAMILIES */.Dj) {
            const name = `${t.name}-${family}`;
            jobs.push(ec
                .parameterGroupArn(name)
                .then((arn) => checkArn(arn, { kind: 'parameter-group', name }, (a) => ec.listTags(a))));
        }
    if (!found.hasKind('security-group'))
        jobs.push(aws.ec2.findSecurityGroups(names.securityGroup).then((groups) => {
            for (const g of groups)
                found.check({ kind: 'security-group', id: g.GroupId ?? '' }, Object.fromEntries((g.Tags ?? []).map((x) => [x.Key ?? '', x.Value ?? ''])));
        }));
    const logNames = [names.slowLogGroup, names.engineLogGroup];
    if (logNames.some((n) => !found.has({ kind: 'log-group', name: n })))
        jobs.push(aws.logs
            .findLogGroups(`/aws/elasticache/${t.name}/`)
            .then((groups) => Promise.all(groups.map((g) => checkArn(g.arn, { kind: 'log-group', name: g.name }, (a) => aws.logs.listTags(a)))).then(() => undefined)));
    const ssmNames = Object.values(names.ssm).filter((n) => !found.has({ kind: 'ssm-parameter', name: n }));
    if (ssmNames.length)
        jobs.push(aws.ssm
            .existingParameters(ssmNames)
            .then((existing) => Promise.all(existing.map(async (n) => found.check({ kind: 'ssm-parameter', name: n }, await aws.ssm.listTags(n)))).then(() => undefined)));
    await Promise.all(jobs);
}
/** Collects resources, each kept only when its tags prove it is this repository's, for this group. */
class Finder {
    name;
    repository;
    resources = [];
    notOurs = [];
    groupTags;
    seen = new Set();
    constructor(name, repository) {
        this.name = name;
        this.repository = repository;
    }
    tagged(r) {
        const what = resourceFromArn(r.arn);
        if (!what)
            return;
        if (what.kind === 'replication-group') {
            if (what.id === this.name)
                this.groupTags = r.tags;
            return;
        }
        this.check(what, r.tags);
    }
    has(r) {
        return this.seen.has(key(r));
    }
    hasKind(kind) {
        return this.resources.some((r) => r.kind === kind);
    }
    check(r, tags) {
        if (this.has(r))
            return;
        this.seen.add(key(r));
        const what = describeResource(r);
        const o = (0,ownership/* ownership */.kG)(tags, this.repository, what);
        if (!o.ours)
            this.notOurs.push({ what, why: o.why });
        else if (tags[ownership/* GROUP_TAG */.TG] !== this.name)
            this.notOurs.push({
                what,
                why: `${what} was created for replication group ${tags[ownership/* GROUP_TAG */.TG] ?? '(none)'} (tag ${ownership/* GROUP_TAG */.TG}), not ${this.name}`,
            });
        else
            this.resources.push(r);
    }
}
function key(r) {
    return `${r.kind}:${r.kind === 'security-group' ? r.id : r.name}`;
}

// EXTERNAL MODULE: ./src/plan/sequence.ts
var sequence = __webpack_require__(2);
;// CONCATENATED MODULE: ./src/plan/destroy.ts
// The destroy planner (pure): from what observeDestroy proved is ours, the ordered deletes with a
// reason each. The group goes first (with its final snapshot) and is waited for until gone; only
// then everything around it, which AWS keeps "in use" until the group and its ENIs are gone.
// The janitor (mode cleanup) plans each preview with this same function.


/** `<name>-final-<YYYYMMDD-HHMM>`, UTC. */
function finalSnapshotName(name, now) {
    const iso = new Date(now).toISOString(); // 2026-01-01T00:00:00.000Z
    return `${name}-final-${iso.slice(0, 10).replace(/-/g, '')}-${iso.slice(11, 16).replace(':', '')}`;
}
function planDestroy(o, opts) {
    const plan = {
        action: 'delete',
        steps: [],
        refusals: [],
        warnings: [],
        pending: [],
        finalSnapshotName: undefined,
        left: [...o.notOurs],
    };
    const refusal = groupRefusal(o);
    if (refusal) {
        plan.refusals.push(refusal);
        plan.left = [];
        return plan;
    }
    const seq = new sequence/* Sequence */.g();
    const g = o.group;
    if (g?.status === 'deleting') {
        seq.then({
            kind: 'wait-deleted',
            groupId: g.id,
            reason: `replication group ${g.id} is already deleting (an earlier or concurrent run): wait until it is gone`,
        });
    }
    else if (g) {
        if (opts.finalSnapshot && g.status === 'create-failed')
            plan.warnings.push(`No final snapshot: replication group ${g.id} is create-failed and holds no data.`);
        else if (opts.finalSnapshot)
            plan.finalSnapshotName = finalSnapshotName(g.id, opts.now);
        seq.then({
            kind: 'delete-replication-group',
            groupId: g.id,
            ...(plan.finalSnapshotName ? { finalSnapshotName: plan.finalSnapshotName } : {}),
            reason: plan.finalSnapshotName
                ? `delete ${g.id} (${g.status}, ${g.memberClusters.length} node${g.memberClusters.length === 1 ? '' : 's'}) after a final snapshot ${plan.finalSnapshotName}`
                : `delete ${g.id} (${g.status}, ${g.memberClusters.length} node${g.memberClusters.length === 1 ? '' : 's'}) without a final snapshot (final_snapshot: false)`,
        });
        seq.then({
            kind: 'wait-deleted',
            groupId: g.id,
            reason: `wait until ${g.id} is gone: the resources around it stay in use until then`,
        });
    }
    seq.together(aroundSteps(o.resources, opts, plan.left));
    plan.steps = seq.steps;
    return plan;
}
function groupRefusal(o) {
    const g = o.group;
    const own = o.groupOwnership;
    if (!g || !own)
        return undefined;
    if (own === 'unreadable') {
        if (g.status === 'deleting')
            return undefined; // nothing is sent to it: only waited for
        return (`Refusing to destroy ${g.id}: its tags cannot be read while it is ${g.status}, so it cannot be proven to be ` +
            `this repository's. Nothing was deleted; re-run once it is available.`);
    }
    if (own.ours)
        return undefined;
    return (`Refusing to destroy ${g.id}: ${own.why}. Nothing was deleted: destroy deletes only what this action ` +
        `created from this repository. Delete it yourself if it really should go.`);
}
/** Everything around the group, in one level: independent deletes that run together. */
function aroundSteps(resources, opts, left) {
    const steps = [];
    const alarms = [];
    const ours = 'carries this repository’s created-by tag';
    for (const r of resources) {
        switch (r.kind) {
            case 'parameter-group':
                steps.push({
                    kind: 'delete-parameter-group',
                    name: r.name,
                    reason: `${describeResource(r)} ${ours}`,
                });
                break;
            case 'subnet-group':
                steps.push({ kind: 'delete-subnet-group', name: r.name, reason: `${describeResource(r)} ${ours}` });
                break;
            case 'security-group':
                steps.push({
                    kind: 'delete-security-group',
                    groupId: r.id,
                    reason: `${describeResource(r)} ${ours}`,
                });
                break;
            case 'log-group':
                if (opts.keepLogs)
                    left.push({ what: describeResource(r), why: 'keep_logs is true' });
                else
                    steps.push({ kind: 'delete-log-group', name: r.name, reason: `${describeResource(r)} ${ours}` });
                break;
            case 'ssm-parameter':
                steps.push({
                    kind: 'delete-ssm-parameter',
                    parameterName: r.name,
                    reason: `${describeResource(r)} ${ours}`,
                });
                break;
            case 'alarm':
                alarms.push(r.name);
                break;
            case 'snapshot':
                left.push({
                    what: describeResource(r),
                    why: 'snapshots are kept by destroy (mode snapshot prunes them with keep_snapshots)',
                });
                break;
        }
    }
    if (alarms.length)
        steps.push({
            kind: 'delete-alarms',
            names: alarms.sort(),
            reason: `${alarms.length} CloudWatch alarm${alarms.length === 1 ? '' : 's'} ${ours}`,
        });
    return steps;
}

;// CONCATENATED MODULE: ./src/modes/destroy-group.ts
// Destroying one group, as mode destroy does it and as the janitor does it for each preview:
// observe what is ours → (wait if AWS is busy with the group, observe again) → plan → execute.




async function destroyGroup(req, d) {
    const timings = [];
    const timed = async (label, fn) => {
        const t = d.clock.now();
        try {
            return await fn();
        }
        finally {
            timings.push([label, d.clock.now() - t]);
        }
    };
    const ctx = {
        cfg: d.cfg,
        observed: undefined,
        tags: {},
        createTags: {},
        aws: d.aws,
        clock: d.clock,
        log: d.log,
        deadline: d.deadline,
    };
    let observed = await timed('observe', () => observeDestroy(req, d.repository, d.aws));
    if (!d.dryRun && (0,destroy/* isBusyForDelete */.i6)(observed.group?.status)) {
        d.log.info(`Replication group ${req.name} is ${observed.group?.status}: waiting for AWS to finish before deleting it.`);
        await timed('wait for busy group', () => (0,destroy/* waitSettled */.rl)(ctx, req.name));
        observed = await timed('observe again', () => observeDestroy(req, d.repository, d.aws));
    }
    const plan = planDestroy(observed, {
        finalSnapshot: req.finalSnapshot,
        keepLogs: req.keepLogs,
        now: d.clock.now(),
    });
    const deleted = plan.steps.filter((s) => s.kind !== 'wait-deleted').map(execute/* stepTitle */.Fb);
    const outcome = { plan, observed, deleted, timings, finalSnapshotName: plan.finalSnapshotName };
    if (plan.refusals.length)
        return { ...outcome, status: 'refused', deleted: [], finalSnapshotName: undefined };
    if (!plan.steps.length)
        return { ...outcome, status: 'absent' };
    if (d.dryRun)
        return { ...outcome, status: 'planned' };
    const result = await timed('execute', () => (0,execute/* execute */.g7)(plan, ctx));
    for (const t of result.timings)
        timings.push([`  level ${t.level}: ${t.label}`, t.ms]);
    return { ...outcome, status: 'destroyed', finalSnapshotName: result.finalSnapshotName };
}


/***/ }),

/***/ 5362:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runDestroy: () => (/* binding */ runDestroy)
/* harmony export */ });
/* harmony import */ var _aws_adapters_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9248);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _report_github_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7611);
/* harmony import */ var _report_lifecycle_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8822);
/* harmony import */ var _report_render_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6340);
/* harmony import */ var _destroy_group_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6777);
// Mode `destroy`: delete one group this action created from this repository, and everything it
// created around it (subnet group, parameter group, security group, log groups, SSM parameters,
// alarms), after a final snapshot by default. A group that is not ours is refused with zero writes.






async function runDestroy(cfg, deps) {
    const { clock, io } = deps;
    const started = clock.now();
    const aws = (0,_aws_adapters_js__WEBPACK_IMPORTED_MODULE_0__/* .createAdapters */ .T)(cfg.region, (m) => io.info(m), deps.clients);
    const { repository } = (0,_report_github_js__WEBPACK_IMPORTED_MODULE_2__/* .githubContext */ .h)(deps.env ?? process.env);
    const log = { info: io.info, warning: io.warning, mask: io.setSecret };
    const outcome = await (0,_destroy_group_js__WEBPACK_IMPORTED_MODULE_5__/* .destroyGroup */ .k)({ name: cfg.name, ssmPrefix: cfg.ssmPrefix, finalSnapshot: cfg.finalSnapshot, keepLogs: cfg.keepLogs }, {
        cfg,
        aws,
        clock,
        log,
        repository,
        deadline: started + cfg.waitTimeoutMinutes * 60_000,
        dryRun: cfg.dryRun,
    });
    report(cfg, outcome, io);
    io.setOutput('status', outcome.status);
    io.setOutput('replication_group_id', cfg.name);
    io.setOutput('final_snapshot_name', outcome.finalSnapshotName ?? '');
    io.setOutput('has_changes', String(outcome.plan.steps.length > 0 || outcome.plan.refusals.length > 0));
    io.setOutput('changes', (0,_report_render_js__WEBPACK_IMPORTED_MODULE_4__/* .changesJson */ .c$)(outcome.plan));
    try {
        await io.appendSummary((0,_report_lifecycle_js__WEBPACK_IMPORTED_MODULE_3__/* .renderDestroySummary */ .BP)(cfg.name, cfg.region, outcome, [
            ...outcome.timings,
            ['total', clock.now() - started],
        ]));
    }
    catch (e) {
        io.warning(`Could not write the job summary: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(e)}`);
    }
    if (outcome.status === 'refused')
        io.setFailed(`Refused to destroy ${cfg.name}; nothing was deleted.`);
}
function report(cfg, o, io) {
    const { plan } = o;
    for (const w of plan.warnings)
        io.warning(w);
    for (const r of plan.refusals)
        io.error(r);
    if (o.status === 'absent') {
        io.info(`Nothing to delete: ${cfg.name} and everything this action created for it are already gone.`);
    }
    else if (plan.steps.length && !plan.refusals.length) {
        const verb = o.status === 'planned' ? 'Plan (dry run: nothing is deleted)' : 'Deleted';
        io.startGroup(`${verb} for ${cfg.name}: ${plan.steps.length} step${plan.steps.length === 1 ? '' : 's'}`);
        for (const line of (0,_report_render_js__WEBPACK_IMPORTED_MODULE_4__/* .planLines */ .HN)(plan))
            io.info(line);
        io.endGroup();
    }
    for (const l of plan.left)
        io.info(`left in place: ${l.what} — ${l.why}`);
    if (o.finalSnapshotName)
        io.info(`Final snapshot: ${o.finalSnapshotName}`);
}


/***/ }),

/***/ 8822:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BP: () => (/* binding */ renderDestroySummary),
/* harmony export */   dY: () => (/* binding */ renderCleanupSummary)
/* harmony export */ });
/* unused harmony export destroyBody */
/* harmony import */ var _domain_duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4678);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6340);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7994);
// Job summaries of the lifecycle modes: destroy (what was deleted, what was left and why) and the
// janitor (each preview: destroyed or kept, and why). Built from names and reasons only: no secrets.



function renderDestroySummary(name, region, o, phases) {
    const out = [`## Django Redis: \`${(0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(name)}\` (${(0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(region)}) — destroy: ${o.status}\n`];
    out.push(...destroyBody(o));
    if (phases.length) {
        out.push('### Timing\n');
        out.push((0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['phase', 'duration'], phases.map(([k, ms]) => [k, (0,_domain_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a)(ms)])));
    }
    return out.join('\n');
}
/** The body shared by destroy and by each preview the janitor destroys. */
function destroyBody(o) {
    const out = [];
    const { plan } = o;
    if (plan.refusals.length) {
        out.push('### Refused (nothing was deleted)\n');
        out.push(plan.refusals.map((r) => `- ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(r)}`).join('\n') + '\n');
    }
    for (const w of plan.warnings)
        out.push(`> [!WARNING]\n> ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(w)}\n`);
    if (o.status === 'absent')
        out.push('Nothing to delete: no replication group and nothing this action created for it.\n');
    if (plan.steps.length && !plan.refusals.length) {
        out.push(o.status === 'planned' ? '### Plan (dry run: nothing was deleted)\n' : '### Deleted\n');
        out.push((0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['#', 'level', 'step', 'reason'], plan.steps.map((s, i) => [String(i + 1), String(s.level), (0,_render_js__WEBPACK_IMPORTED_MODULE_0__/* .stepTitle */ .Fb)(s), s.reason])));
    }
    if (o.finalSnapshotName)
        out.push(`Final snapshot: \`${(0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(o.finalSnapshotName)}\`\n`);
    if (plan.left.length) {
        out.push('### Left in place\n');
        out.push((0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['resource', 'why'], plan.left.map((l) => [l.what, l.why])));
    }
    return out;
}
function renderCleanupSummary(repository, region, status, previews, dryRun) {
    const out = [`## Django Redis previews of \`${(0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(repository)}\` (${(0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(region)}) — cleanup: ${status}\n`];
    if (!previews.length)
        out.push('No preview groups of this repository were found.\n');
    else
        out.push((0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['preview', 'pull request', dryRun ? 'would' : 'decision', 'reason'], previews.map((p) => [p.name, p.pullRequest ? `#${p.pullRequest}` : '', decisionText(p), p.reason])));
    for (const p of previews.filter((x) => x.outcome && x.outcome.status !== 'absent')) {
        out.push(`### ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .esc */ .UQ)(p.name)}\n`);
        out.push(...destroyBody(p.outcome));
    }
    return out.join('\n');
}
function decisionText(p) {
    if (p.decision !== 'destroy' || !p.outcome)
        return p.decision;
    return p.outcome.status === 'destroyed' || p.outcome.status === 'planned' ? 'destroy' : p.outcome.status;
}


/***/ })

};
