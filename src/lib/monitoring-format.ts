/** Words and numbers of the monitoring report in one language: place names, shares, cells. */
import type { Country } from '../schemas/countries';
import type { Locale } from '../schemas/locales';
import type { MonitoringItem } from '../schemas/monitoring';
import { MONITORING_ITEMS } from '../schemas/vocabularies';
import type { Translate } from '../i18n';
import { INTL_LOCALE } from './dates';
import { numberFormat } from './intl';
import { pickText } from './localized';
import { shareAlways, type Cell } from './monitoring-report';

/** A share 0–1 as a whole percentage, e.g. "72 %" in Russian. */
export function formatPercent(share: number, locale: Locale): string {
  return numberFormat(INTL_LOCALE[locale], { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** The name of a `<country>/<city>` place in `locale`, from its country file. */
export function placeName(key: string, countries: Map<string, Country>, locale: Locale): string {
  const [countryId = '', city = ''] = key.split('/');
  const country = countries.get(countryId);
  const name = country?.cities[city]?.name;
  return name && country ? pickText(name, locale, country.original_language) : city;
}

/** The label of a monitoring item. */
export function itemLabel(item: MonitoringItem, locale: Locale): string {
  return MONITORING_ITEMS[item][locale].label;
}

/** What a cell says: "72 % (18 of 25)", "too few answers" or "not asked". */
export function cellText(cell: Cell | undefined, t: Translate, locale: Locale): string {
  if (!cell) return t('monitoring.not_asked');
  if (!cell.shown) return t('monitoring.too_few');
  const { always, answered } = cell.counts;
  return t('monitoring.cell', { percent: formatPercent(shareAlways(cell.counts) ?? 0, locale), always, answered });
}

/** A change in percentage points with its sign, e.g. "+12 pp", "−5 pp". */
export function pointsText(points: number, t: Translate, locale: Locale): string {
  return t('monitoring.points', {
    points: numberFormat(INTL_LOCALE[locale], { signDisplay: 'exceptZero' }).format(points),
  });
}
