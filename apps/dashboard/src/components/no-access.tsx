import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { useT } from '@/lib/i18n/i18n';

/** 没有权限: a page or record outside the signed-in user's scope. */
export function NoAccess({ title, message, details }: { title?: string; message?: string; details?: ReactNode }) {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Result
      status="403"
      data-testid="no-access"
      title={<h1 className="page-title">{title ?? t('access.denied')}</h1>}
      subTitle={
        <>
          <p className="no-access-text">{message ?? t('access.deniedHint')}</p>
          {details}
        </>
      }
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('access.home')}
        </Button>
      }
    />
  );
}
