/** content/cases/<country>/<id>.yaml: one anonymised rights case. */
import { findPersonalData, PERSONAL_DATA_LABELS } from '../../schemas/anonymity';
import { caseSchema } from '../../schemas/cases';
import type { Problem } from '../../schemas/format';
import { PAGES } from '../routes';
import { idMatchesFileName, knownPlace, notInFuture, uniqueIds } from './checks';
import { defineCollection } from './collection';
import type { CheckContext } from './context';

/** Case ids that would take the address of another page under /<locale>/cases/. */
const RESERVED_CASE_IDS = [PAGES.caseStatistics, PAGES.caseGuide].map((path) => path.split('/').pop()!);

/** Every free-text value of a case file, wherever it was written, with its path. */
function caseTexts(data: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; value: string }[] {
  if (typeof data === 'string') return [{ path, value: data }];
  if (Array.isArray(data)) return data.flatMap((item, index) => caseTexts(item, [...path, index]));
  if (data !== null && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) =>
      // Dates of the case itself are checked by the schema, not as prose.
      ['date', 'recorded', 'id', 'country', 'city'].includes(key) && path.length === 0
        ? []
        : caseTexts(value, [...path, key]),
    );
  }
  return [];
}

/** Social networks, by host: a page on them leads to a person's profile. */
const SOCIAL_NETWORKS: Readonly<Record<string, string>> = {
  'facebook.com': 'Facebook',
  'fb.com': 'Facebook',
  'vk.com': 'VK',
  'vk.ru': 'VK',
  'ok.ru': 'Odnoklassniki',
  'instagram.com': 'Instagram',
  't.me': 'Telegram',
  'telegram.me': 'Telegram',
  'x.com': 'X',
  'twitter.com': 'X',
  'tiktok.com': 'TikTok',
  'linkedin.com': 'LinkedIn',
  'threads.net': 'Threads',
  'youtube.com': 'YouTube',
  'wa.me': 'WhatsApp',
};

/** The social network a web address belongs to, if any. */
export function socialNetworkOf(value: string): string | undefined {
  let host: string;
  try {
    host = new URL(value).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  const domain = Object.keys(SOCIAL_NETWORKS).find((name) => host === name || host.endsWith(`.${name}`));
  return domain ? SOCIAL_NETWORKS[domain] : undefined;
}

/** Links in a case (wherever written) that go to a social network. */
function socialLinkProblems(file: string, data: unknown, context: CheckContext): Problem[] {
  return caseTexts(data).flatMap(({ path, value }) => {
    const site = /^https?:\/\//i.test(value.trim()) ? socialNetworkOf(value.trim()) : undefined;
    return site ? [context.problem(file, path, 'case.social_profile', { site })] : [];
  });
}

/** Personal data anywhere in a case file, read from the raw file so a case that fails its schema is still screened. */
function anonymityProblems(file: string, data: unknown, context: CheckContext): Problem[] {
  const precision = (data as { precision?: unknown } | null)?.precision === 'day' ? 'day' : 'month';
  return caseTexts(data).flatMap(({ path, value }) =>
    findPersonalData(value, { precision }).map((finding) =>
      context.problem(file, path, 'case.personal_data', {
        kind: PERSONAL_DATA_LABELS[context.lang][finding.kind],
        fragment: finding.masked,
      }),
    ),
  );
}

/** Cases: no personal data, ids that are file names and no page's address, known places, past dates. */
export const cases = defineCollection({
  folder: 'cases',
  ext: '.yaml',
  format: 'yaml',
  schema: caseSchema,
  checkParsed: (file, data, context) => [
    ...anonymityProblems(file, data, context),
    ...socialLinkProblems(file, data, context),
  ],
  checkEntry: ({ file, data }, context) => [
    ...idMatchesFileName(file, data.id, context),
    ...(RESERVED_CASE_IDS.includes(data.id)
      ? [context.problem(file, ['id'], 'check.reserved_id', { id: data.id })]
      : []),
    ...knownPlace(file, data, context),
    ...notInFuture(file, ['date'], data.date, context),
    ...notInFuture(file, ['recorded'], data.recorded, context),
  ],
  checkAll: uniqueIds,
});
