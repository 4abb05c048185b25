/**
 * Where the Pareto plot's labels go so that none overlaps another (issue 14: Nash, Kalai and a proposal
 * close together wrote over each other). Each label starts right of its point; one that would leave the
 * plot goes to the left instead; one that would cover a label already placed moves down or up a line at a
 * time until it is free, and is then drawn with a leader line to its point.
 */

/** A label at a point of the plot, in data units (both axes 0..100). */
export interface PlotLabel {
  x: number;
  y: number;
  text: string;
}

/** A placed label: its point, where its text sits (data units) and on which side of the point. */
export interface PlacedLabel extends PlotLabel {
  labelY: number;
  anchor: 'start' | 'end';
  /** True when the text was moved off its point's line, so a leader line should join them. */
  moved: boolean;
}

/** The plot's size in pixels and how big a character of label text is. */
export interface LabelFrame {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  charWidth: number;
  lineHeight: number;
  /** Pixels between a point and its label. */
  gap: number;
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Places every label so that no two boxes of text overlap (as far as nine lines up or down allow), the
 * topmost first.
 * @example placeLabels([{ x: 50, y: 50, text: 'Nash' }, { x: 51, y: 50, text: 'Kalai' }], frame)
 * // Nash on its point's line, Kalai a line lower with `moved: true`
 */
export function placeLabels(labels: readonly PlotLabel[], frame: LabelFrame): PlacedLabel[] {
  const { width, height, margin, charWidth, lineHeight, gap } = frame;
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const px = (x: number) => margin.left + (x / 100) * plotWidth;
  const py = (y: number) => margin.top + (1 - y / 100) * plotHeight;
  const dataY = (pixel: number) => 100 * (1 - (pixel - margin.top) / plotHeight);
  const placed: Box[] = [];
  const order = [...labels].sort((a, b) => b.y - a.y || a.x - b.x);
  return order.map((label) => {
    const textWidth = label.text.length * charWidth;
    const x = px(label.x);
    const anchor = x + gap + textWidth <= width - margin.right ? 'start' : 'end';
    const left = anchor === 'start' ? x + gap : x - gap - textWidth;
    const boxAt = (centre: number): Box => ({
      left,
      right: left + textWidth,
      top: centre - lineHeight / 2,
      bottom: centre + lineHeight / 2,
    });
    const inside = (box: Box) => box.top >= margin.top - lineHeight && box.bottom <= height - margin.bottom;
    const shifts = [
      0,
      ...Array.from({ length: 9 }, (_, i) => [(i + 1) * lineHeight, -(i + 1) * lineHeight]).flat(),
    ];
    const shift =
      shifts.find((s) => {
        const box = boxAt(py(label.y) + s);
        return inside(box) && !placed.some((other) => overlaps(box, other));
      }) ?? 0;
    placed.push(boxAt(py(label.y) + shift));
    return {
      ...label,
      labelY: shift === 0 ? label.y : dataY(py(label.y) + shift),
      anchor,
      moved: shift !== 0,
    };
  });
}
