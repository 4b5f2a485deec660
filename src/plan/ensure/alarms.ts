// The group's CloudWatch alarms (input `alarms`): one level after everything else. The members they
// watch are the group's as they will be after this run: a new group's `<name>-001…` (the first is
// the primary), an existing group's members with their roles, plus the ids AWS gives added replicas
// (the lowest free numbers) minus the replicas it removes (the last ones listed). Should AWS choose
// otherwise, the next run converges. Alarms are compared field by field; PutMetricAlarm replaces
// one whole, so an update is the same call as a create.

import type { ApplyConfig as Config } from '../../config/types.js';
import {
  alarmNamePattern,
  COMPARED_FIELDS,
  desiredAlarms,
  type AlarmMember,
  type AlarmSpec,
} from '../../domain/alarms.js';
import type { Observed, ObservedAlarm, ObservedGroup } from '../../observe/types.js';
import type { Unleveled } from '../steps.js';

export function alarmSteps(cfg: Config, obs: Observed, g: ObservedGroup | undefined): Unleveled[] {
  if (!cfg.alarms) return [];
  const desired = desiredAlarms(cfg.name, cfg.nodeType, cfg.alarms, membersAfterRun(cfg, g));
  // Stryker disable next-line ArrayDeclaration: a non-empty fallback's string maps to the name '', which no desired alarm has and the name pattern never matches
  const observed = new Map((obs.alarms ?? []).map((a) => [a.AlarmName ?? '', a]));
  const create: AlarmSpec[] = [];
  const update: Array<{ spec: AlarmSpec; changed: string[] }> = [];
  for (const spec of desired) {
    const have = observed.get(spec.AlarmName);
    if (!have) create.push(spec);
    else {
      const changed = alarmDifferences(spec, have);
      if (changed.length) update.push({ spec, changed });
    }
  }
  const wanted = new Set(desired.map((d) => d.AlarmName));
  const pattern = alarmNamePattern(cfg.name);
  const stale = [...observed.values()]
    .filter((a) => pattern.test(a.AlarmName ?? '') && !wanted.has(a.AlarmName ?? ''))
    .map((a) => ({ name: a.AlarmName ?? '', arn: a.AlarmArn ?? '' }))
    .sort((a, b) => a.name.localeCompare(b.name));

  const steps: Unleveled[] = [];
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

function plural(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`;
}

/** The members (id and role) the group has once this run's replica change is done. */
export function membersAfterRun(cfg: Config, g: ObservedGroup | undefined): AlarmMember[] {
  const id = (n: number) => `${cfg.name}-${String(n).padStart(3, '0')}`;
  if (!g) return Array.from({ length: cfg.numCacheClusters }, (_, i) => member(id(i + 1), i === 0));
  const known = g.members.some((m) => m.role === 'primary');
  let members: AlarmMember[] = g.members.map((m, i) => ({
    id: m.id,
    role: (known ? m.role === 'primary' : i === 0) ? 'primary' : 'replica',
  }));
  if (cfg.numCacheClusters > members.length) {
    const taken = new Set(members.map((m) => m.id));
    for (let n = 1; members.length < cfg.numCacheClusters; n++)
      if (!taken.has(id(n))) members.push(member(id(n), false));
  } else if (cfg.numCacheClusters < members.length) {
    let remove = members.length - cfg.numCacheClusters;
    const removed = new Set<string>();
    for (const m of [...members].reverse())
      if (remove > 0 && m.role === 'replica') {
        removed.add(m.id);
        remove--;
      }
    members = members.filter((m) => !removed.has(m.id));
  }
  return members;
}

function member(id: string, primary: boolean): AlarmMember {
  return { id, role: primary ? 'primary' : 'replica' };
}

/** Labels of the fields where the alarm in AWS differs from the one wanted, with both values. */
export function alarmDifferences(want: AlarmSpec, have: ObservedAlarm): string[] {
  const out: string[] = [];
  for (const [field, label] of COMPARED_FIELDS) {
    const w = norm(want[field]);
    const h = norm(have[field]);
    if (w !== h)
      out.push(field === 'AlarmDescription' ? label : `${label} ${show(have[field])} → ${show(want[field])}`);
  }
  return out;
}

/** Arrays compare as sets (AWS may list actions or dimensions in another order). */
function norm(v: unknown): string {
  if (Array.isArray(v)) return JSON.stringify(v.map((x) => JSON.stringify(x)).sort());
  return JSON.stringify(v ?? null);
}

function show(v: unknown): string {
  if (v === undefined) return '(unset)';
  if (Array.isArray(v))
    return v.length
      ? v
          .map((x) => (typeof x === 'object' && x ? Object.values(x as object).join('=') : String(x)))
          .join(',')
      : '(none)';
  return String(v);
}
