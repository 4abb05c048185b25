import { Document, Scalar, isMap, isSeq, visit } from 'yaml';

/**
 * YAML text of plain data. Small mappings that read as one record (a party, a track, an option, a rule, one
 * issue's utilities) are written in flow style, `{ id: ua, name: Ukraine }`, as DESIGN.md shows them;
 * `Infinity` is written `.inf`. `isFlow` receives the keys that lead to a mapping (list positions left out):
 * `['issues', 'options']` for an option. Lists of plain values are always written in flow style.
 * @example toYaml({ parties: [{ id: 'ua' }] }, (keys) => keys[0] === 'parties') // 'parties:\n  - { id: ua }\n'
 */
export function toYaml(data: unknown, isFlow: (keys: readonly string[]) => boolean = () => false): string {
  const document = new Document(data);
  visit(document, {
    Map(_, node, path) {
      const keys = path.flatMap((ancestor) =>
        'key' in ancestor && ancestor.key && typeof ancestor.key === 'object' && 'value' in ancestor.key
          ? [String(ancestor.key.value)]
          : [],
      );
      if (isMap(node) && isFlow(keys)) node.flow = true;
    },
    Scalar(_, node) {
      // Plain YAML keeps Unicode spaces at a string's ends, but readers that trim lines (front matter) and
      // YAML 1.1 line breaks (NEL, LS, PS) do not; double quotes escape them, so the string reads back whole.
      if (
        typeof node.value === 'string' &&
        (node.value.trim() !== node.value || /[\u0085\u2028\u2029]/.test(node.value))
      )
        node.type = Scalar.QUOTE_DOUBLE;
    },
    Seq(_, node) {
      // Lists of ids (`parties: [us, ua]`, `in: [a, b]`) read best on one line.
      if (isSeq(node) && node.items.every((item) => !isMap(item) && !isSeq(item))) node.flow = true;
    },
  });
  return document.toString({ lineWidth: 0 });
}
