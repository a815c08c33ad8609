/**
 * `getStaticPaths` of the pages made once per entry and language: which
 * entries get a page and what each page is given. Here, so the pages stay
 * thin and a page's props have one declared shape (`PathProps`).
 */
import { getCases, getCountries, getCountryPages, getDirectory, getMonitoringReports, getServices } from './content';
import { LOCALES } from '../schemas/locales';

/** What a page made from `paths` receives as `Astro.props`. */
export type PathProps<T extends () => Promise<readonly { props: unknown }[]>> = Awaited<ReturnType<T>>[number]['props'];

/** A page per service, with its country. */
export async function servicePaths() {
  const [services, countries] = await Promise.all([getServices(), getCountries()]);
  return LOCALES.flatMap((locale) =>
    services.map((service) => ({
      params: { locale, id: service.id },
      props: { service, country: countries.get(service.country)! },
    })),
  );
}

/** A page per rights case, with its country. */
export async function casePaths() {
  const [cases, countries] = await Promise.all([getCases(), getCountries()]);
  return LOCALES.flatMap((locale) =>
    cases.map((entry) => ({
      params: { locale, id: entry.id },
      props: { entry, country: countries.get(entry.country) },
    })),
  );
}

/** A page per country, with the services listed on it. */
export async function countryPaths() {
  const perLocale = await Promise.all(
    LOCALES.map(async (locale) => ({ locale, pages: await getCountryPages(locale) })),
  );
  return perLocale.flatMap(({ locale, pages }) =>
    pages.map(({ country, services }) => ({ params: { locale, id: country.id }, props: { country, services } })),
  );
}

/** The directory's page per country, with the directory's plan. */
export async function countryDirectoryPaths() {
  const perLocale = await Promise.all(LOCALES.map(async (locale) => ({ locale, ...(await getDirectory(locale)) })));
  return perLocale.flatMap(({ locale, plan, pages }) =>
    pages.countries.map((page) => ({ params: { locale, country: page.group.country.id }, props: { page, plan } })),
  );
}

/** The directory's pages per city; a long list continues on `/2/`, `/3/`… */
export async function cityDirectoryPaths() {
  const perLocale = await Promise.all(LOCALES.map(async (locale) => ({ locale, ...(await getDirectory(locale)) })));
  return perLocale.flatMap(({ locale, pages }) =>
    pages.cities.map((page) => ({
      params: {
        locale,
        country: page.group.country.id,
        city: page.city,
        page: page.page > 1 ? String(page.page) : undefined,
      },
      props: { page },
    })),
  );
}

/** A report per monitoring round, with the round before it to compare with. */
export async function monitoringRoundPaths() {
  const reports = await getMonitoringReports();
  return LOCALES.flatMap((locale) =>
    reports.map((report, index) => ({
      params: { locale, id: report.round.id },
      props: { locale, report, previous: reports[index - 1] },
    })),
  );
}
