import { expect, test } from 'vitest';
import { placeLabels } from './plot-labels.js';
import type { LabelFrame, PlacedLabel } from './plot-labels.js';

const frame: LabelFrame = {
  width: 600,
  height: 440,
  margin: { top: 20, right: 20, bottom: 40, left: 40 },
  charWidth: 6,
  lineHeight: 14,
  gap: 10,
};

/** The pixel box of a placed label's text, as the plot draws it. */
function box(l: PlacedLabel) {
  const w = l.text.length * frame.charWidth;
  const x = frame.margin.left + (l.x / 100) * (frame.width - frame.margin.left - frame.margin.right);
  const y = frame.margin.top + (1 - l.labelY / 100) * (frame.height - frame.margin.top - frame.margin.bottom);
  const left = l.anchor === 'start' ? x + frame.gap : x - frame.gap - w;
  return { left, right: left + w, top: y - frame.lineHeight / 2, bottom: y + frame.lineHeight / 2 };
}

const overlap = (a: PlacedLabel, b: PlacedLabel) => {
  const p = box(a);
  const q = box(b);
  return p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom;
};

test('labels of points close together are stacked so that no two overlap, the moved ones marked', () => {
  const placed = placeLabels(
    [
      { x: 50, y: 50, text: 'Nash' },
      { x: 51, y: 50.5, text: 'Kalai–Smorodinsky' },
      { x: 50.5, y: 49.5, text: 'US 28-point plan' },
      { x: 52, y: 50, text: 'Egalitarian' },
    ],
    frame,
  );
  for (const a of placed) for (const b of placed) if (a !== b) expect(overlap(a, b)).toBe(false);
  expect(placed.filter((l) => l.moved)).toHaveLength(3);
  expect(placed.filter((l) => !l.moved).map((l) => l.labelY === l.y)).toEqual([true]);
});

test('a label that would leave the plot on the right goes left of its point', () => {
  const [label] = placeLabels([{ x: 98, y: 30, text: 'European counter-proposal' }], frame);
  expect(label).toMatchObject({ anchor: 'end', moved: false, labelY: 30 });
  expect(box(label!).right).toBeLessThanOrEqual(frame.width - frame.margin.right);
});

test('labels far apart stay on their points', () => {
  const placed = placeLabels(
    [
      { x: 10, y: 90, text: 'Nash' },
      { x: 70, y: 20, text: 'Utilitarian' },
    ],
    frame,
  );
  expect(placed.map((l) => [l.anchor, l.moved])).toEqual([
    ['start', false],
    ['start', false],
  ]);
});
