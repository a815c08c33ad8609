/**
 * <service-map>: the map page's enhancement. The page already lists every
 * service by city; with JavaScript this element loads the services of its
 * language from a JSON file, draws them as clustered markers with Leaflet and
 * supercluster, lists the ones matching the filter form (kept in the URL's
 * query) and, on an explicit tap, sorts them by distance from the visitor.
 *
 * The visitor's position is held in a variable of this script only: never
 * stored, never put in the URL, never sent. Map tiles are the one external
 * request and only when configured; without them (offline, blocked, or
 * `tiles: ''`) markers are drawn on a plain background and the list works.
 */
import type * as Leaflet from 'leaflet';
import type Supercluster from 'supercluster';
import { fillPlaceholders, formatMessage, readScriptMessages, type MessageTemplate } from '../i18n/format';
import { intlLocaleOf } from '../lib/intl';
import {
  countSentence,
  emptyFilters,
  isFiltering,
  parseFilterQuery,
  withFilters,
  type FilterOptions,
  type FilterState,
} from '../lib/filters';
import { sortByDistance, type LatLon } from '../lib/geo';
import { telHref } from '../lib/contacts';
import { decodeMapData, mapAddressesOf, type MapFile, type MapPageAddresses, type MapService } from '../lib/map-format';
import { anyHoursKnown, filterMapServices, formatKm, mapOpenCounts, sortByPlace } from '../lib/map-view';
import { bindFilterForm, filterOptionsOf, writeFilterForm } from './filter-form';
import { writeOpenCounts } from './open-counts';
import { readOpenStatusLabels, type OpenNowMessages } from './open-status-labels';

/** The element's data-config, written by ServiceMap.astro; its human text is in `data-messages` (`MapLabels`). */
export interface ServiceMapConfig extends MapPageAddresses {
  /** Leaflet's stylesheet, linked by the element when it starts rather than in the page's head. */
  stylesheet: string;
  tiles: string;
  attribution: string;
  maxZoom: number;
}

/** The map's sentences, by name, from the element's `data-messages` (the Cyrillic edition transliterates them). */
export interface MapLabels {
  count: MessageTemplate;
  matching: MessageTemplate;
  empty: string;
  approximate: string;
  cluster: MessageTemplate;
  showMore: string;
  showOnMap: string;
  distance: string;
  locating: string;
  sorted: string;
  failed: string;
  unsupported: string;
  you: string;
  noTiles: string;
  dataFailed: string;
  call: string;
  slip: string;
}

/** How many list items are added at a time, so 10,000 services do not all become DOM at once. */
const LIST_PAGE = 50;

type Props = { index: number };

type MapLibraries = typeof import('./map-libraries');

/**
 * Resolves once the browser has painted the page's content as it came (its
 * `first-contentful-paint` entry; where the Paint Timing API is missing, after
 * the next frame), so that the map's work — loading Leaflet, its stylesheet
 * and the data, then drawing — never delays the first paint of the heading and
 * the list by city. In a tab opened in the background that is when it is shown.
 */
function afterFirstPaint(): Promise<void> {
  if (!PerformanceObserver.supportedEntryTypes?.includes('paint'))
    return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  // The observer's own list, `buffered` to include a paint already made: it holds the entry even
  // where `performance` itself is replaced (a test's fake clock empties its getEntries…).
  return new Promise((resolve) => {
    const observer = new PerformanceObserver((list) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      resolve();
    });
    observer.observe({ type: 'paint', buffered: true });
  });
}

/** Lets the browser handle input and paint between two long steps of the map's start. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Links a stylesheet before the page's own, so that their rules (same
 * specificity, later in the cascade) still override it, and resolves once it
 * has loaded; the map's layout depends on it.
 */
function linkStylesheet(href: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => reject(new Error(`stylesheet ${href} did not load`)));
    const first = document.head.querySelector('link[rel="stylesheet"], style');
    if (first) first.before(link);
    else document.head.append(link);
  });
}

/** The map's data file, read once the page has painted. */
async function fetchMapFile(url: string): Promise<MapFile> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as MapFile;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

class ServiceMap extends HTMLElement {
  private config!: ServiceMapConfig & { intl: string; labels: MapLabels };
  private services: MapService[] = [];
  private form: HTMLFormElement | null = null;
  /** Whether any service's hours reach today; if none do, "open now" is disabled rather than always empty. */
  private hoursKnown = false;
  /** The values the filter form offers; without a form any value in the URL is tried. */
  private options: FilterOptions | undefined;
  private state: FilterState = emptyFilters();
  private matching: MapService[] = [];
  /** The open-now counts' sentences, shared with the directory (#open-status-labels on the page). */
  private openLabels: OpenNowMessages | null = null;
  /** The list's order; `km` is the distance from the visitor once "near me" was tapped. */
  private ordered: { item: MapService; km: number | undefined }[] = [];
  /** The visitor's position: in memory only, for as long as the page is open. */
  private origin: LatLon | undefined;
  private shown = 0;
  /** Leaflet and supercluster, loaded after the first paint. */
  private libraries!: MapLibraries;
  private map!: Leaflet.Map;
  private markers!: Leaflet.LayerGroup;
  private you: Leaflet.CircleMarker | undefined;
  private index!: Supercluster<Props>;

  private get L(): MapLibraries['L'] {
    return this.libraries.L;
  }

  private child<T extends HTMLElement>(name: string): T | null {
    return this.querySelector<T>(`[data-map-${name}]`);
  }

  async connectedCallback() {
    this.dataset.state = 'loading';
    const written = JSON.parse(this.dataset.config ?? '{}') as ServiceMapConfig;
    const config = { ...written, ...mapAddressesOf(written, document.documentElement.lang) };
    // Names and numbers in the page's own script: the Cyrillic edition's `lang` is sr-Cyrl.
    this.config = {
      ...config,
      intl: intlLocaleOf(document.documentElement.lang),
      labels: readScriptMessages(this) as unknown as MapLabels,
    };
    let file: MapFile;
    try {
      await afterFirstPaint();
      [file, this.libraries] = await Promise.all([
        fetchMapFile(this.config.data),
        import('./map-libraries'),
        linkStylesheet(this.config.stylesheet),
      ]);
    } catch {
      const status = this.child('status');
      if (status) status.textContent = this.config.labels.dataFailed;
      this.dataset.state = 'failed';
      return;
    }
    this.services = sortByPlace(decodeMapData(file), this.config.intl);
    this.form = this.querySelector<HTMLFormElement>('form[data-service-filters]');
    if (this.form) this.options = filterOptionsOf(this.form);
    this.hoursKnown = anyHoursKnown(this.services, new Date());
    this.openLabels = readOpenStatusLabels();
    // The map, filters and list are shown by the stylesheet; the class is for browsers without the `scripting` media feature.
    this.classList.add('service-map--ready');
    // Leaflet's chunk ran in one task; creating the map and drawing the markers and the list take two more.
    await nextTask();
    this.createMap();
    await nextTask();
    // In the same task as the list that replaces it, so nothing below moves twice.
    for (const name of ['fallback', 'nojs']) this.child(name)?.setAttribute('hidden', '');
    this.bindForm();
    this.child('near-button')?.addEventListener('click', () => this.nearMe());
    this.child('more')?.addEventListener('click', () => this.renderList(false));
    const state = parseFilterQuery(location.search, this.options);
    if (isFiltering(state)) this.child<HTMLDetailsElement>('form-area')?.setAttribute('open', '');
    this.applyFilters(state, true);
    this.dataset.state = 'ready';
  }

  private createMap() {
    const canvas = this.child('canvas') as HTMLElement;
    this.map = this.L.map(canvas, { maxZoom: this.config.maxZoom, attributionControl: false, worldCopyJump: true });
    // Leaflet's credit as a plain link: its default prefix adds a national flag, out of place on a site for the whole region.
    this.L.control.attribution({ prefix: '<a href="https://leafletjs.com">Leaflet</a>' }).addTo(this.map);
    if (this.config.tiles) {
      const tiles = this.L.tileLayer(this.config.tiles, {
        attribution: this.config.attribution,
        maxZoom: this.config.maxZoom,
        referrerPolicy: 'no-referrer',
      });
      tiles.once('tileerror', () => {
        canvas.classList.add('service-map__canvas--no-tiles');
        const note = this.child('tiles-note');
        if (note) {
          note.textContent = this.config.labels.noTiles;
          note.removeAttribute('hidden');
        }
      });
      tiles.addTo(this.map);
    } else {
      canvas.classList.add('service-map__canvas--no-tiles');
    }
    this.markers = this.L.layerGroup().addTo(this.map);
    this.map.on('moveend', () => this.drawMarkers());
  }

  private bindForm() {
    if (this.form && this.options)
      bindFilterForm(
        this.form,
        this,
        this.options,
        (state) => this.applyFilters(state, false),
        () => this.child('count'),
      );
  }

  private applyFilters(state: FilterState, initial: boolean) {
    this.state = state;
    if (this.form) writeFilterForm(this.form, state, this.hoursKnown);
    if (!initial)
      history.replaceState(
        history.state,
        '',
        `${location.pathname}${withFilters(location.search, state)}${location.hash}`,
      );
    const now = new Date();
    this.matching = filterMapServices(this.services, state, now);
    writeOpenCounts(
      this.child('open-counts'),
      this.openLabels,
      state.openNow ? mapOpenCounts(this.services, state, now) : undefined,
    );
    this.index = new this.libraries.Supercluster<Props>({ radius: 60, maxZoom: this.config.maxZoom - 1 });
    this.index.load(
      this.matching.map((service, index) => ({
        type: 'Feature',
        properties: { index },
        geometry: { type: 'Point', coordinates: [service.lon, service.lat] },
      })),
    );
    this.order();
    this.fitToMatching();
  }

  private fitToMatching() {
    const points = this.origin ? this.ordered.slice(0, 1).map(({ item }) => item) : this.matching;
    const corners = [
      ...points.map((service) => this.L.latLng(service.lat, service.lon)),
      ...(this.origin ? [this.L.latLng(this.origin.lat, this.origin.lon)] : []),
    ];
    if (corners.length)
      this.map.fitBounds(this.L.latLngBounds(corners), { padding: [24, 24], maxZoom: 12, animate: false });
    else if (!this.map.getZoom()) this.map.setView([45, 40], 3);
    // fitBounds to the same view fires no moveend.
    this.drawMarkers();
  }

  private drawMarkers() {
    if (!this.index) return;
    const bounds = this.map.getBounds();
    const zoom = Math.round(this.map.getZoom());
    const bbox: [number, number, number, number] = [
      bounds.getWest(),
      Math.max(-85, bounds.getSouth()),
      bounds.getEast(),
      Math.min(85, bounds.getNorth()),
    ];
    this.markers.clearLayers();
    for (const feature of this.index.getClusters(bbox, zoom)) {
      const [lon, lat] = feature.geometry.coordinates as [number, number];
      const properties = feature.properties;
      if ('cluster' in properties && properties.cluster) {
        const count = properties.point_count;
        const size = count < 10 ? 32 : count < 100 ? 40 : 48;
        const icon = this.L.divIcon({
          className: 'map-cluster',
          html: `<span data-count="${count}">${count}</span>`,
          iconSize: [size, size],
        });
        const marker = this.L.marker([lat, lon], {
          icon,
          title: formatMessage(document.documentElement.lang, this.config.labels.cluster, { count }),
          keyboard: true,
        });
        marker.on('click', () => this.openCluster(properties.cluster_id, lat, lon));
        this.markers.addLayer(marker);
      } else {
        const service = this.matching[(properties as Props).index];
        if (!service) continue;
        const icon = this.L.divIcon({
          className: service.approximate ? 'map-marker map-marker--approximate' : 'map-marker',
          iconSize: [20, 20],
        });
        const marker = this.L.marker([lat, lon], { icon, title: service.name, keyboard: true });
        marker.bindPopup(() => this.popup([service]));
        this.markers.addLayer(marker);
      }
    }
  }

  /** Zooms into a cluster, or lists it in a popup when its services share one point (as a city's approximate ones do). */
  private openCluster(clusterId: number, lat: number, lon: number) {
    const leaves = this.index.getLeaves(clusterId, Infinity);
    const services = leaves.flatMap((leaf) => this.matching[leaf.properties.index] ?? []);
    const onePoint = services.every((service) => service.lat === services[0]?.lat && service.lon === services[0]?.lon);
    const zoom = this.index.getClusterExpansionZoom(clusterId);
    if (onePoint || zoom > this.config.maxZoom) {
      this.L.popup({ maxHeight: 320 }).setLatLng([lat, lon]).setContent(this.popup(services)).openOn(this.map);
    } else {
      this.map.setView([lat, lon], zoom);
    }
  }

  private popup(services: MapService[]): HTMLElement {
    const list = element('ul', 'map-popup');
    for (const service of services) {
      const item = element('li');
      const link = element('a', undefined, service.name);
      link.href = this.href(service);
      item.append(
        link,
        element('span', 'map-popup__types', service.typeLabels.join(' · ')),
        element('span', 'map-popup__place', service.cityName),
      );
      if (service.approximate) item.append(element('span', 'map-popup__approximate', this.config.labels.approximate));
      for (const number of service.phones) {
        const call = element('a', 'map-popup__call', this.config.labels.call.replace('{{number}}', number));
        call.href = telHref(number);
        item.append(call);
      }
      const slip = element('a', 'map-popup__slip', this.config.labels.slip);
      slip.href = this.config.slipUrl.replace('{id}', encodeURIComponent(service.id));
      item.append(slip);
      list.append(item);
    }
    return list;
  }

  private href(service: MapService): string {
    return this.config.serviceUrl.replace('{id}', encodeURIComponent(service.id));
  }

  /** The list order: by distance after "near me", otherwise by place. */
  private order() {
    this.ordered = this.origin
      ? sortByDistance(this.matching, this.origin, (service) => service)
      : this.matching.map((item) => ({ item, km: undefined }));
    this.renderList(true);
  }

  private renderList(reset: boolean) {
    const list = this.child<HTMLOListElement>('list');
    const count = this.child('count');
    const more = this.child<HTMLButtonElement>('more');
    if (!list) return;
    if (reset) {
      list.replaceChildren();
      this.shown = 0;
    }
    const { labels } = this.config;
    if (count) {
      count.textContent = this.matching.length
        ? countSentence(document.documentElement.lang, labels, this.state, this.matching.length, this.services.length)
        : labels.empty;
    }
    const next = this.ordered.slice(this.shown, this.shown + LIST_PAGE);
    for (const { item: service, km } of next) {
      const item = element('li', 'map-list__item');
      item.dataset.service = service.id;
      const link = element('a', 'map-list__name', service.name);
      link.href = this.href(service);
      const place = [`${service.cityName}, ${service.countryName}`];
      if (km !== undefined) place.push(fillPlaceholders(labels.distance, { distance: formatKm(km, this.config.intl) }));
      item.append(
        link,
        element('span', 'map-list__types', service.typeLabels.join(' · ')),
        element('span', 'map-list__place', place.join(' · ')),
      );
      if (service.approximate) item.append(element('span', 'map-list__approximate', labels.approximate));
      const show = element('button', 'map-list__show', labels.showOnMap);
      show.type = 'button';
      show.addEventListener('click', () => this.showOnMap(service));
      item.append(show);
      list.append(item);
    }
    this.shown += next.length;
    if (more) {
      more.hidden = this.shown >= this.ordered.length;
      more.textContent = labels.showMore;
    }
  }

  private showOnMap(service: MapService) {
    this.map.setView([service.lat, service.lon], Math.max(this.map.getZoom(), this.config.maxZoom - 3), {
      animate: false,
    });
    this.L.popup()
      .setLatLng([service.lat, service.lon])
      .setContent(this.popup([service]))
      .openOn(this.map);
    this.child('canvas')?.scrollIntoView({ block: 'nearest' });
  }

  private nearMe() {
    const status = this.child('status');
    const say = (text: string) => {
      if (status) status.textContent = text;
    };
    if (!('geolocation' in navigator)) return say(this.config.labels.unsupported);
    say(this.config.labels.locating);
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        this.origin = { lat: coords.latitude, lon: coords.longitude };
        this.you?.remove();
        this.you = this.L.circleMarker([coords.latitude, coords.longitude], { radius: 8, className: 'map-you' })
          .bindTooltip(this.config.labels.you)
          .addTo(this.map);
        this.order();
        this.fitToMatching();
        say(this.config.labels.sorted);
      },
      () => say(this.config.labels.failed),
      { enableHighAccuracy: false, timeout: 20_000, maximumAge: 300_000 },
    );
  }
}

customElements.define('service-map', ServiceMap);
