import { Breadcrumb } from 'antd';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import { useAccess } from '@/lib/auth/access';
import { breadcrumbTrail } from '@/lib/breadcrumb-trail';
import { useT } from '@/lib/i18n/i18n';
import { useLevel } from '@/lib/level';
import { useCollegeOptions } from '@/lib/use-college-options';

export interface BreadcrumbsProps {
  /** The menu's name of the current page, and whether it is in the 系统管理 section. */
  page?: { label: string; admin: boolean };
  /** The first 系统管理 page the person may use. */
  adminHome?: string;
  /** The page is about one level (the header shows the level switch). */
  showLevel: boolean;
}

/** 全校 › 计算机学院 › 本科生: where the page is, with links to the places above it (lib/breadcrumb-trail.ts). */
export function Breadcrumbs({ page, adminHome, showLevel }: BreadcrumbsProps) {
  const t = useT();
  const access = useAccess();
  const { pathname } = useLocation();
  const [search] = useSearchParams();
  const [level] = useLevel();
  const colleges = useCollegeOptions();
  const crumbs = breadcrumbTrail({ pathname, search, level, showLevel, access, page, adminHome, collegeName: colleges.name, t });
  if (crumbs.length === 0) return null;
  return (
    <Breadcrumb
      className="app-breadcrumbs"
      aria-label={t('breadcrumb.label')}
      data-testid="breadcrumbs"
      separator="›"
      items={crumbs.map((c, i) => ({
        key: c.key,
        title: c.to ? (
          <Link to={c.to} data-testid={`crumb-${c.key}`}>
            {c.label}
          </Link>
        ) : (
          <span data-testid={`crumb-${c.key}`} aria-current={i === crumbs.length - 1 ? 'page' : undefined}>
            {c.label}
          </span>
        ),
      }))}
    />
  );
}
