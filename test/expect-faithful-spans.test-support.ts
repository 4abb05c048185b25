import { expect } from 'vitest';
import type { Segmentation } from '../src/text/index.js';

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * Asserts that a segmentation is faithful to its input: each provision's span starts with its label and
 * its text is the rest of the span with comments removed and whitespace collapsed (after NFC); spans of
 * provisions and unnumbered text don't overlap, are tight, and cover every non-whitespace character.
 * @example expectFaithfulSpans(input, segmentText(input))
 */
export function expectFaithfulSpans(input: string, segmentation: Segmentation): void {
  const withoutComments = input.replace(/<!--[^]*?(-->|$)/g, (comment) => comment.replace(/[^\r\n]/g, ' '));
  for (const provision of segmentation.provisions) {
    const slice = input.slice(provision.start, provision.end).normalize('NFC');
    expect(slice.startsWith(provision.label)).toBe(true);
    const text = withoutComments.slice(provision.start, provision.end).normalize('NFC');
    expect(collapse(text.slice(provision.label.length))).toBe(provision.text);
  }
  const spans = [...segmentation.provisions, ...segmentation.unnumbered].sort((a, b) => a.start - b.start);
  let covered = 0;
  for (const span of spans) {
    expect(span.start).toBeGreaterThanOrEqual(covered);
    expect(input.slice(covered, span.start).trim()).toBe('');
    expect(input.slice(span.start, span.end)).toBe(input.slice(span.start, span.end).trim());
    covered = span.end;
  }
  expect(input.slice(covered).trim()).toBe('');
}
