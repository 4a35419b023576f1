import axe from 'axe-core';
import { expect } from 'vitest';

/**
 * axe-core on what a test rendered (WCAG 2.1 A/AA and best practices, as the browser tests run it): no violation.
 * jsdom lays nothing out, so what needs layout (colour contrast) is left to the browser tests.
 */
export async function expectAccessible(container: Element = document.body) {
  const results = await axe.run(container, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}
