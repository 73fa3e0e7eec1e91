import { describe, expect, it } from 'vitest';
import { underlineBoxes } from './private-marks';

describe('underlineBoxes', () => {
  it('puts a thin box along the bottom of each line of a wrapped mention', () => {
    const rects = [
      { left: 500, bottom: 120, width: 60, height: 20 },
      { left: 10, bottom: 144, width: 40, height: 20 },
    ];
    expect(underlineBoxes(rects)).toEqual([
      { x: 500, y: 118, w: 60, h: 2 },
      { x: 10, y: 142, w: 40, h: 2 },
    ]);
  });

  it('draws nothing for collapsed rectangles (a mention scrolled into a hidden element)', () => {
    expect(underlineBoxes([{ left: 5, bottom: 5, width: 0, height: 16 }, { left: 5, bottom: 5, width: 10, height: 0 }])).toEqual([]);
  });
});
