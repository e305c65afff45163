import type { NetworkLevel } from '@/gql/graphql';
import type { Access } from '@/lib/auth/my-access.query';
import { canReadRoster, canSeeAggregates } from '@/lib/auth/access';
import { homeIsMyPost, homeIsOverview } from '@/lib/home';
import type { Translate } from '@/lib/i18n/i18n';
import { withLevel } from '@/lib/level';

// Where a page sits: the school (or the person's own college, roster or post) › a college › the
// level › the page. Ancestors that lead to another page are links; the last crumb is the page itself.

export interface Crumb {
  key: string;
  label: string;
  /** A link to that place; absent on the current page and on crumbs that name no other page. */
  to?: string;
}

export interface TrailInput {
  pathname: string;
  search: URLSearchParams;
  level: NetworkLevel;
  /** Whether the page is about one level (the header shows the level switch): then the level is a crumb. */
  showLevel: boolean;
  access: Access;
  /** The menu's name of the page (the layout's current menu item), for pages without a rule of their own. */
  page?: { label: string; admin: boolean };
  /** The first page of the 系统管理 section the person may use: the section has no page of its own. */
  adminHome?: string;
  /** A college's name (its code while the names load). */
  collegeName: (code: string) => string;
  t: Translate;
}

const rosterPath = (code: string, level: NetworkLevel) => withLevel(`/colleges/${encodeURIComponent(code)}`, level);

/** The top of the person's world: the school overview, their one college, their roster or their post. */
function rootCrumb({ access: a, level, collegeName, t }: TrailInput): Crumb | null {
  if (homeIsOverview(a) && canSeeAggregates(a)) {
    // A leader of several colleges has "/" too, but it is not the whole school.
    const school = a.aggregateScope.all || a.rosterScope.all;
    return { key: 'school', label: school ? t('breadcrumb.school') : t('nav.overview'), to: withLevel('/', level) };
  }
  const colleges = a.rosterScope.collegeCodes;
  if (colleges.length === 1) return { key: `college-${colleges[0]}`, label: collegeName(colleges[0]!), to: rosterPath(colleges[0]!, level) };
  if (homeIsMyPost(a)) return { key: 'my-post', label: t('nav.myPost'), to: '/my-post' };
  // A counselor: "/" takes them to their classes.
  if (canReadRoster(a)) return { key: 'home', label: t('nav.myRoster'), to: '/' };
  if (canSeeAggregates(a)) return { key: 'overview', label: t('nav.overview'), to: withLevel('/overview', level) };
  return null;
}

function pageCrumbs(input: TrailInput): Crumb[] {
  const { pathname, search, level, showLevel, access: a, page, collegeName, t } = input;
  const levelCrumbs: Crumb[] = showLevel ? [{ key: 'level', label: t(`level.${level}`) }] : [];
  const root = rootCrumb(input);
  const withRoot = (...rest: Crumb[]) => (root && root.key !== rest[0]?.key ? [root, ...rest] : rest);

  if (pathname === '/' || pathname === '/overview') {
    // "/" of a person whose home is elsewhere is on its way there.
    if (pathname === '/' && !homeIsOverview(a)) return [];
    const overview: Crumb[] = homeIsOverview(a) ? (root ? [root] : []) : withRoot({ key: 'overview', label: t('nav.overview') });
    return [...overview, ...levelCrumbs];
  }

  // A college's roster, or one of its pages (/colleges/:code/training): below the school overview.
  const college = /^\/colleges\/([^/]+)(\/[^/]+)?\/?$/.exec(pathname);
  if (college) {
    const code = decodeURIComponent(college[1]!);
    const here: Crumb = { key: `college-${code}`, label: collegeName(code), to: rosterPath(code, level) };
    // A person of one college or some classes starts at the college.
    const up = root?.key === 'school' ? [root, here] : [here];
    const sub = college[2] && page ? [{ key: college[2].slice(1), label: page.label }] : [];
    if (college[2] && !page) return [];
    return [...up, ...levelCrumbs, ...sub];
  }

  if (pathname === '/students') {
    const code = search.get('college');
    const filtered: Crumb[] = code && root?.key !== `college-${code}` ? [{ key: `college-${code}`, label: collegeName(code), to: rosterPath(code, level) }] : [];
    return withRoot(...filtered, ...levelCrumbs, { key: 'students', label: t('nav.students') });
  }

  // An import holds both levels: no level crumb.
  if (pathname === '/import') return withRoot({ key: 'import', label: t('nav.import') });

  if (!page) return [];
  const key = pathname.replace(/^\/+|\/+$/g, '').replace(/\//g, '-');
  // 系统管理 › page.
  if (page.admin) return [{ key: 'admin', label: t('nav.adminSection'), to: input.adminHome }, { key, label: page.label }];
  // Any other page of the menu (training, one's post): under the person's top place.
  return withRoot(...levelCrumbs, { key, label: page.label });
}

/** The breadcrumb trail of a location; empty where there is none (the top, a redirect, an unknown page). */
export function breadcrumbTrail(input: TrailInput): Crumb[] {
  const crumbs = pageCrumbs(input);
  // One crumb says no more than the page's heading.
  if (crumbs.length < 2) return [];
  // No link to the page one is on (whatever its filters): only the way up is a link.
  return crumbs.map((c, i) => {
    const samePage = c.to !== undefined && c.to.split('?')[0] === input.pathname;
    return i === crumbs.length - 1 || samePage ? { key: c.key, label: c.label } : c;
  });
}
