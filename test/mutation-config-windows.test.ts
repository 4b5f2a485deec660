// The snapshot_window and maintenance_window inputs, as mutation testing (npm run mutation) found them
// unpinned: each side of a window checked on its own, the exact messages, the text a window is
// normalised to, and the overlap check the action runs on the two inputs together.

import { describe, expect, it } from 'vitest';
import { parseMinimal } from './support/config.js';
import { formatInputError, type InputName } from '../src/config/inputs.js';
import {
  circularOverlap,
  parseMaintenanceWindow,
  parseSnapshotWindow,
  windowsOverlap,
  type DailyWindow,
  type WeeklyWindow,
} from '../src/config/windows.js';

type Inputs = Partial<Record<InputName, string>>;

const parse = parseMinimal;

function errorLines(inputs: Inputs): string[] {
  const r = parse(inputs);
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.errors.map(formatInputError);
}

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

const SNAPSHOT_FORMAT = 'must be hh24:mi-hh24:mi in UTC, e.g. 03:00-04:00';
const SNAPSHOT_RANGE = 'hours must be 00-23 and minutes 00-59 (hh24:mi-hh24:mi, UTC)';
const MAINTENANCE_FORMAT = 'must be ddd:hh24:mi-ddd:hh24:mi in UTC, e.g. sun:05:00-sun:06:00';
const MAINTENANCE_RANGE = 'hours must be 00-23 and minutes 00-59 (ddd:hh24:mi-ddd:hh24:mi, UTC)';
const DAYS_MESSAGE = 'days must be one of sun, mon, tue, wed, thu, fri, sat';

describe('snapshot_window', () => {
  it.each([
    ['x03:00-04:00'],
    ['03:00-04:00x'],
    ['003:00-04:00'],
    ['03:000-04:00'],
    ['03:00-004:00'],
    ['03:00-04:000'],
    ['ab:00-04:00'],
    ['03:cd-04:00'],
    ['03:00-ef:00'],
    ['03:00-04:gh'],
    ['03.00-04.00'],
    ['03:00_04:00'],
  ])('refuses %s with the format it wants', (text) => {
    expect(parseSnapshotWindow(text)).toStrictEqual({ ok: false, message: SNAPSHOT_FORMAT });
  });

  it.each([['24:00-01:00'], ['03:60-05:00'], ['03:00-24:00'], ['03:00-05:60']])(
    'refuses %s: each hour and minute is checked on its own',
    (text) => {
      expect(parseSnapshotWindow(text)).toStrictEqual({ ok: false, message: SNAPSHOT_RANGE });
    },
  );

  it('accepts the last minute of the day on either side', () => {
    expect(snap('23:59-01:00')).toStrictEqual({
      start: 1439,
      end: 60,
      durationMinutes: 61,
      text: '23:59-01:00',
    });
    expect(snap('22:00-23:59')).toStrictEqual({
      start: 1320,
      end: 1439,
      durationMinutes: 119,
      text: '22:00-23:59',
    });
  });

  it('is normalised to two-digit hours and minutes', () => {
    expect(snap(' 00:05-01:05 ')).toStrictEqual({
      start: 5,
      end: 65,
      durationMinutes: 60,
      text: '00:05-01:05',
    });
  });

  it('names the length of a window one minute too short, wrapping midnight or not', () => {
    expect(parseSnapshotWindow('03:00-03:59')).toStrictEqual({
      ok: false,
      message: 'must be at least 60 minutes long (this one is 59m00s)',
    });
    expect(parseSnapshotWindow('23:30-00:29')).toStrictEqual({
      ok: false,
      message: 'must be at least 60 minutes long (this one is 59m00s)',
    });
  });

  it('is reported on the snapshot_window input, with the value given', () => {
    expect(errorLines({ snapshot_window: '3:00-4:00' })).toEqual([
      `Input "snapshot_window" = "3:00-4:00": ${SNAPSHOT_FORMAT}`,
    ]);
  });
});

describe('maintenance_window', () => {
  it.each([
    ['xsun:05:00-sun:06:00'],
    ['sun:05:00-sun:06:00x'],
    ['su:05:00-sun:06:00'],
    ['sun:05:00-su:06:00'],
    ['sun:5:00-sun:06:00'],
    ['sun:05:0-sun:06:00'],
    ['sun:05:00-sun:6:00'],
    ['sun:05:00-sun:06:0'],
    ['sun:005:00-sun:06:00'],
    ['sun:05:000-sun:06:00'],
    ['sun:05:00-sun:006:00'],
    ['sun:05:00-sun:06:000'],
    ['s1n:05:00-sun:06:00'],
    ['sun:05:00-s1n:06:00'],
    ['sun:ab:00-sun:06:00'],
    ['sun:05:cd-sun:06:00'],
    ['sun:05:00-sun:ef:00'],
    ['sun:05:00-sun:06:gh'],
    ['sun 05:00-sun 06:00'],
    ['sun:05:00 sun:06:00'],
  ])('refuses %s with the format it wants', (text) => {
    expect(parseMaintenanceWindow(text)).toStrictEqual({ ok: false, message: MAINTENANCE_FORMAT });
  });

  it.each([['abc:05:00-sun:06:00'], ['sun:05:00-abc:06:00']])(
    'refuses %s: each day is checked on its own',
    (text) => {
      expect(parseMaintenanceWindow(text)).toStrictEqual({ ok: false, message: DAYS_MESSAGE });
    },
  );

  it.each([
    ['sun:24:00-mon:01:00'],
    ['sun:05:60-sun:07:00'],
    ['sun:05:00-sun:24:00'],
    ['sun:05:00-sun:06:60'],
  ])('refuses %s: each hour and minute is checked on its own', (text) => {
    expect(parseMaintenanceWindow(text)).toStrictEqual({ ok: false, message: MAINTENANCE_RANGE });
  });

  it('places every day of the week, and wraps sat→sun', () => {
    expect(maint('mon:00:00-mon:01:00')).toStrictEqual({
      start: 1440,
      end: 1500,
      durationMinutes: 60,
      text: 'mon:00:00-mon:01:00',
    });
    expect(maint('FRI:23:59-Sat:01:00')).toStrictEqual({
      start: 5 * 1440 + 1439,
      end: 6 * 1440 + 60,
      durationMinutes: 61,
      text: 'fri:23:59-sat:01:00',
    });
    expect(maint(' sat:23:30-sun:00:30 ')).toStrictEqual({
      start: 6 * 1440 + 1410,
      end: 30,
      durationMinutes: 60,
      text: 'sat:23:30-sun:00:30',
    });
    expect(maint('tue:10:00-wed:09:59').text).toBe('tue:10:00-wed:09:59');
    expect(maint('thu:10:00-thu:11:00').text).toBe('thu:10:00-thu:11:00');
  });

  it('names the length of a window that is too short or too long', () => {
    expect(parseMaintenanceWindow('sun:05:00-sun:05:59')).toStrictEqual({
      ok: false,
      message: 'must be at least 60 minutes long (this one is 59m00s)',
    });
    expect(parseMaintenanceWindow('sun:05:00-mon:05:01')).toStrictEqual({
      ok: false,
      message: 'must be at most 24 hours long (this one is 24h01m)',
    });
  });

  it('accepts exactly 60 minutes and exactly 24 hours', () => {
    expect(maint('sun:05:00-sun:06:00').durationMinutes).toBe(60);
    expect(maint('sat:05:00-sun:05:00').durationMinutes).toBe(1440);
  });

  it('is reported on the maintenance_window input, with the value given', () => {
    expect(errorLines({ maintenance_window: 'sunday:05:00-sunday:06:00' })).toEqual([
      `Input "maintenance_window" = "sunday:05:00-sunday:06:00": ${MAINTENANCE_FORMAT}`,
    ]);
  });
});

describe('the two windows together', () => {
  it('accepts windows that only touch, on any day', () => {
    for (const day of ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']) {
      expect(windowsOverlap(snap('03:00-04:00'), maint(`${day}:04:00-${day}:05:00`))).toBe(false);
      expect(windowsOverlap(snap('03:00-04:00'), maint(`${day}:02:00-${day}:03:00`))).toBe(false);
      expect(windowsOverlap(snap('03:00-04:00'), maint(`${day}:03:59-${day}:05:00`))).toBe(true);
    }
  });

  it('refuses an overlap through parseConfig, naming maintenance_window', () => {
    const r = parse({ snapshot_window: '03:00-04:00', maintenance_window: 'sat:03:30-sat:04:30' });
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.errors.map((e) => e.input)).toEqual(['maintenance_window']);
    expect(parse({ snapshot_window: '03:00-04:00', maintenance_window: 'sat:04:00-sat:05:00' }).ok).toBe(
      true,
    );
  });

  it('circularOverlap: an interval as long as the period covers everything', () => {
    expect(circularOverlap(0, 100, 50, 1, 100)).toBe(true);
    expect(circularOverlap(50, 1, 0, 100, 100)).toBe(true);
    expect(circularOverlap(10, 1, 11, 1, 100)).toBe(false);
    expect(circularOverlap(10, 0, 10, 5, 100)).toBe(false);
    expect(circularOverlap(10, 5, 10, 0, 100)).toBe(false);
  });
});
