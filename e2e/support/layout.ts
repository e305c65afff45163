import { expect, type Page, type TestInfo } from '@playwright/test';

/** The phone of the acceptance tests (issue 9) and the desktop whose layout stays as it was. */
export const PHONE = { width: 390, height: 844 } as const;
export const DESKTOP = { width: 1440, height: 900 } as const;

/** An option of the antd select whose list is open, by its title (the name shown). */
export const openOption = (page: Page, title: string) =>
  page.locator(`.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="${title}"]`);

/**
 * Goes to a path of the signed-in dashboard the way its own links do: the router moves on in the
 * page already loaded (history.pushState + popstate), so a walk over twenty pages does not load and
 * start the whole application twenty times (the first visit of a page still loads its code). Returns
 * once the new page's heading is drawn and no request has been in flight for 300 ms. Falls back to
 * a full load when no dashboard is open yet.
 */
export async function visit(page: Page, path: string): Promise<void> {
  const inApp = page.url().startsWith('http') && (await page.locator('#main').count()) > 0;
  if (!inApp) {
    await page.goto(path);
    return;
  }
  // Another route mounts another heading; a change of query only (?level=) keeps it.
  const newRoute = new URL(page.url()).pathname !== new URL(path, page.url()).pathname;
  let inflight = 0;
  let last = Date.now();
  const started = () => {
    inflight++;
    last = Date.now();
  };
  const ended = () => {
    inflight--;
    last = Date.now();
  };
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  try {
    await page.evaluate(
      ([p, mark]) => {
        if (mark) for (const h of document.querySelectorAll('h1')) h.setAttribute('data-left', '');
        window.history.pushState({}, '', p);
        window.dispatchEvent(new PopStateEvent('popstate', { state: {} }));
      },
      [path, newRoute] as const,
    );
    await page.waitForURL((u) => `${u.pathname}${u.search}` === path);
    if (newRoute) await expect(page.locator('h1:not([data-left])').first()).toBeVisible({ timeout: 30_000 });
    await expect.poll(() => inflight <= 0 && Date.now() - last >= 300, { timeout: 30_000, intervals: [100] }).toBe(true);
  } finally {
    page.off('request', started);
    page.off('requestfinished', ended);
    page.off('requestfailed', ended);
  }
}

/** Waits until a page has drawn its data: its heading, no request in flight, no spinner. */
export async function settle(page: Page): Promise<void> {
  // A page's first visit loads its code: on a busy machine that takes a while.
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.ant-spin-spinning, .page-spinner')).toHaveCount(0, { timeout: 30_000 });
}

export interface LayoutReport {
  scrollWidth: number;
  clientWidth: number;
  /** Height of the page header (the app's or the sign-in page's), or null without one. */
  headerHeight: number | null;
  /** The outermost elements whose right edge is past the screen and that nothing clips. */
  pastTheEdge: string[];
  /** Boxes that scroll sideways inside the page (a wide table in a scroll container, say). */
  sidewaysScrollers: string[];
  /** Header controls that overlap one another or leave the screen. */
  headerClashes: string[];
}

/** Measures how a page fits the viewport's width (see LayoutReport). */
export async function measureLayout(page: Page): Promise<LayoutReport> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const vw = root.clientWidth;
    const name = (el: Element) => {
      const id = el.getAttribute('data-testid');
      const cls = typeof el.className === 'string' ? el.className.split(/\s+/).filter(Boolean).slice(0, 2).join('.') : '';
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30);
      return `${el.tagName.toLowerCase()}${id ? `[data-testid=${id}]` : cls ? `.${cls}` : ''}${text ? ` "${text}"` : ''}`;
    };
    const clipsX = (el: Element) => getComputedStyle(el).overflowX !== 'visible';
    const clipped = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) if (clipsX(p)) return true;
      return false;
    };
    const all = [...document.body.querySelectorAll('*')];
    const past = new Set(
      all.filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && r.right > vw + 1 && !clipped(el);
      }),
    );
    const pastTheEdge = [...past]
      .filter((el) => !el.parentElement || !past.has(el.parentElement))
      .map((el) => `${name(el)} (right edge ${Math.round(el.getBoundingClientRect().right)} px)`);
    const sidewaysScrollers = all
      .filter((el) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX) && el.scrollWidth > el.clientWidth + 1 && el.getBoundingClientRect().width > 0)
      .map((el) => `${name(el)} (${el.scrollWidth} px in ${el.clientWidth} px)`);

    const header = document.querySelector('.app-header, .login-header');
    const controls = header
      ? [...header.querySelectorAll('[data-testid=nav-toggle], .app-brand, .app-header-title, .app-header-controls > *, .login-header > *')]
          .map((el) => ({ el, r: el.getBoundingClientRect() }))
          .filter(({ r }) => r.width > 0)
      : [];
    const headerClashes: string[] = [];
    controls.forEach(({ el, r }, i) => {
      if (r.left < 0 || r.right > vw + 0.5) headerClashes.push(`${name(el)} leaves the screen (${Math.round(r.left)}–${Math.round(r.right)} px)`);
      for (const other of controls.slice(i + 1)) {
        const o = other.r;
        if (r.left < o.right - 0.5 && o.left < r.right - 0.5 && r.top < o.bottom - 0.5 && o.top < r.bottom - 0.5) {
          headerClashes.push(`${name(el)} overlaps ${name(other.el)}`);
        }
      }
    });
    return {
      scrollWidth: root.scrollWidth,
      clientWidth: vw,
      headerHeight: header ? header.getBoundingClientRect().height : null,
      pastTheEdge,
      sidewaysScrollers,
      headerClashes,
    };
  });
}

/**
 * A page as a phone shows it: nothing wider than the screen, the header one row whose controls do
 * not overlap; a full-page screenshot attached. Soft assertions, so one run lists every page at fault.
 */
export async function expectFitsPhone(page: Page, testInfo: TestInfo, label: string): Promise<void> {
  const m = await measureLayout(page);
  await testInfo.attach(`${label} (${m.clientWidth} px)`, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
  if (m.sidewaysScrollers.length > 0) {
    testInfo.annotations.push({ type: 'scrolls sideways', description: `${label}: ${m.sidewaysScrollers.join('; ')}` });
  }
  expect.soft(m.scrollWidth, `${label}: the page is wider than the screen; past the edge: ${m.pastTheEdge.join('; ') || '(none found)'}`).toBeLessThanOrEqual(m.clientWidth);
  expect.soft(m.pastTheEdge, `${label}: elements past the right edge of the screen`).toEqual([]);
  expect.soft(m.headerHeight, `${label}: the header is one row`).not.toBeNull();
  expect.soft(m.headerHeight ?? 0, `${label}: the header is one row`).toBeLessThanOrEqual(64);
  expect.soft(m.headerClashes, `${label}: header controls`).toEqual([]);
}

/**
 * The pages the signed-in person's menu offers (href paths with their query), read from the side
 * navigation, or from the drawer on narrow screens (opened and closed again). Tests visit these
 * so that a page added to the menu is checked without anyone listing it.
 */
export async function menuPages(page: Page): Promise<string[]> {
  const toggle = page.getByTestId('nav-toggle');
  const drawer = (await toggle.isVisible()) ? page.getByRole('dialog') : null;
  if (drawer) await toggle.click();
  const links = (drawer ?? page).getByRole('navigation', { name: /主导航|Main navigation/ }).getByRole('link');
  await expect(links.first()).toBeVisible();
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  if (drawer) {
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
  }
  return [...new Set(hrefs.filter((h) => h.startsWith('/')))];
}

/**
 * Pages that every role who has them sees in the same layout, only with the data of their scope:
 * the school administrator's walks scan and measure them, the other roles' walks skip them (their
 * landing, their own pages and the extras are still visited). Keeps the walks to what differs.
 */
const SCOPE_ONLY_PAGES = ['/overview', '/training', '/import', '/students', '/screening', '/submissions'];

/** A role's pages for a walk: `menu` minus the pages the administrator's walk covers, plus `extra`. */
export function ownPages(menu: readonly string[], extra: readonly string[]): string[] {
  return [...new Set([...menu.filter((p) => !SCOPE_ONLY_PAGES.includes(p.split('?')[0] ?? p)), ...extra])];
}
