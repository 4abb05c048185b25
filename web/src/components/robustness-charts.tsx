import { useEffect, useRef } from 'react';
import * as Plot from '@observablehq/plot';
import { percent } from '../logic/robustness-rows.js';
import { nameChart } from './chart-aria.js';
import type {
  AcceptanceCell,
  ConcessionBar,
  LeveragePlotPoint,
  TornadoBar,
} from '../logic/robustness-rows.js';

/**
 * One Observable Plot chart in a figure: `draw(width)` builds it for the frame's width; it is drawn again
 * when `draw` changes. The chart carries `label` for screen readers, and the caption says it in words.
 */
function PlotFigure({
  draw,
  label,
  caption,
  className,
}: {
  draw: (width: number) => SVGSVGElement | HTMLElement;
  label: string;
  caption: string;
  className: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const frame = ref.current;
    if (!frame) return;
    const chart = draw(Math.max(360, Math.min(820, frame.clientWidth)));
    nameChart(chart, label);
    frame.replaceChildren(chart);
    return () => chart.remove();
  }, [draw, label]);
  return (
    <figure className={`plot-frame ${className}`}>
      <div ref={ref} />
      <figcaption className="muted">{caption}</figcaption>
    </figure>
  );
}

/** Acceptance probabilities as a heat grid: a row per proposal or package, a column per party (and all). */
export function AcceptanceChart({ cells, columns }: { cells: AcceptanceCell[]; columns: string[] }) {
  const rows = [...new Set(cells.map((c) => c.row))];
  return (
    <PlotFigure
      className="acceptance-chart"
      label={`Acceptance probability: ${rows.length} rows by ${columns.length} columns`}
      caption="How likely each party accepts each proposal and package: keeps every red line still in force and beats its reservation."
      draw={(width) =>
        Plot.plot({
          width,
          height: 60 + rows.length * 34,
          marginLeft: 10 + 6 * Math.max(...rows.map((r) => shorten(r).length)),
          x: { domain: columns, axis: 'top', label: null },
          y: { domain: rows, label: null, tickFormat: shorten },
          color: { type: 'linear', domain: [0, 1], range: ['#f4f6fa', '#0b6e4f'] },
          marks: [
            Plot.cell(cells, {
              x: 'party',
              y: 'row',
              fill: 'p',
              inset: 1,
              title: (d: AcceptanceCell) => `${d.row}\n${d.party}: ${percent(d.p)}`,
            }),
            Plot.text(cells, {
              x: 'party',
              y: 'row',
              text: (d: AcceptanceCell) => percent(d.p),
              fill: (d: AcceptanceCell) => (d.p > 0.55 ? 'white' : '#1f2430'),
              fontSize: 12,
            }),
          ],
        })
      }
    />
  );
}

/** A row label cut to fit the chart's margin; the full title is in each cell's tooltip. */
const shorten = (label: string): string => (label.length > 48 ? `${label.slice(0, 47)}…` : label);

const measureColors = { 'agreement zone': '#0072B2', 'Nash package': '#D55E00', 'own acceptance': '#009E73' };

/** The tornado: one bar per parameter, largest effect on top, signed change in percentage points. */
export function TornadoChart({ bars }: { bars: TornadoBar[] }) {
  // Only the measures some bar shows: a delegate's tornado is about its own acceptance alone.
  const measures = (Object.keys(measureColors) as TornadoBar['measure'][]).filter((m) =>
    bars.some((b) => b.measure === m),
  );
  return (
    <PlotFigure
      className="tornado-chart"
      label={`Sensitivity: ${bars.length} parameters, largest effect first`}
      caption="What moves the answer most: the change (in points) when a value lies in the upper half of its range rather than the lower, or a red line holds rather than gives way."
      draw={(width) =>
        Plot.plot({
          width,
          height: 50 + bars.length * 26,
          marginLeft: Math.min(340, 8 + 6.5 * Math.max(...bars.map((b) => b.parameter.length))),
          x: { label: 'change in probability (points) →', grid: true },
          y: { domain: bars.map((b) => b.parameter), label: null },
          color: { domain: measures, range: measures.map((m) => measureColors[m]), legend: true },
          marks: [
            Plot.barX(bars, {
              x: (d: TornadoBar) => d.change * 100,
              y: 'parameter',
              fill: 'measure',
              title: (d: TornadoBar) => `${d.parameter}: ${d.measure} ${(d.change * 100).toFixed(1)} points`,
            }),
            Plot.ruleX([0]),
          ],
        })
      }
    />
  );
}

/** Leverage curves: each party's mean Nash utility, and the chance of a zone, as its reservation moves. */
export function LeverageCharts({ points }: { points: LeveragePlotPoint[] }) {
  const withNash = points.filter((p) => p.nash !== null);
  return (
    <div className="leverage-charts">
      <PlotFigure
        className="leverage-chart"
        label="Leverage: Nash utility by reservation, one line per party"
        caption="A party's mean Nash utility where a zone exists, as its reservation (its alternative to agreement) is set from 0 to 90."
        draw={(width) =>
          Plot.plot({
            width,
            height: 300,
            grid: true,
            x: { domain: [0, 90], label: 'reservation →' },
            y: { domain: [0, 100], label: '↑ Nash utility' },
            color: { legend: true },
            marks: [
              Plot.line(withNash, { x: 'reservation', y: 'nash', stroke: 'party', marker: 'circle' }),
              Plot.frame({ stroke: '#d9dde5' }),
            ],
          })
        }
      />
      <PlotFigure
        className="leverage-zone-chart"
        label="Leverage: probability of an agreement zone by reservation, one line per party"
        caption="The chance that an agreement zone exists, as each party's reservation moves."
        draw={(width) =>
          Plot.plot({
            width,
            height: 220,
            grid: true,
            x: { domain: [0, 90], label: 'reservation →' },
            y: { domain: [0, 100], label: '↑ zone (%)' },
            color: { legend: true },
            marks: [
              Plot.line(points, {
                x: 'reservation',
                y: (d: LeveragePlotPoint) => d.zone * 100,
                stroke: 'party',
              }),
              Plot.frame({ stroke: '#d9dde5' }),
            ],
          })
        }
      />
    </div>
  );
}

/** Concession values: what each red line given up is worth to the other parties together. */
export function ConcessionChart({ bars }: { bars: ConcessionBar[] }) {
  return (
    <PlotFigure
      className="concession-chart"
      label={`Concession values: ${bars.length} red lines, most valuable first`}
      caption="What each single concession buys: the other parties' mean gain in utility points (bar), and how much likelier an agreement zone becomes (label)."
      draw={(width) =>
        Plot.plot({
          width,
          height: 50 + bars.length * 30,
          marginLeft: Math.min(340, 8 + 6.5 * Math.max(...bars.map((b) => b.label.length))),
          marginRight: 90,
          x: { label: "others' gain (utility points) →", grid: true },
          y: { domain: bars.map((b) => b.label), label: null },
          marks: [
            Plot.barX(bars, {
              x: 'total',
              y: 'label',
              fill: '#CC79A7',
              title: (d: ConcessionBar) => `${d.label}: ${d.gains}; zone +${percent(d.zone)}`,
            }),
            Plot.text(bars, {
              x: 'total',
              y: 'label',
              text: (d: ConcessionBar) => `zone +${(d.zone * 100).toFixed(0)} pts`,
              dx: 6,
              textAnchor: 'start',
              fontSize: 11,
            }),
            Plot.ruleX([0]),
          ],
        })
      }
    />
  );
}
