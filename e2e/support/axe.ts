import axe from 'axe-core';
import { expect, type Page } from '@playwright/test';

interface Violation {
  id: string;
  impact?: string | null;
  nodes: { target: unknown[] }[];
}

/**
 * SPEC.md §9: no serious (or critical) axe-core violation on what the page shows now. Soft, so a
 * walk over many pages names every page at fault in one run.
 *
 * axe-core runs in the page itself, injected once per document (a walk moves on with the router,
 * see visit() in layout.ts, so one injection serves every page of it): @axe-core/playwright's
 * builder injects it again and opens a blank page for every scan, about 1.5 s each on a 2-core
 * machine against 0.3 s for the scan. The dashboard has no frames, so one document is the page.
 */
export async function expectNoSeriousViolations(page: Page): Promise<void> {
  // Wait for antd's open/close animations: mid-fade, text is blended with the background and axe
  // measures a contrast nobody sees once the dialog has settled.
  await page.waitForFunction(
    () =>
      [
        ...document.querySelectorAll<HTMLElement>('.ant-modal, .ant-modal-mask, .ant-select-dropdown, .ant-dropdown, .ant-drawer-content-wrapper, .ant-drawer-mask'),
      ].every((el) => {
        const style = getComputedStyle(el);
        return style.display === 'none' || (style.opacity === '1' && (style.transform === 'none' || style.transform === 'matrix(1, 0, 0, 1, 0, 0)'));
      }),
    undefined,
    { timeout: 5000 },
  );
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  // Only violations in full: axe then skips describing every passing node.
  const violations = await page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: Violation[] }> } };
    const r = await w.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect.soft(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `axe on ${page.url()}`).toEqual([]);
}
