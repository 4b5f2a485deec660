// Observe for destroy (and for each preview the janitor removes): the group, and everything this
// action created for it from this repository.
//   level 1: the group, and one paged GetResources for every resource tagged created-by = this
//            repository and group = name (whatever its service);
//   level 2: only for the kinds the tagging index did not return (it can lag a create by minutes),
//            the derived names (src/domain/names.ts), each proven ours by its own tags.
// A group that is not ours stops the observation there: nothing else is read, nothing is written.

import type { ReplicationGroup } from '@aws-sdk/client-elasticache';
import type { Adapters } from '../aws/adapters.js';
import type { TaggedResource } from '../aws/tagging.js';
import { ALL_FAMILIES } from '../domain/engine.js';
import { CREATED_BY_TAG, GROUP_TAG, ownership, type Ownership } from '../domain/ownership.js';
import { resourceNames } from '../domain/names.js';

/** Something this action created for the group, proven by its tags: a candidate for deletion. */
export type OwnedResource =
  | { kind: 'parameter-group'; name: string }
  | { kind: 'subnet-group'; name: string }
  | { kind: 'security-group'; id: string }
  | { kind: 'log-group'; name: string }
  | { kind: 'ssm-parameter'; name: string }
  | { kind: 'alarm'; name: string }
  /** Snapshots are never deleted by destroy: they are reported as kept. */
  | { kind: 'snapshot'; name: string };

export interface DestroyGroup {
  id: string;
  arn: string;
  status: string;
  createTime: Date | undefined;
  memberClusters: string[];
}

export interface DestroyObserved {
  name: string;
  group: DestroyGroup | undefined;
  /**
   * Whether the group is this repository's (undefined when there is no group). `unreadable`: its tags
   * could not be read (AWS refuses tag reads while a group is busy) and the tagging index lacks it.
   */
  groupOwnership: Ownership | 'unreadable' | undefined;
  resources: OwnedResource[];
  /** Found under a derived name but not ours: left alone, with the reason. */
  notOurs: Array<{ what: string; why: string }>;
}

export interface DestroyTarget {
  name: string;
  /** Where apply published the group's parameters (the default prefix for a preview). */
  ssmPrefix: string;
}

/** A human label for a resource, as the plan and the summary show it. */
export function describeResource(r: OwnedResource): string {
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
export function resourceFromArn(
  arn: string,
): OwnedResource | { kind: 'replication-group'; id: string } | undefined {
  const m = /^arn:[^:]+:([^:]+):[^:]*:[^:]*:(.*)$/.exec(arn);
  if (!m) return undefined;
  const [, service, rest] = m as unknown as [string, string, string];
  const after = (prefix: string) => (rest.startsWith(prefix) ? rest.slice(prefix.length) : undefined);
  if (service === 'elasticache') {
    const [type, ...name] = rest.split(':');
    const id = name.join(':');
    if (type === 'replicationgroup') return { kind: 'replication-group', id };
    if (type === 'parametergroup') return { kind: 'parameter-group', name: id };
    if (type === 'subnetgroup') return { kind: 'subnet-group', name: id };
    if (type === 'snapshot') return { kind: 'snapshot', name: id };
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

export async function observeDestroy(
  t: DestroyTarget,
  repository: string | undefined,
  aws: Adapters,
): Promise<DestroyObserved> {
  const [rg, tagged] = await Promise.all([
    aws.elasticache.describeReplicationGroup(t.name),
    repository
      ? aws.tagging.getResources([
          { key: CREATED_BY_TAG, values: [repository] },
          { key: GROUP_TAG, values: [t.name] },
        ])
      : Promise.resolve([] as TaggedResource[]),
  ]);
  const group = rg ? toDestroyGroup(rg) : undefined;
  const found = new Finder(t.name, repository);
  for (const r of tagged) found.tagged(r);
  const groupOwnership = group ? await groupOwner(group, found, repository, aws) : undefined;
  if (groupOwnership && groupOwnership !== 'unreadable' && !groupOwnership.ours)
    return { name: t.name, group, groupOwnership, resources: [], notOurs: [] };
  if (repository) await lookUpByName(t, aws, found);
  return { name: t.name, group, groupOwnership, resources: found.resources, notOurs: found.notOurs };
}

function toDestroyGroup(rg: ReplicationGroup): DestroyGroup {
  return {
    id: rg.ReplicationGroupId ?? '',
    arn: rg.ARN ?? '',
    status: rg.Status ?? 'unknown',
    createTime: rg.ReplicationGroupCreateTime,
    memberClusters: rg.MemberClusters ?? [],
  };
}

async function groupOwner(
  group: DestroyGroup,
  found: Finder,
  repository: string | undefined,
  aws: Adapters,
): Promise<Ownership | 'unreadable'> {
  const what = `replication group ${group.id}`;
  const tags =
    found.groupTags ??
    (BUSY_FOR_TAGS.has(group.status) ? undefined : await aws.elasticache.listTags(group.arn));
  if (!repository) return ownership({}, undefined, what);
  return tags ? ownership(tags, repository, what) : 'unreadable';
}

/** The derived names of the kinds GetResources did not return, each proven ours by its own tags. */
async function lookUpByName(t: DestroyTarget, aws: Adapters, found: Finder): Promise<void> {
  const names = resourceNames({ name: t.name, family: '', ssmPrefix: t.ssmPrefix });
  const ec = aws.elasticache;
  const checkArn = async (
    arn: string | undefined,
    r: OwnedResource,
    read: (arn: string) => Promise<Record<string, string>>,
  ) => {
    if (arn && !found.has(r)) found.check(r, await read(arn));
  };
  const jobs: Array<Promise<void>> = [];
  if (!found.hasKind('subnet-group'))
    jobs.push(
      ec
        .subnetGroupArn(names.subnetGroup)
        .then((arn) =>
          checkArn(arn, { kind: 'subnet-group', name: names.subnetGroup }, (a) => ec.listTags(a)),
        ),
    );
  if (!found.hasKind('parameter-group'))
    for (const family of ALL_FAMILIES) {
      const name = `${t.name}-${family}`;
      jobs.push(
        ec
          .parameterGroupArn(name)
          .then((arn) => checkArn(arn, { kind: 'parameter-group', name }, (a) => ec.listTags(a))),
      );
    }
  if (!found.hasKind('security-group'))
    jobs.push(
      aws.ec2.findSecurityGroups(names.securityGroup).then((groups) => {
        for (const g of groups)
          found.check(
            { kind: 'security-group', id: g.GroupId ?? '' },
            Object.fromEntries((g.Tags ?? []).map((x) => [x.Key ?? '', x.Value ?? ''])),
          );
      }),
    );
  const logNames = [names.slowLogGroup, names.engineLogGroup];
  if (logNames.some((n) => !found.has({ kind: 'log-group', name: n })))
    jobs.push(
      aws.logs
        .findLogGroups(`/aws/elasticache/${t.name}/`)
        .then((groups) =>
          Promise.all(
            groups.map((g) =>
              checkArn(g.arn, { kind: 'log-group', name: g.name }, (a) => aws.logs.listTags(a)),
            ),
          ).then(() => undefined),
        ),
    );
  const ssmNames = Object.values(names.ssm).filter((n) => !found.has({ kind: 'ssm-parameter', name: n }));
  if (ssmNames.length)
    jobs.push(
      aws.ssm
        .existingParameters(ssmNames)
        .then((existing) =>
          Promise.all(
            existing.map(async (n) =>
              found.check({ kind: 'ssm-parameter', name: n }, await aws.ssm.listTags(n)),
            ),
          ).then(() => undefined),
        ),
    );
  await Promise.all(jobs);
}

/** Collects resources, each kept only when its tags prove it is this repository's, for this group. */
class Finder {
  readonly resources: OwnedResource[] = [];
  readonly notOurs: Array<{ what: string; why: string }> = [];
  groupTags: Record<string, string> | undefined;
  private readonly seen = new Set<string>();

  constructor(
    private readonly name: string,
    private readonly repository: string | undefined,
  ) {}

  tagged(r: TaggedResource): void {
    const what = resourceFromArn(r.arn);
    if (!what) return;
    if (what.kind === 'replication-group') {
      if (what.id === this.name) this.groupTags = r.tags;
      return;
    }
    this.check(what, r.tags);
  }

  has(r: OwnedResource): boolean {
    return this.seen.has(key(r));
  }

  hasKind(kind: OwnedResource['kind']): boolean {
    return this.resources.some((r) => r.kind === kind);
  }

  check(r: OwnedResource, tags: Record<string, string>): void {
    if (this.has(r)) return;
    this.seen.add(key(r));
    const what = describeResource(r);
    const o = ownership(tags, this.repository, what);
    if (!o.ours) this.notOurs.push({ what, why: o.why });
    else if (tags[GROUP_TAG] !== this.name)
      this.notOurs.push({
        what,
        why: `${what} was created for replication group ${tags[GROUP_TAG] ?? '(none)'} (tag ${GROUP_TAG}), not ${this.name}`,
      });
    else this.resources.push(r);
  }
}

function key(r: OwnedResource): string {
  return `${r.kind}:${r.kind === 'security-group' ? r.id : r.name}`;
}
