/**
 * The offline script's status messages, one set per edition. They travel in
 * the edition's pack summary (dist/offline/<edition>.json, written by
 * scripts/service-worker.ts), which <offline-status> (src/scripts/offline-status.ts) fetches before it says
 * anything, instead of sitting hidden in every one of tens of thousands of
 * pages. '#' stands for a size the script fills in.
 */
import { CYRILLIC_SEGMENT } from '../lib/cyrillic-edition';
import { serbianToCyrillic } from '../lib/transliterate';
import { isLocale } from '../schemas/locales';
import { useTranslations } from '.';

/** Message name → text, as <offline-status> uses them. */
export type OfflineMessages = Record<'ready' | 'partial' | 'saving' | 'visitedOnly' | 'saveCore' | 'saveAll', string>;

/** The messages of an edition: a locale, or the Serbian Cyrillic edition. */
export function offlineMessages(edition: string): OfflineMessages {
  if (edition === CYRILLIC_SEGMENT) {
    const latin = offlineMessages('sr');
    return Object.fromEntries(
      Object.entries(latin).map(([key, text]) => [key, serbianToCyrillic(text)]),
    ) as OfflineMessages;
  }
  if (!isLocale(edition)) throw new Error(`offline messages: no edition "${edition}"`);
  const t = useTranslations(edition);
  return {
    ready: t('offline.ready'),
    partial: t('offline.partial'),
    saving: t('offline.saving'),
    visitedOnly: t('offline.visited_only'),
    saveCore: t('offline.save_core', { size: '#' }),
    saveAll: t('offline.save_all', { size: '#' }),
  };
}
