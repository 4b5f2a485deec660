// ElastiCache time windows (all UTC):
// - snapshot window    "hh24:mi-hh24:mi"          — daily, at least 60 minutes, may wrap midnight;
// - maintenance window "ddd:hh24:mi-ddd:hh24:mi"  — weekly, 60 minutes to 24 hours, may wrap sat→sun.
// ElastiCache rejects a maintenance window that overlaps the snapshot window. Because the snapshot
// window repeats every day, the check compares the weekly window against all seven daily copies.
// Intervals are half-open [start, end): windows that merely touch (04:00 end / 04:00 start) are fine.

import { formatDuration } from '../domain/duration.js';

export const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Day = (typeof DAYS)[number];

export const MINUTES_PER_DAY = 24 * 60;
export const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;
export const MIN_WINDOW_MINUTES = 60;
export const MAX_MAINTENANCE_WINDOW_MINUTES = MINUTES_PER_DAY;

export interface DailyWindow {
  /** Minutes after 00:00 UTC, 0–1439. */
  start: number;
  /** Minutes after 00:00 UTC, 0–1439; less than `start` when the window wraps midnight. */
  end: number;
  durationMinutes: number;
  /** Normalised text, e.g. "03:00-04:00". */
  text: string;
}

export interface WeeklyWindow {
  /** Minutes after sun 00:00 UTC, 0–10079. */
  start: number;
  /** Minutes after sun 00:00 UTC; less than `start` when the window wraps sat→sun. */
  end: number;
  durationMinutes: number;
  /** Normalised text with lowercase days, e.g. "sun:05:00-sun:06:00". */
  text: string;
}

export type WindowResult<W> = { ok: true; window: W } | { ok: false; message: string };

const mod = (n: number, m: number): number => ((n % m) + m) % m;
const pad = (n: number): string => String(n).padStart(2, '0');

/** Minutes after midnight for "hh:mm" (two digits each, 00:00–23:59), else undefined. */
function timeOfDay(hh: string, mm: string): number | undefined {
  const h = Number(hh);
  const m = Number(mm);
  if (h > 23 || m > 59) return undefined;
  return h * 60 + m;
}

export function formatTimeOfDay(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

export function formatTimeOfWeek(minutes: number): string {
  const day = DAYS[Math.floor(minutes / MINUTES_PER_DAY)] ?? 'sun';
  return `${day}:${formatTimeOfDay(minutes % MINUTES_PER_DAY)}`;
}

/** Parse and validate a snapshot window such as "03:00-04:00" (may wrap midnight: "23:30-00:30"). */
export function parseSnapshotWindow(text: string): WindowResult<DailyWindow> {
  const m = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/.exec(text.trim());
  if (!m) return { ok: false, message: 'must be hh24:mi-hh24:mi in UTC, e.g. 03:00-04:00' };
  const start = timeOfDay(m[1]!, m[2]!);
  const end = timeOfDay(m[3]!, m[4]!);
  if (start === undefined || end === undefined) {
    return { ok: false, message: 'hours must be 00-23 and minutes 00-59 (hh24:mi-hh24:mi, UTC)' };
  }
  const durationMinutes = mod(end - start, MINUTES_PER_DAY);
  if (durationMinutes < MIN_WINDOW_MINUTES) {
    return {
      ok: false,
      message: `must be at least 60 minutes long (this one is ${formatDuration(durationMinutes * 60_000)})`,
    };
  }
  return {
    ok: true,
    window: { start, end, durationMinutes, text: `${formatTimeOfDay(start)}-${formatTimeOfDay(end)}` },
  };
}

/**
 * Parse and validate a maintenance window such as "sun:05:00-sun:06:00" (days are case-insensitive
 * and normalised to lowercase; may wrap from sat to sun: "sat:23:00-sun:01:00").
 */
export function parseMaintenanceWindow(text: string): WindowResult<WeeklyWindow> {
  const m = /^([a-z]{3}):(\d{2}):(\d{2})-([a-z]{3}):(\d{2}):(\d{2})$/i.exec(text.trim());
  if (!m) {
    return { ok: false, message: 'must be ddd:hh24:mi-ddd:hh24:mi in UTC, e.g. sun:05:00-sun:06:00' };
  }
  const startDay = DAYS.indexOf(m[1]!.toLowerCase() as Day);
  const endDay = DAYS.indexOf(m[4]!.toLowerCase() as Day);
  if (startDay < 0 || endDay < 0) {
    return { ok: false, message: `days must be one of ${DAYS.join(', ')}` };
  }
  const startTime = timeOfDay(m[2]!, m[3]!);
  const endTime = timeOfDay(m[5]!, m[6]!);
  if (startTime === undefined || endTime === undefined) {
    return { ok: false, message: 'hours must be 00-23 and minutes 00-59 (ddd:hh24:mi-ddd:hh24:mi, UTC)' };
  }
  const start = startDay * MINUTES_PER_DAY + startTime;
  const end = endDay * MINUTES_PER_DAY + endTime;
  const durationMinutes = mod(end - start, MINUTES_PER_WEEK);
  if (durationMinutes < MIN_WINDOW_MINUTES) {
    return {
      ok: false,
      message: `must be at least 60 minutes long (this one is ${formatDuration(durationMinutes * 60_000)})`,
    };
  }
  if (durationMinutes > MAX_MAINTENANCE_WINDOW_MINUTES) {
    return {
      ok: false,
      message: `must be at most 24 hours long (this one is ${formatDuration(durationMinutes * 60_000)})`,
    };
  }
  return {
    ok: true,
    window: { start, end, durationMinutes, text: `${formatTimeOfWeek(start)}-${formatTimeOfWeek(end)}` },
  };
}

/**
 * Whether two half-open intervals [aStart, aStart+aLen) and [bStart, bStart+bLen) on a circle of
 * `period` minutes share at least one minute. Handles intervals that wrap past the end of the period.
 */
export function circularOverlap(
  aStart: number,
  aLen: number,
  bStart: number,
  bLen: number,
  period: number,
): boolean {
  if (aLen <= 0 || bLen <= 0) return false;
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: a short cut only: an interval of a whole period (or more) already passes the `mod(...) < len` test below.
  if (aLen >= period || bLen >= period) return true;
  return mod(bStart - aStart, period) < aLen || mod(aStart - bStart, period) < bLen;
}

/**
 * Whether the weekly maintenance window overlaps any day's occurrence of the daily snapshot window.
 * Touching windows (one ends when the other starts) do not overlap.
 */
export function windowsOverlap(snapshot: DailyWindow, maintenance: WeeklyWindow): boolean {
  for (let day = 0; day < DAYS.length; day++) {
    const start = day * MINUTES_PER_DAY + snapshot.start;
    if (
      circularOverlap(
        start,
        snapshot.durationMinutes,
        maintenance.start,
        maintenance.durationMinutes,
        MINUTES_PER_WEEK,
      )
    ) {
      return true;
    }
  }
  return false;
}
