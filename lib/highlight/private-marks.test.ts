// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { PrivateMarks, underlineBoxes } from './private-marks';

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

describe('PrivateMarks', () => {
  const mark = () => {
    document.body.innerHTML = '<p>Jane Doe spoke.</p>';
    const range = document.createRange();
    range.selectNodeContents(document.body.firstChild!.firstChild!);
    return { range, group: 'person' };
  };

  it('follows the page (scroll, resize, reflow) only while something is marked: scrolling a page without private names costs nothing', () => {
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 1);
    const added = vi.spyOn(window, 'addEventListener');
    const marks = new PrivateMarks(document.createElement('div'));
    marks.set([]);
    expect(marks.following).toBe(false);
    expect(added).not.toHaveBeenCalled();

    marks.set([mark()]);
    expect(marks.following).toBe(true);
    expect(added.mock.calls.map(([type]) => type)).toEqual(['scroll', 'resize']);
    // The card of a private name open, then its marks gone: still following until both are gone.
    marks.setActive(mark().range);
    marks.set([]);
    expect(marks.following).toBe(true);
    marks.setActive(null);
    expect(marks.following).toBe(false);
    marks.dispose();
  });

  it('clears the drawn marks when they go', () => {
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 1);
    const layer = document.createElement('div');
    layer.append(document.createElement('div'));
    const marks = new PrivateMarks(layer);
    marks.set([]);
    marks.draw();
    expect(layer.childElementCount).toBe(0);
    marks.dispose();
  });
});
