// SPDX-License-Identifier: EUPL-1.2
/** The body map component: marks drawn and listed, text escaped, no user text in ids, input mode. */
import { describe, expect, it } from 'vitest';
import { toHtml } from '../../html.ts';
import { bodyMapNl } from '../../i18n/body-map.nl.ts';
import { BodyMap, type BodyMark } from './body-map.tsx';
import { bodyRegion } from './body-regions.ts';

const render = (marks: readonly BodyMark[], input?: Parameters<typeof BodyMap>[0]['input']) =>
  toHtml(BodyMap({ idPrefix: 'kaart', labels: bodyMapNl, marks, ...(input && { input }) }));

/** The SVG of one side. */
const svgOf = (html: string, side: string) =>
  html.match(new RegExp(`<svg[^>]*data-side="${side}"[\\s\\S]*?</svg>`))![0];

describe('BodyMap', () => {
  it('draws both sides as named images, each with a visible caption', () => {
    const html = render([]);
    expect(html.match(/<svg/g)).toHaveLength(2);
    expect(svgOf(html, 'front')).toMatch(/^<svg[^>]*role="img"[^>]*><title>Lichaamskaart: Voorkant<\/title>/);
    expect(svgOf(html, 'back')).toMatch(/^<svg[^>]*role="img"[^>]*><title>Lichaamskaart: Achterkant<\/title>/);
    expect(html).toMatch(/<figcaption[^>]*id="kaart-front-caption"[^>]*>Voorkant<\/figcaption>/);
    expect(html).toMatch(/<figcaption[^>]*id="kaart-back-caption"[^>]*>Achterkant<\/figcaption>/);
    expect(html).toContain(bodyMapNl.noMarks);
    expect(html).not.toContain('<ol');
    expect(html).not.toContain('data-module');
    expect(html).not.toContain('type="hidden"');
  });

  it('escapes descriptions and labels, in the picture and in the list', () => {
    const html = render([
      { side: 'front', region: 'chest', label: '<b>1</b>', description: 'Plek <script>alert(1)</script> & "zo"' },
    ]);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<b>');
    expect(html).toContain('Plek &lt;script>alert(1)&lt;/script> &amp; &#34;zo&#34;');
    expect(html).toContain('&lt;b>1&lt;/b></text>');
  });

  it('lists every mark with the label drawn in the picture, and builds no id from mark text', () => {
    const marks: BodyMark[] = [
      { side: 'back', region: 'upperArmLeft', x: 27.5, y: 68, label: '1', description: 'Blauwe plek' },
      { side: 'front', region: 'kneeRight', label: '2', description: 'Schaafwond' },
    ];
    const html = render(marks);
    expect([...html.matchAll(/<li[\s\S]*?<\/li>/g)].map((m) => m[0].replace(/<[^>]+>/g, ''))).toEqual([
      '1 Blauwe plek',
      '2 Schaafwond',
    ]);
    expect(svgOf(html, 'back')).toContain('<circle class="kring-body-map__mark-dot" cx="27.5" cy="68"');
    expect(svgOf(html, 'back')).toContain('>1</text>');
    const [kx, ky] = bodyRegion('kneeRight').shapes.front!.centroid;
    expect(svgOf(html, 'front')).toContain(`cx="${kx}" cy="${ky}"`);
    expect(svgOf(html, 'front')).toContain('>2</text>');
    for (const [, id] of html.matchAll(/\sid="([^"]+)"/g)) expect(id).toMatch(/^kaart(-[a-z]+)*$/);
  });

  it('spreads marks that would fall on the same centre, and draws a region on its own side', () => {
    const html = render([
      { side: 'front', region: 'chest', label: '1', description: 'a' },
      { side: 'front', region: 'chest', label: '2', description: 'b' },
      { side: 'front', region: 'buttocks', label: '3', description: 'c' },
    ]);
    const dots = [...svgOf(html, 'front').matchAll(/cx="([^"]+)" cy="([^"]+)"/g)].map((m) => `${m[1]},${m[2]}`);
    expect(dots).toHaveLength(2);
    expect(new Set(dots).size).toBe(2);
    expect(svgOf(html, 'back')).toContain('>3</text>');
  });

  it('in input mode adds empty hidden fields, the module, the region list and the hint for script users', () => {
    const html = render([], { sideName: 'kant', xName: 'x', yName: 'y', regionFieldId: 'deel' });
    expect(html).toContain('data-module="kring-body-map"');
    expect(html).toContain('data-region-field="deel"');
    expect(html).toMatch(/<input type="hidden" name="kant" value=""/);
    expect(html).toMatch(/<input type="hidden" name="x" value=""/);
    expect(html).toMatch(/<input type="hidden" name="y" value=""/);
    expect(html).toMatch(/<p[^>]*hidden[^>]*>Klik/);
    expect(html).toContain('role="status"');
  });

  it('keeps the values typed before', () => {
    const html = render([], {
      sideName: 'kant',
      xName: 'x',
      yName: 'y',
      regionFieldId: 'deel',
      value: { side: 'back', x: 20.5, y: 100 },
    });
    expect(html).toMatch(/name="kant" value="back"/);
    expect(html).toMatch(/name="x" value="20.5"/);
    expect(html).toMatch(/name="y" value="100"/);
  });
});
