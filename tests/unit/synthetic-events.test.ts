/** The benchmark's synthetic events are valid content, so `npm run bench -- --events N` measures a build that passes. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSyntheticContent } from '../../scripts/synthetic-content';
import { renderProblem } from '../../src/schemas/format';
import { validateContent } from '../../src/lib/validation';

describe('synthetic events', () => {
  it('pass validation, in every country, naming services that exist', () => {
    const root = mkdtempSync(join(tmpdir(), 'synthetic-'));
    const summary = writeSyntheticContent(root, { services: 60, events: 45, statements: 1, cases: 1 });
    const result = validateContent({ root, today: '2026-12-07' });
    expect(result.problems.map((problem) => renderProblem(problem))).toEqual([]);
    expect(summary.events).toBe(45);
    expect(result.events).toHaveLength(45);
    expect(new Set(result.events.map((entry) => entry.data.country)).size).toBe(15);
    expect(result.events.some((entry) => entry.data.services.length > 0)).toBe(true);
  });
});
