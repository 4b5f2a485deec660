/**
 * The one duration format of the action, for waits, timings and window lengths:
 * "0s", "45s", "1m15s", "10m00s", "1h05m", "24h01m" (seconds are dropped from an hour on).
 */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  if (h) return `${h}h${String(m).padStart(2, '0')}m`;
  if (m) return `${m}m${String(sec).padStart(2, '0')}s`;
  return `${sec}s`;
}
