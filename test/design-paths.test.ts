import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

// docs/DESIGN.md says where each contract lives and where a change goes ("Rules", "Where does a change
// go"): a file moved or renamed without the document following fails here.
test('every file docs/DESIGN.md names by its path exists', () => {
  const design = readFileSync('docs/DESIGN.md', 'utf8');
  const named = [...design.matchAll(/`((?:src|web|test|bench|scripts|docs)\/[\w./-]+)`/g)].map((m) => m[1]!);
  expect(named.length).toBeGreaterThan(10);
  expect(named.filter((path) => !existsSync(path))).toEqual([]);
});
