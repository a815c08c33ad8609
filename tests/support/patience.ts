/**
 * Time budgets for tests that scale with how busy the machine is. Tests wait
 * for events and states (a `data-state`, a request, a visible element), never
 * for a fixed time; the budget only says how long such a wait may take before
 * the test gives up. On a CI runner with two idle cores the base figures hold;
 * a laptop or runner shared with other builds gets proportionally longer.
 */
import { availableParallelism, loadavg } from 'node:os';

/** Never more patient than this many times the base budget: a hang must still fail in minutes. */
const MAX_SLOWDOWN = 6;

/**
 * How many times slower than on an idle machine tests may run now: the
 * one-minute load average per core, between 1 and 6. `TEST_SLOWDOWN=3`
 * sets it (on Windows, where the load average is always 0, or to reproduce
 * a slow run).
 */
export function slowdown(): number {
  const forced = Number(process.env.TEST_SLOWDOWN);
  if (Number.isFinite(forced) && forced > 0) return forced;
  const [oneMinute = 0] = loadavg();
  return Math.min(MAX_SLOWDOWN, Math.max(1, oneMinute / availableParallelism()));
}

/** A budget of `ms` on an idle machine, scaled to the load now. */
export function budget(ms: number): number {
  return Math.round(ms * slowdown());
}
