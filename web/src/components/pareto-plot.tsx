import { useEffect, useRef } from 'react';
import * as Plot from '@observablehq/plot';
import { describeUtilities, drawnKinds } from '../logic/utility-points.js';
import { placeLabels } from '../logic/plot-labels.js';
import { nameChart } from './chart-aria.js';
import type { PointKind, UtilityPoint } from '../logic/utility-points.js';

/** Okabe–Ito colours and distinct symbols per kind of point, so the plot reads without colour too. */
const styles: Record<PointKind, { color: string; symbol: Plot.SymbolType; label: string }> = {
  pareto: { color: '#56B4E9', symbol: 'circle', label: 'Pareto package' },
  proposal: { color: '#1f2430', symbol: 'square', label: 'Existing proposal' },
  nash: { color: '#D55E00', symbol: 'star', label: 'Nash' },
  kalai: { color: '#CC79A7', symbol: 'diamond', label: 'Kalai–Smorodinsky' },
  egalitarian: { color: '#009E73', symbol: 'triangle', label: 'Egalitarian' },
  utilitarian: { color: '#E69F00', symbol: 'cross', label: 'Utilitarian' },
};

const kinds = Object.keys(styles) as PointKind[];

/**
 * The Pareto plot in utility space for two parties (Observable Plot): frontier packages, existing
 * proposals and the four bargaining solutions, each with a tooltip listing every party's utility.
 */
export function ParetoPlot({
  points,
  xLabel,
  yLabel,
  parties,
}: {
  points: readonly UtilityPoint[];
  xLabel: string;
  yLabel: string;
  /** The parties a tooltip lists, by name, in this order. */
  parties: readonly { id: string; name: string }[];
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const frame = ref.current;
    if (!frame) return;
    // Solutions often coincide (Kalai and egalitarian on one package): one label per place, names joined.
    const labels = new Map<string, { x: number; y: number; text: string }>();
    for (const p of points) {
      if (p.kind === 'pareto') continue;
      const key = `${p.x},${p.y}`;
      const name = p.kind === 'proposal' ? p.label : styles[p.kind].label;
      const seen = labels.get(key);
      labels.set(key, seen ? { ...seen, text: `${seen.text}, ${name}` } : { x: p.x, y: p.y, text: name });
    }
    const size = { width: Math.max(360, Math.min(760, frame.clientWidth)), height: 440 };
    const margin = { top: 20, right: 20, bottom: 44, left: 52 };
    // Labels of points close together are stacked apart, each joined to its point by a leader line.
    const placed = placeLabels([...labels.values()], {
      ...size,
      margin,
      charWidth: 6.2,
      lineHeight: 14,
      gap: 10,
    });
    const text = (anchor: 'start' | 'end') =>
      Plot.text(
        placed.filter((l) => l.anchor === anchor),
        {
          x: 'x',
          y: 'labelY',
          text: 'text',
          dx: anchor === 'start' ? 10 : -10,
          textAnchor: anchor,
          fontSize: 11,
          fill: '#1f2430',
        },
      );
    const chart = Plot.plot({
      ...size,
      marginTop: margin.top,
      marginRight: margin.right,
      marginLeft: margin.left,
      marginBottom: margin.bottom,
      grid: true,
      x: { domain: [0, 100], label: `${xLabel} utility →` },
      y: { domain: [0, 100], label: `↑ ${yLabel} utility` },
      color: { domain: kinds, range: kinds.map((k) => styles[k].color) },
      symbol: { domain: kinds, range: kinds.map((k) => styles[k].symbol) },
      marks: [
        Plot.frame({ stroke: '#d9dde5' }),
        Plot.link(
          placed.filter((l) => l.moved),
          { x1: 'x', y1: 'y', x2: 'x', y2: 'labelY', stroke: '#8a93a6', strokeWidth: 0.75 },
        ),
        // Two marks rather than an `r` channel, whose scale would shrink the markers relative to each other.
        ...(['frontier', 'marked'] as const).map((layer) =>
          Plot.dot(
            points.filter((d) => (d.kind === 'pareto') === (layer === 'frontier')),
            {
              x: 'x',
              y: 'y',
              fill: (d: UtilityPoint) => d.kind,
              symbol: (d: UtilityPoint) => d.kind,
              stroke: 'white',
              strokeWidth: 1,
              r: layer === 'frontier' ? 4 : 7,
              title: (d: UtilityPoint) =>
                `${d.kind === 'proposal' ? d.label : styles[d.kind].label}\n${describeUtilities(d.utilities, parties)}`,
              tip: true,
            },
          ),
        ),
        text('start'),
        text('end'),
      ],
    });
    nameChart(chart, `Packages by utility: ${xLabel} across, ${yLabel} up`);
    frame.replaceChildren(chart);
    return () => chart.remove();
  }, [points, xLabel, yLabel, parties]);
  return (
    <figure className="plot-frame">
      <div ref={ref} />
      <figcaption className="legend">
        {drawnKinds(points, kinds).map((k) => (
          <span key={k}>
            <span aria-hidden="true" style={{ color: styles[k].color }}>
              {symbolGlyph[styles[k].symbol as string] ?? '●'}
            </span>{' '}
            {styles[k].label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}

const symbolGlyph: Record<string, string> = {
  circle: '●',
  square: '■',
  star: '★',
  diamond: '◆',
  triangle: '▲',
  cross: '✚',
};
