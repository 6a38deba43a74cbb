// SPDX-License-Identifier: EUPL-1.2
/** Examples of BodyMap. */
import { bodyMapNl } from '../../i18n/body-map.nl.ts';
import type { BodyMapParams } from './body-map.tsx';

/** The body map: empty, with marks (exact and at a region's centre), and in input mode. */
export const bodyMapExamples: ReadonlyArray<{ name: string; params: BodyMapParams }> = [
  {
    name: 'zonder plekken',
    params: { idPrefix: 'ex-lichaam-leeg', labels: bodyMapNl, marks: [] },
  },
  {
    name: 'met plekken',
    params: {
      idPrefix: 'ex-lichaam',
      labels: bodyMapNl,
      marks: [
        {
          side: 'back',
          region: 'upperArmLeft',
          x: 27.5,
          y: 68,
          label: '1',
          description: 'Blauwe plek, 4 cm, blauw-paars, achterkant linker bovenarm',
        },
        {
          side: 'front',
          region: 'forearmRight',
          label: '2',
          description: 'Drie kleine ronde plekken <vingerafdrukken?> & "rood", rechter onderarm',
        },
        { side: 'front', region: 'forearmRight', label: '3', description: 'Schaafwond, 2 cm, rechter onderarm' },
        { side: 'front', region: 'face', x: 44, y: 19, label: '4', description: 'Zwelling onder het rechteroog' },
      ],
    },
  },
  {
    name: 'invoer (klikken kiest het lichaamsdeel)',
    params: {
      idPrefix: 'ex-lichaam-invoer',
      labels: bodyMapNl,
      marks: [{ side: 'front', region: 'kneeLeft', label: '1', description: 'Schaafwond, linker knie' }],
      input: { sideName: 'kant', xName: 'x', yName: 'y', regionFieldId: 'ex-lichaam-invoer-deel' },
    },
  },
];
