import { describe, expect, it } from 'vitest';
import { cyrillicHref, toCyrillicPage } from '../../src/lib/cyrillic-edition';

const OPTIONS = { base: '', siteUrl: 'https://example.org' };

const PAGE = `<!doctype html><html lang="sr" dir="ltr"><head><meta charset="utf-8">
<title>Usluge · Beograd</title>
<meta name="description" content="Gde naći pomoć">
<meta http-equiv="content-security-policy" content="script-src 'sha256-abc'">
<meta property="og:url" content="https://example.org/sr/services/">
<link rel="canonical" href="https://example.org/sr/services/">
<link rel="alternate" hreflang="sr" href="https://example.org/sr/services/">
<link rel="alternate" type="application/rss+xml" href="/sr/statements/rss.xml">
<script>const label = "Usluge"; if (1 < 2) console.log(label);</script>
<style>.x::after { content: "Usluge"; }</style>
</head><body>
<nav class="lang-switch" aria-label="Jezik"><ul>
<li data-lang="ru"><a href="/ru/services/" hreflang="ru" lang="ru" translate="no">Русский</a></li>
<li data-lang="sr"><span aria-current="true" lang="sr-Latn" translate="no" data-edition="sr"><strong>Srpski</strong></span><a href="/sr/services/" hreflang="sr" lang="sr-Latn" translate="no" data-edition="sr-Cyrl" hidden>Srpski</a></li>
<li data-lang="sr-Cyrl"><a href="/sr-cyrl/services/" hreflang="sr-Cyrl" lang="sr-Cyrl" translate="no" data-edition="sr">Српски (ћирилица)</a><span aria-current="true" lang="sr-Cyrl" translate="no" data-edition="sr-Cyrl" hidden><strong>Српски (ћирилица)</strong></span></li>
<li data-lang="en"><a href="/en/services/" hreflang="en" lang="en" translate="no">English</a></li>
</ul></nav>
<main>
<h1>Usluge i prava za ljude koji koriste droge</h1>
<p>Testiranje na HIV, lečenje HIV-a. Pišite na info@primer.org ili posetite <a href="https://primer.org/sr/">primer.org</a>.</p>
<p><a href="/sr/services/belgrade-ost/">Njegov džep</a> · <a href="/sr/statements/rss.xml">RSS</a> · <a href="/sr/map/services.json">JSON</a> · <a href="/sr/services/?type=nsp#list">filter</a></p>
<img src="/icons/a.png" alt="Mapa usluga">
<input placeholder="Pretraga" value="Beograd">
<form action="/sr/search/"><button>Traži</button></form>
<div lang="ru"><p>Оригинал по-русски</p></div>
<div lang="en"><p>Shown in English</p></div>
<span translate="no">Re Generacija <a href="/sr/about/">Srpski</a></span>
<code>npm run validate</code><pre>id: beograd</pre>
<noscript><p class="note">Potreban je JavaScript</p></noscript>
<template><p>Učitavanje</p></template>
</main></body></html>`;

describe('toCyrillicPage', () => {
  const out = toCyrillicPage(PAGE, OPTIONS);

  it('marks the page and Serbian parts as sr-Cyrl', () => {
    expect(out).toContain('<html lang="sr-Cyrl" dir="ltr">');
  });

  it('transliterates text, titles, alt, placeholders and the meta description', () => {
    expect(out).toContain('<title>Услуге · Београд</title>');
    expect(out).toContain('<h1>Услуге и права за људе који користе дроге</h1>');
    expect(out).toContain('content="Где наћи помоћ"');
    expect(out).toContain('alt="Мапа услуга"');
    expect(out).toContain('placeholder="Претрага"');
    expect(out).toContain('<button>Тражи</button>');
    expect(out).toContain('Тестирање на ХИВ, лечење ХИВ-а. Пишите на info@primer.org или посетите');
    expect(out).toContain('>Његов џеп</a>');
    expect(out).toContain('<p class="note">Потребан је JavaScript</p>');
    expect(out).toContain('<p>Учитавање</p>');
  });

  it('leaves values typed by people, code, other languages and translate="no" parts alone', () => {
    expect(out).toContain('value="Beograd"');
    expect(out).toContain('<code>npm run validate</code>');
    expect(out).toContain('<pre>id: beograd</pre>');
    expect(out).toContain('<p>Оригинал по-русски</p>');
    expect(out).toContain('<p>Shown in English</p>');
    expect(out).toContain('Re Generacija');
  });

  it('transliterates the messages handed to scripts in data-messages, and no other data', () => {
    const messages = JSON.stringify({
      open: 'Otvori listić ({{count}})',
      count: { one: '{{count}} služba', few: '{{count}} službe', other: '{{count}} službi' },
    });
    const page = `<html lang="sr"><body><slip-bar data-config='{"url":"/sr/slip/","label":"Dodaj"}' data-messages='${messages}'></slip-bar></body></html>`;
    const cyrillic = toCyrillicPage(page, OPTIONS);
    const attribute = /data-messages="([^"]*)"/.exec(cyrillic)?.[1]?.replace(/&quot;/g, '"');
    expect(JSON.parse(attribute!)).toEqual({
      open: 'Отвори листић ({{count}})',
      count: { one: '{{count}} служба', few: '{{count}} службе', other: '{{count}} служби' },
    });
    expect(cyrillic).toContain(`data-config='{"url":"/sr/slip/","label":"Dodaj"}'`);
  });

  it('copies inline scripts, styles and the CSP byte for byte, so their hashes still match', () => {
    expect(out).toContain('<script>const label = "Usluge"; if (1 < 2) console.log(label);</script>');
    expect(out).toContain('<style>.x::after { content: "Usluge"; }</style>');
    expect(out).toContain(`content="script-src 'sha256-abc'"`);
  });

  it('sends links to Serbian pages to their Cyrillic twins, and keeps files and other sites', () => {
    expect(out).toContain('<link rel="canonical" href="https://example.org/sr-cyrl/services/">');
    expect(out).toContain('content="https://example.org/sr-cyrl/services/"');
    expect(out).toContain('href="/sr-cyrl/services/belgrade-ost/"');
    expect(out).toContain('href="/sr-cyrl/services/?type=nsp#list"');
    expect(out).toContain('action="/sr-cyrl/search/"');
    expect(out).toContain('href="/sr-cyrl/about/"');
    expect(out).toContain('<a href="/sr/statements/rss.xml">RSS</a>');
    expect(out).toContain('<a href="/sr/map/services.json">JSON</a>');
    expect(out).toContain('href="https://primer.org/sr/"');
    expect(out).toContain('<link rel="alternate" hreflang="sr" href="https://example.org/sr/services/">');
    expect(out).toContain('<link rel="alternate" type="application/rss+xml" href="/sr/statements/rss.xml">');
  });

  it('shows what the page marks for the Cyrillic edition (data-edition) and hides what it marks for the Latin one', () => {
    expect(out).toContain(
      '<li data-lang="sr"><span aria-current="true" lang="sr-Latn" translate="no" data-edition="sr" hidden><strong>Srpski</strong></span><a href="/sr/services/" hreflang="sr" lang="sr-Latn" translate="no" data-edition="sr-Cyrl">Srpski</a></li>',
    );
    expect(out).toContain(
      '<li data-lang="sr-Cyrl"><a href="/sr-cyrl/services/" hreflang="sr-Cyrl" lang="sr-Cyrl" translate="no" data-edition="sr" hidden>Српски (ћирилица)</a><span aria-current="true" lang="sr-Cyrl" translate="no" data-edition="sr-Cyrl"><strong>Српски (ћирилица)</strong></span></li>',
    );
    expect(out).toContain('<a href="/ru/services/" hreflang="ru" lang="ru" translate="no">Русский</a>');
    expect(out).toContain('aria-label="Језик"');
  });

  it('reads character references in text and attributes, a word split by one included, and writes the text escaped', () => {
    const page = toCyrillicPage(
      '<html lang="sr"><body><p>Usluge &amp; prava: d&#382;ep &lt;3</p><img alt="Mapa &quot;Beograd&quot;" title=Pomo&#263;></body></html>',
      OPTIONS,
    );
    expect(page).toContain('<p>Услуге &amp; права: џеп &lt;3</p>');
    expect(page).toContain('alt="Мапа &quot;Београд&quot;"');
    expect(page).toContain('title="Помоћ">');
  });

  it('keeps elements whose text is raw (script, title, textarea) as the HTML standard reads them', () => {
    const page = toCyrillicPage(
      '<html lang="sr"><head><title>Pomoć &amp; usluge</title><script>if (a<b) x = "<p>Usluge</p>";</script></head><body><textarea>Usluge</textarea><p>Usluge</p></body></html>',
      OPTIONS,
    );
    expect(page).toContain('<title>Помоћ &amp; услуге</title>');
    expect(page).toContain('<script>if (a<b) x = "<p>Usluge</p>";</script>');
    expect(page).toContain('<textarea>Usluge</textarea><p>Услуге</p>');
  });

  it('leaves text marked as Serbian in Latin script (sr-Latn) in Latin', () => {
    const page = toCyrillicPage(
      '<html lang="sr"><body><p>Jezik: <span lang="sr-Latn">Srpski</span></p></body></html>',
      OPTIONS,
    );
    expect(page).toContain('<p>Језик: <span lang="sr-Latn">Srpski</span></p>');
  });
});

describe('cyrillicHref', () => {
  it('follows the base path of a site in a sub-folder', () => {
    const options = { base: '/directory', siteUrl: 'https://example.org' };
    expect(cyrillicHref('/directory/sr/map/', options)).toBe('/directory/sr-cyrl/map/');
    expect(cyrillicHref('/sr/map/', options)).toBeUndefined();
    expect(cyrillicHref('https://example.org/directory/sr/', options)).toBe('https://example.org/directory/sr-cyrl/');
    expect(cyrillicHref('https://other.org/directory/sr/', options)).toBeUndefined();
    expect(cyrillicHref('mailto:info@example.org', options)).toBeUndefined();
    expect(cyrillicHref('/directory/srpski/', options)).toBeUndefined();
  });
});
