/**
 * Moves the keyboard focus to content an action just brought (a result, a panel), so a screen reader reads
 * it next and the keyboard continues from there (WCAG 2.4.3). The element is made focusable by script
 * only (`tabindex="-1"`), so Tab does not stop on it later. Waits a frame for React to have drawn it.
 */
export function focusNewContent(find: () => HTMLElement | null): void {
  requestAnimationFrame(() => {
    const element = find();
    if (!element) return;
    if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
    element.focus();
  });
}
