import { Button, Dropdown, type MenuProps } from 'antd';
import { useState } from 'react';
import { useAccess } from '@/lib/auth/access';
import { rolesText, scopeText } from '@/lib/auth/scope-text';
import { useT } from '@/lib/i18n/i18n';
import { ChangePasswordModal } from './change-password-modal';
import { useLogout } from './use-logout';

/** A person's outline, for the account button on phones. */
function PersonIcon() {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false" fill="currentColor">
      <path d="M12 12a4.5 4.5 0 1 0 0-9 4.5 4.5 0 0 0 0 9Zm0 2c-4.4 0-8 2.5-8 5.5V21h16v-1.5c0-3-3.6-5.5-8-5.5Z" />
    </svg>
  );
}

/**
 * The header's account button: who is signed in, with which roles and scope; change password; sign out.
 * `compact` (phones): an icon button; the name, roles and scope are in its dropdown.
 */
export function UserMenu({ compact = false }: { compact?: boolean }) {
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
        {compact ? (
          <Button data-testid="user-menu" shape="circle" icon={<PersonIcon />} aria-label={`${name}${t('user.menuSuffix')}`} />
        ) : (
          <Button data-testid="user-menu" className="user-menu-button">
            <span className="user-menu-name">{name}</span> <span className="user-menu-roles">{roles}</span>
            <span className="visually-hidden">{t('user.menuSuffix')}</span>
            <span aria-hidden="true">▾</span>
          </Button>
        )}
      </Dropdown>
      {changing && <ChangePasswordModal onClose={() => setChanging(false)} />}
    </>
  );
}
