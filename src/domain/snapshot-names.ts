// The names of the manual snapshots mode snapshot takes: <name>-manual-<YYYY-MM-DD> (UTC), and
// <name>-manual-<YYYY-MM-DD>-<HHMMSS> when that name is already taken the same day.

const pad = (n: number) => String(n).padStart(2, '0');

/** `<name>-manual-<YYYY-MM-DD>` for the UTC day of `now`. */
export function dailySnapshotName(group: string, now: number): string {
  const d = new Date(now);
  return `${group}-manual-${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The same-day name: the daily name plus `-<HHMMSS>` (UTC) of `now`. */
export function suffixedSnapshotName(group: string, now: number): string {
  const d = new Date(now);
  return `${dailySnapshotName(group, now)}-${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
}

/** Whether `snapshot` is named as mode snapshot names a snapshot of `group` (any day). */
export function isManualSnapshotName(group: string, snapshot: string): boolean {
  const prefix = `${group}-manual-`;
  return snapshot.startsWith(prefix) && /^\d{4}-\d{2}-\d{2}(-\d{6})?$/.test(snapshot.slice(prefix.length));
}

/** Whether `snapshot` is one of `group`'s manual snapshots of the UTC day of `now`. */
export function isSameDaySnapshotName(group: string, snapshot: string, now: number): boolean {
  const daily = dailySnapshotName(group, now);
  return snapshot === daily || (snapshot.startsWith(`${daily}-`) && isManualSnapshotName(group, snapshot));
}

/**
 * Whether `snapshot` may be one a re-run of this workflow run took: named like ours on the UTC day
 * of `now` or the day before (a run killed just before midnight UTC is re-run just after it).
 */
export function isRecentSnapshotName(group: string, snapshot: string, now: number): boolean {
  return (
    isSameDaySnapshotName(group, snapshot, now) || isSameDaySnapshotName(group, snapshot, now - 86_400_000)
  );
}
