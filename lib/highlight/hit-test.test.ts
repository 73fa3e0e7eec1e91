import { describe, expect, it } from 'vitest';
import { MentionIndex, rectAt } from './hit-test';

/** A range stand-in whose text lies in the given viewport rectangles (one per line). */
function fakeRange(...rects: Array<[left: number, top: number, width: number, height: number]>): Range {
  const list = rects.map(([left, top, width, height]) => ({ left, top, width, height, right: left + width, bottom: top + height }) as DOMRect);
  return { getClientRects: () => list } as unknown as Range;
}

/** A document whose caret at any point lands in `node` (the caret APIs snap to the nearest character). */
function docWithCaretIn(node: Node | null): Document {
  return { caretPositionFromPoint: () => (node ? { offsetNode: node, offset: 0 } : null) } as unknown as Document;
}

describe('rectAt', () => {
  const wrapped = fakeRange([500, 100, 60, 20], [10, 124, 40, 20]);

  it('finds the line of a wrapped mention under the point, where the card is placed', () => {
    expect(rectAt(wrapped, 20, 130)?.left).toBe(10);
    expect(rectAt(wrapped, 520, 110)?.left).toBe(500);
  });

  it('allows the underline’s few pixels below the text, and no more', () => {
    expect(rectAt(wrapped, 520, 121)).not.toBeNull();
    expect(rectAt(wrapped, 520, 130)).toBeNull();
  });
});

describe('MentionIndex', () => {
  const node = { nodeType: 3 } as unknown as Node;
  const other = { nodeType: 3 } as unknown as Node;
  const putin = { range: fakeRange([100, 100, 50, 20]), nodes: [node], name: 'Putin' };
  const kim = { range: fakeRange([200, 100, 30, 20]), nodes: [node], name: 'Kim' };
  const index = new MentionIndex([putin, kim], (m) => m.nodes);

  it('finds the mention whose text is under the pointer among those of the caret’s text node', () => {
    expect(index.at(docWithCaretIn(node), 120, 110)?.name).toBe('Putin');
    expect(index.at(docWithCaretIn(node), 210, 110)?.name).toBe('Kim');
  });

  it('finds none between mentions of the same text node (the caret snapped to a character nearby)', () => {
    expect(index.at(docWithCaretIn(node), 175, 110)).toBeNull();
  });

  it('finds none over text without mentions, or where there is no caret', () => {
    expect(index.at(docWithCaretIn(other), 120, 110)).toBeNull();
    expect(index.at(docWithCaretIn(null), 120, 110)).toBeNull();
  });
});
