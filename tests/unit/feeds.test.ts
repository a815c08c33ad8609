/**
 * Issue 11, finding 5: RSS readers render an item's description as HTML
 * after decoding its XML, so the text must be escaped twice to stay text.
 */
import { getRssString } from '@astrojs/rss';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { rssItem } from '../../src/lib/statements';

const PAYLOAD = 'We ask <img src=x onerror=alert(1)> & <b>more</b>';

async function feedDescription(description: string): Promise<string> {
  const xml = await getRssString({
    title: 'Feed',
    description: 'Statements',
    site: 'https://example.org/',
    items: [
      rssItem({ title: 'T', description, link: '/en/statements/x/', date: '2026-01-05', language: 'en', topics: [] }),
    ],
  });
  const parsed = new XMLParser({ processEntities: true, htmlEntities: false }).parse(xml) as {
    rss: { channel: { item: { description: string } } };
  };
  return parsed.rss.channel.item.description;
}

describe('an RSS item description', () => {
  it('is, once the reader has decoded the XML, HTML that shows the text and no element', async () => {
    const html = await feedDescription(PAYLOAD);
    expect(html).toBe('We ask &lt;img src=x onerror=alert(1)&gt; &amp; &lt;b&gt;more&lt;/b&gt;');
    expect(html).not.toMatch(/<img|<b>/);
  });

  it('leaves ordinary text as it is', async () => {
    expect(await feedDescription('Harm reduction saves lives.')).toBe('Harm reduction saves lives.');
  });
});
