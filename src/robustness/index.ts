// The robustness layer: Monte Carlo over uncertain positions (DESIGN.md, uncertain positions; issue 17).
export { uncertainParameters } from './parameters.js';
export type { UncertainParameter } from './parameters.js';
