import { expect, test } from 'vitest';
import { defaultLoadShedding } from '../server/index.js';
import { loadSheddingFrom } from './serve.js';

test('--shed-after sets the event loop delay past which the server answers 503, and 0 never sheds', () => {
  expect(loadSheddingFrom(undefined)).toEqual(defaultLoadShedding);
  expect(loadSheddingFrom('250')).toEqual({ ...defaultLoadShedding, maxEventLoopDelayMs: 250 });
  expect(loadSheddingFrom('0')).toBe(false);
});

test('--shed-after that is not a whole number of ms is refused with what to give instead', () => {
  for (const bad of ['-1', '1.5', 'soon'])
    expect(loadSheddingFrom(bad)).toBe(
      `--shed-after '${bad}' is not a whole number of milliseconds (0 never sheds)`,
    );
});
