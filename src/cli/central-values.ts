import type { Case } from '../model/index.js';
// The module itself, not the layer's index: check and solve would otherwise load the whole sampler and solver.
import { uncertainParameters } from '../robustness/parameters.js';

/**
 * What a command that takes positions at face value must say about an uncertain case (DESIGN.md, uncertain
 * positions): the uncertain parameters it read at their central values, and a line for a person. Both are
 * empty for a case without ranges, triangles or firmness.
 * @example centralValuesNote(c).line // 'note: 2 uncertain parameters taken at their central values, firmness ignored (ru.reservation, ua.redlines.army-floor); parley robustness samples them'
 */
export function centralValuesNote(theCase: Case): { names: string[]; line: string } {
  const names = uncertainParameters(theCase).map((parameter) => parameter.name);
  if (names.length === 0) return { names, line: '' };
  const shown = names.length > 6 ? [...names.slice(0, 6), `… ${names.length - 6} more`] : names;
  return {
    names,
    line:
      `note: ${names.length} uncertain parameter${names.length === 1 ? '' : 's'} taken at central values ` +
      `(midpoint of a range, mode of a triangle; red-line firmness ignored): ${shown.join(', ')}; ` +
      `parley robustness samples them\n`,
  };
}
