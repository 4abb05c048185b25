/**
 * Gives an Observable Plot chart one accessible name and drops the names Plot puts on its parts.
 *
 * Plot labels each mark's `<g>` (and the frame's `<rect>`) with `aria-label="dot"`, `"rule"`, `"tip"`…;
 * ARIA forbids a name on an element without a role (axe-core: aria-prohibited-attr), and the words say
 * nothing to a reader anyway. The chart itself becomes one image named by `label`; what it shows is said
 * in words beside it (caption, table, legend).
 */
export function nameChart(chart: Element, label: string): void {
  chart.setAttribute('role', 'img');
  chart.setAttribute('aria-label', label);
  // Each part keeps what it is as `data-mark` ("dot", "rule"…), for styles and tests.
  for (const part of chart.querySelectorAll('[aria-label]:not([role])')) {
    part.setAttribute('data-mark', part.getAttribute('aria-label') ?? '');
    part.removeAttribute('aria-label');
  }
  for (const part of chart.querySelectorAll('[aria-description]:not([role])'))
    part.removeAttribute('aria-description');
}
