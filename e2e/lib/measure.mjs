// Measurements that report, never gate: a figure the e2e tier measures (a latency, a long task,
// a load time) is written here with the goal beside it, and scripts/test.sh prints every one in
// its summary. Timings on a shared machine vary with whatever else it runs, so no test fails on
// one; the figures and their goals are read in the report (MEASUREMENTS, by default
// e2e/artifacts/measurements.json; the test command points it at target/test-logs/).
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
export const MEASUREMENTS = process.env.MEASUREMENTS || join(here, '..', 'artifacts', 'measurements.json');

/**
 * Records one figure: `name` (a stable key), its `value` in `unit`, and the `goal` it is held
 * against (`{ max }` or `{ min }`, or null when there is none). Prints one line and returns whether
 * the goal was met, for the caller's message; it never throws on a missed goal.
 */
export function measured(name, value, unit, goal = null, what = '') {
  const met = goal == null ? null : goal.max != null ? value <= goal.max : value >= goal.min;
  mkdirSync(dirname(MEASUREMENTS), { recursive: true });
  const all = existsSync(MEASUREMENTS) ? JSON.parse(readFileSync(MEASUREMENTS, 'utf8')) : {};
  all[name] = { value: Number(value.toFixed(2)), unit, goal, met, what };
  writeFileSync(MEASUREMENTS, JSON.stringify(all, null, 1));
  const target = goal == null ? '' : ` (goal ${goal.max != null ? '≤' : '≥'} ${goal.max ?? goal.min} ${unit}: ${met ? 'met' : 'MISSED'})`;
  console.log(`[measured] ${name}: ${value.toFixed(1)} ${unit}${target}${what ? ' — ' + what : ''}`);
  return met;
}
