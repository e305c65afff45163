import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * SPEC.md §9: no serious (or critical) axe-core violation on what the page shows now. Soft, so a
 * walk over many pages names every page at fault in one run.
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
  // Only violations are reported in full: axe then skips serialising every passing node, which on
  // a chart-heavy page is most of a scan's time.
  const { violations } = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect.soft(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `axe on ${page.url()}`).toEqual([]);
}
