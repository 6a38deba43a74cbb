// SPDX-License-Identifier: EUPL-1.2
/** English texts of the body map; same shape as body-map.nl.ts. "Left" and "right" are the person's own. */
import type { BodyMapLabels } from '../components/body-map/body-map.tsx';

/** The body map's labels in English. */
export const bodyMapEn = {
  front: 'Front',
  back: 'Back',
  mapName: 'Body map',
  marksHeading: 'Marks on the body map',
  clickHint:
    'Click the spot in the drawing. A dot appears there and the body part is chosen in the list. With the keyboard: move along the body parts with the arrow keys and choose with Enter. You can also choose the body part in the list only.',
  skipToLists: 'Skip the drawing and choose the spot from the list',
  noMarks: 'No marks have been recorded yet.',
  regions: {
    head: 'head (top)',
    face: 'face',
    backOfHead: 'back of the head',
    neck: 'neck and throat',
    shoulderLeft: 'left shoulder',
    shoulderRight: 'right shoulder',
    chest: 'chest',
    upperBack: 'upper back',
    abdomen: 'abdomen',
    lowerBack: 'lower back',
    genitalArea: 'genital area',
    buttocks: 'buttocks',
    upperArmLeft: 'left upper arm',
    upperArmRight: 'right upper arm',
    elbowLeft: 'left elbow',
    elbowRight: 'right elbow',
    forearmLeft: 'left forearm',
    forearmRight: 'right forearm',
    handLeft: 'left hand',
    handRight: 'right hand',
    thighLeft: 'left thigh',
    thighRight: 'right thigh',
    kneeLeft: 'left knee',
    kneeRight: 'right knee',
    lowerLegLeft: 'left lower leg',
    lowerLegRight: 'right lower leg',
    footLeft: 'left foot',
    footRight: 'right foot',
  },
} satisfies BodyMapLabels;
