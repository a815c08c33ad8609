/** content/guides/<id>/<lang>.md: one language version of a guide for members (Markdown, checked like statements). */
import type { Problem } from '../../schemas/format';
import { guideSchema } from '../../schemas/guides';
import { defineCollection } from './collection';
import type { CheckContext } from './context';
import { baseName } from './files';
import { versionId } from './statements';

/** A guide version's folder is its id and its file name its language. */
function checkVersion(file: string, data: { id: string; lang: string }, context: CheckContext): Problem[] {
  const folder = file.split('/').at(-2);
  const problems: Problem[] = [];
  if (folder !== data.id)
    problems.push(context.problem(file, ['id'], 'check.id_file_mismatch', { id: data.id, file: folder }));
  if (baseName(file) !== data.lang) {
    problems.push(context.problem(file, ['lang'], 'check.statement_lang', { file: baseName(file), lang: data.lang }));
  }
  return problems;
}

/** Guides: Markdown bodies under the same rules as statements (no HTML, safe links, length, privacy). */
export const guides = defineCollection({
  folder: 'guides',
  ext: '.md',
  format: 'frontmatter',
  schema: guideSchema,
  toEntry: (data, body) => ({ ...data, body }),
  entryId: versionId,
  checkEntry: ({ file, data }, context) => checkVersion(file, data, context),
});
