import { Button, Dropdown, type MenuProps } from 'antd';
import { useState } from 'react';
import { useAccess } from '@/lib/auth/access';
import { rolesText, scopeText } from '@/lib/auth/scope-text';
import { useT } from '@/lib/i18n/i18n';
import { ChangePasswordModal } from './change-password-modal';
import { useLogout } from './use-logout';

/** The header's account button: who is signed in, with which roles and scope; change password; sign out. */
export function UserMenu() {
  const t = useT();
  const { user, rosterScope } = useAccess();
  const logout = useLogout();
  const [changing, setChanging] = useState(false);
  const name = user.displayName ?? user.username;
  const roles = rolesText(user.roles, t);
  const scope = scopeText(rosterScope, t);

  const items: MenuProps['items'] = [
    { key: 'password', label: <span data-testid="menu-change-password">{t('user.changePassword')}</span> },
    { key: 'logout', danger: true, label: <span data-testid="menu-logout">{t('user.logout')}</span> },
  ];

  return (
    <>
      <Dropdown
        trigger={['click']}
        placement="bottomRight"
        menu={{
          items,
          onClick: ({ key }) => {
            if (key === 'password') setChanging(true);
            if (key === 'logout') void logout();
          },
        }}
        // Who and what, above the menu (a role="menu" may hold menu items only).
        popupRender={(menu) => (
          <div className="user-menu-popup">
            <dl className="user-menu-info" data-testid="user-menu-info">
              <dt>{t('user.account')}</dt>
              <dd>{user.displayName ? t('common.nameNo', { name: user.displayName, no: user.username }) : user.username}</dd>
              <dt>{t('user.roles')}</dt>
              <dd data-testid="user-roles">{roles}</dd>
              <dt>{t('user.scope')}</dt>
              <dd data-testid="user-scope">{scope}</dd>
            </dl>
            {menu}
          </div>
        )}
      >
        <Button data-testid="user-menu">
          <span className="user-menu-name">{name}</span> <span className="user-menu-roles">{roles}</span>
          <span className="visually-hidden">{t('user.menuSuffix')}</span>
          <span aria-hidden="true">▾</span>
        </Button>
      </Dropdown>
      {changing && <ChangePasswordModal onClose={() => setChanging(false)} />}
    </>
  );
}
