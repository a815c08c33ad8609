/**
 * Leaflet and supercluster, the bulk of the map's script (~45 KB gzip), in a
 * chunk of their own: `<service-map>` imports it only after the page's first
 * paint, so the heading, the count and the list by city are drawn without
 * waiting for it to download and run.
 */
import L from 'leaflet';
import Supercluster from 'supercluster';

export { L, Supercluster };
