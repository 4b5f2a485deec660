import { describe, it, expect } from 'vitest';
import {
  circularOverlap,
  parseMaintenanceWindow,
  parseSnapshotWindow,
  windowsOverlap,
  MINUTES_PER_WEEK,
  type DailyWindow,
  type WeeklyWindow,
} from '../src/config/windows.js';
import { formatDuration } from '../src/domain/duration.js';

function snap(text: string): DailyWindow {
  const r = parseSnapshotWindow(text);
  if (!r.ok) throw new Error(`${text}: ${r.message}`);
  return r.window;
}

function maint(text: string): WeeklyWindow {
  const r = parseMaintenanceWindow(text);
  if (!r.ok) throw new Error(`${text}: ${r.message}`);
  return r.window;
}

describe('parseSnapshotWindow', () => {
  it.each([
    ['03:00-04:00', 60, 180, 240],
    ['00:00-23:59', 1439, 0, 1439],
    ['23:30-00:30', 60, 1410, 30], // wraps midnight
    ['22:00-02:15', 255, 1320, 135],
    [' 05:00-07:30 ', 150, 300, 450],
  ])('%s lasts %i minutes', (text, duration, start, end) => {
    const w = snap(text);
    expect(w.durationMinutes).toBe(duration);
    expect(w.start).toBe(start);
    expect(w.end).toBe(end);
    expect(w.text).toBe(text.trim());
  });

  it.each([
    ['03:00-03:59', 'at least 60 minutes'],
    ['23:30-00:29', 'at least 60 minutes'],
    ['04:00-04:00', 'at least 60 minutes'],
    ['3:00-4:00', 'hh24:mi-hh24:mi'],
    ['03:00 - 04:00', 'hh24:mi-hh24:mi'],
    ['03:00', 'hh24:mi-hh24:mi'],
    ['24:00-01:00', 'hours must be 00-23'],
    ['03:60-05:00', 'minutes 00-59'],
    ['sun:03:00-sun:04:00', 'hh24:mi-hh24:mi'],
  ])('rejects %s', (text, fragment) => {
    const r = parseSnapshotWindow(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(fragment);
  });
});

describe('parseMaintenanceWindow', () => {
  it.each([
    ['sun:05:00-sun:06:00', 60, 'sun:05:00-sun:06:00'],
    ['SUN:05:00-Sun:06:00', 60, 'sun:05:00-sun:06:00'],
    ['mon:23:00-tue:01:00', 120, 'mon:23:00-tue:01:00'],
    ['sat:23:00-sun:01:00', 120, 'sat:23:00-sun:01:00'], // wraps the week
    ['wed:10:00-thu:10:00', 1440, 'wed:10:00-thu:10:00'], // exactly 24 h
    ['sat:12:00-sun:12:00', 1440, 'sat:12:00-sun:12:00'],
  ])('%s lasts %i minutes', (text, duration, normalised) => {
    const w = maint(text);
    expect(w.durationMinutes).toBe(duration);
    expect(w.text).toBe(normalised);
  });

  it('places the window in minutes after sun 00:00', () => {
    const w = maint('sat:23:00-sun:01:00');
    expect(w.start).toBe(6 * 1440 + 23 * 60);
    expect(w.end).toBe(60);
  });

  it.each([
    ['sun:05:00-sun:05:59', 'at least 60 minutes'],
    ['sat:23:30-sun:00:29', 'at least 60 minutes'],
    ['sun:05:00-sun:05:00', 'at least 60 minutes'],
    ['sun:05:00-mon:05:01', 'at most 24 hours'],
    ['sun:06:00-sun:05:00', 'at most 24 hours'], // read as a window of 6 days 23 h
    ['fri:00:00-sun:00:00', 'at most 24 hours'],
    ['sunday:05:00-sunday:06:00', 'ddd:hh24:mi-ddd:hh24:mi'],
    ['05:00-06:00', 'ddd:hh24:mi-ddd:hh24:mi'],
    ['abc:05:00-abc:06:00', 'days must be one of sun, mon, tue, wed, thu, fri, sat'],
    ['sun:25:00-sun:26:00', 'hours must be 00-23'],
  ])('rejects %s', (text, fragment) => {
    const r = parseMaintenanceWindow(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(fragment);
  });
});

describe('windowsOverlap', () => {
  it.each([
    // snapshot, maintenance, overlaps?
    ['03:00-04:00', 'sun:05:00-sun:06:00', false], // the defaults
    ['03:00-04:00', 'sun:04:00-sun:05:00', false], // touching at the end
    ['03:00-04:00', 'sun:02:00-sun:03:00', false], // touching at the start
    ['03:00-04:00', 'sun:03:30-sun:04:30', true],
    ['03:00-04:00', 'wed:03:59-wed:05:00', true], // any day of the week collides
    ['03:00-04:00', 'sat:02:00-sat:03:01', true],
    ['03:00-05:00', 'tue:03:30-tue:04:30', true], // maintenance inside snapshot
    ['03:00-06:00', 'tue:02:00-tue:07:00', true], // snapshot inside maintenance
    ['03:00-04:00', 'mon:04:00-tue:03:00', false], // 23 h fitting between two snapshot runs
    ['03:00-04:00', 'mon:04:00-tue:03:01', true], // …one minute too long
    ['03:00-04:00', 'mon:05:00-tue:05:00', true], // 24 h always covers a daily window
    // snapshot window wrapping midnight
    ['23:30-00:30', 'sun:00:00-sun:01:00', true],
    ['23:30-00:30', 'wed:23:00-thu:00:00', true],
    ['23:30-00:30', 'wed:00:30-wed:23:30', false],
    ['23:00-01:00', 'thu:22:00-thu:23:00', false],
    ['23:00-01:00', 'thu:00:59-thu:02:00', true],
    // maintenance window wrapping sat → sun
    ['03:00-04:00', 'sat:23:00-sun:01:00', false],
    ['00:30-01:30', 'sat:23:00-sun:01:00', true], // collides with sunday's snapshot
    ['22:00-23:00', 'sat:23:00-sun:01:00', false],
    ['22:00-23:30', 'sat:23:00-sun:01:00', true], // collides with saturday's snapshot
    // both wrap
    ['23:30-00:30', 'sat:23:00-sun:01:00', true],
    ['23:00-00:00', 'sat:00:00-sat:23:00', false],
  ])('snapshot %s vs maintenance %s → %s', (s, m, expected) => {
    expect(windowsOverlap(snap(s), maint(m))).toBe(expected);
  });
});

describe('circularOverlap', () => {
  it.each([
    [0, 10, 10, 5, 100, false],
    [0, 10, 9, 5, 100, true],
    [95, 10, 0, 5, 100, true], // a wraps onto b
    [95, 5, 0, 5, 100, false], // a ends exactly where the period restarts
    [0, 5, 95, 10, 100, true], // b wraps onto a
    [50, 0, 40, 20, 100, false], // empty interval
    [0, 100, 37, 1, 100, true], // full period
  ])('[%i,+%i) vs [%i,+%i) mod %i → %s', (a, al, b, bl, p, expected) => {
    expect(circularOverlap(a, al, b, bl, p)).toBe(expected);
    expect(circularOverlap(b, bl, a, al, p)).toBe(expected);
  });

  it('agrees with brute force over a week', () => {
    const covered = (start: number, len: number) => {
      const set = new Set<number>();
      for (let i = 0; i < len; i++) set.add((start + i) % MINUTES_PER_WEEK);
      return set;
    };
    const starts = [0, 59, 1439, 5000, 10020, 10079];
    const lens = [1, 60, 61, 1440];
    for (const a of starts)
      for (const al of lens)
        for (const b of starts)
          for (const bl of lens) {
            const sa = covered(a, al);
            const brute = [...covered(b, bl)].some((x) => sa.has(x));
            expect(circularOverlap(a, al, b, bl, MINUTES_PER_WEEK)).toBe(brute);
          }
  });
});

describe('window lengths use the one duration formatter', () => {
  it.each([
    [0, '0s'],
    [59, '59m00s'],
    [60, '1h00m'],
    [1441, '24h01m'],
  ])('%i minutes → %s', (m, text) => expect(formatDuration(m * 60_000)).toBe(text));

  it('names the length of a window that is too short', () => {
    const r = parseSnapshotWindow('03:00-03:45');
    expect(r).toEqual({ ok: false, message: 'must be at least 60 minutes long (this one is 45m00s)' });
  });
});
