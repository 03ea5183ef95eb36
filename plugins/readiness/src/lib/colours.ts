/**
 * Fixed colours for the organisation views. Text on them is always dark, so
 * they read the same on the light and the dark theme; every coloured cell
 * also prints its number, colour is never the only signal.
 */
export const CELL_TEXT = '#1b1b1b';

/** Score bands of the heat map, lowest first. */
export const SCORE_BANDS = [
  { below: 50, label: 'below 50', colour: '#f4b8b0' },
  { below: 80, label: '50 to 79', colour: '#f9e0a2' },
  { below: Infinity, label: '80 and above', colour: '#b5e0c4' },
] as const;

export function scoreColour(score: number): string {
  return (SCORE_BANDS.find(b => score < b.below) ?? SCORE_BANDS[2]).colour;
}

/** Colour of "no tier", then one colour per tier, lowest first. */
const NO_TIER_COLOUR = '#9e9e9e';
const TIER_COLOURS = ['#e57373', '#ffb74d', '#81c784', '#4fc3f7', '#ba68c8'];

export function tierColour(tierIndexOrNone: number): string {
  return tierIndexOrNone < 0
    ? NO_TIER_COLOUR
    : TIER_COLOURS[tierIndexOrNone % TIER_COLOURS.length];
}
