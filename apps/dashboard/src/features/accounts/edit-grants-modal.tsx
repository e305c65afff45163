import { useMutation } from '@apollo/client/react';
import { App, Form } from 'antd';
import { MutationModal } from '@/components/mutation-modal';
import type { AdminUser as User } from './users.query';
import { useT } from '@/lib/i18n/i18n';
import { SET_USER_GRANTS } from './set-user-grants.mutation';
import { GrantEditor } from './grant-editor';
import { type GrantValue, toGrantInputs, toGrantValues } from './grants';

interface Values {
  grants?: GrantValue[];
}

/** 编辑角色: replaces the account's granted roles, pre-filled with the current ones. */
export function EditGrantsModal({ user, isSelf, onClose }: { user: User; isSelf: boolean; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [setGrants] = useMutation(SET_USER_GRANTS, { refetchQueries: ['Users'], awaitRefetchQueries: true });
  return (
    <MutationModal<Values>
      title={t('users.editGrantsTitle', { username: user.username })}
      testId="edit-grants-modal"
      name="editGrants"
      width={640}
      okText={t('common.save')}
      form={form}
      initialValues={{ grants: toGrantValues(user.grants) }}
      onClose={onClose}
      onSubmit={async (v) => {
        await setGrants({ variables: { userId: user.id, grants: toGrantInputs(v.grants) } });
        message.success(t('users.grantsSaved', { username: user.username }));
      }}
    >
      <p className="hint">{t('users.editGrantsHint')}</p>
      {isSelf && <p className="hint">{t('users.selfAdminHint')}</p>}
      <GrantEditor testIdPrefix="edit-" />
    </MutationModal>
  );
}
