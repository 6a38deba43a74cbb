// SPDX-License-Identifier: EUPL-1.2
/** Dutch texts of the body map (recording injuries). "Linker" and "rechter" are the person's own sides. */
import type { BodyMapLabels } from '../components/body-map/body-map.tsx';

/** The body map's labels in Dutch. */
export const bodyMapNl = {
  front: 'Voorkant',
  back: 'Achterkant',
  mapName: 'Lichaamskaart',
  marksHeading: 'Plekken op de lichaamskaart',
  clickHint:
    'Klik op de plek in de tekening. Dan komt daar een stip en wordt het lichaamsdeel in de lijst gekozen. Met het toetsenbord: ga met de pijltjestoetsen langs de lichaamsdelen en kies met Enter. U kunt het lichaamsdeel ook alleen in de lijst kiezen.',
  skipToLists: 'Sla de tekening over en kies de plek uit de lijst',
  noMarks: 'Er zijn nog geen plekken aangegeven.',
  regions: {
    head: 'hoofd (bovenkant)',
    face: 'gezicht',
    backOfHead: 'achterhoofd',
    neck: 'nek en hals',
    shoulderLeft: 'linker schouder',
    shoulderRight: 'rechter schouder',
    chest: 'borst',
    upperBack: 'bovenrug',
    abdomen: 'buik',
    lowerBack: 'onderrug',
    genitalArea: 'schaamstreek',
    buttocks: 'billen',
    upperArmLeft: 'linker bovenarm',
    upperArmRight: 'rechter bovenarm',
    elbowLeft: 'linker elleboog',
    elbowRight: 'rechter elleboog',
    forearmLeft: 'linker onderarm',
    forearmRight: 'rechter onderarm',
    handLeft: 'linker hand',
    handRight: 'rechter hand',
    thighLeft: 'linker bovenbeen',
    thighRight: 'rechter bovenbeen',
    kneeLeft: 'linker knie',
    kneeRight: 'rechter knie',
    lowerLegLeft: 'linker onderbeen',
    lowerLegRight: 'rechter onderbeen',
    footLeft: 'linker voet',
    footRight: 'rechter voet',
  },
} satisfies BodyMapLabels;
