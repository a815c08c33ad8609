/**
 * Every built page is valid, accessible-by-construction HTML according to
 * html-validate's recommended rules (config in .htmlvalidate.json).
 */
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { listHtmlFiles, requireDist, WHOLE_SITE_MS } from '../support/dist';

describe('html-validate', () => {
  it('every built page passes html-validate:recommended', async () => {
    const dist = requireDist();
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const files = listHtmlFiles(dist);
    const problems: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(join(dist, file));
      for (const result of report.results) {
        for (const message of result.messages) {
          problems.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}${message.selector ? ` (${message.selector})` : ''}`);
        }
      }
    }
    console.log(`html-validate: ${files.length} pages, ${problems.length} problems`);
    expect(problems, problems.slice(0, 60).join('\n')).toEqual([]);
  }, WHOLE_SITE_MS);
});
