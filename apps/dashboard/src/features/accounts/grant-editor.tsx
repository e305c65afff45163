import { Button, Form, Select, Space } from 'antd';
import { GRANTABLE_ROLES } from '@/lib/enums';
import { useT } from '@/lib/i18n/i18n';
import { useCollegeOptions } from '@/lib/use-college-options';

/**
 * The granted roles of an account, as a `grants` list in the surrounding form (rows of
 * `GrantValue`): used by the create form and by the "edit roles" dialog. `testIdPrefix` keeps the
 * test hooks apart when both are on the page.
 */
export function GrantEditor({ testIdPrefix = '' }: { testIdPrefix?: string }) {
  const t = useT();
  const colleges = useCollegeOptions();
  const id = (s: string) => `${testIdPrefix}${s}`;
  return (
    <fieldset className="attest-fieldset">
      <legend>{t('users.grants')}</legend>
      <Form.List name="grants">
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field, i) => (
              <Space key={field.key} wrap align="start" data-testid={id(`grant-row-${i}`)}>
                <Form.Item
                  name={[field.name, 'role']}
                  label={t('users.grantRole', { n: i + 1 })}
                  rules={[{ required: true, message: t('users.roleRequired') }]}
                >
                  <Select
                    style={{ width: 180 }}
                    options={GRANTABLE_ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
                    data-testid={id(`grant-role-${i}`)}
                  />
                </Form.Item>
                <Form.Item noStyle shouldUpdate>
                  {({ getFieldValue }) =>
                    getFieldValue(['grants', field.name, 'role']) === 'COLLEGE_LEADER' ? (
                      <Form.Item
                        name={[field.name, 'collegeCode']}
                        label={t('users.grantCollege', { n: i + 1 })}
                        rules={[{ required: true, message: t('users.collegeRequired') }]}
                      >
                        <Select
                          style={{ width: 260 }}
                          showSearch={{ optionFilterProp: 'label' }}
                          loading={colleges.loading}
                          options={colleges.options}
                          data-testid={id(`grant-college-${i}`)}
                        />
                      </Form.Item>
                    ) : null
                  }
                </Form.Item>
                <Form.Item label={<span className="visually-hidden">{t('users.removeGrant', { n: i + 1 })}</span>}>
                  <Button onClick={() => remove(field.name)} aria-label={t('users.removeGrant', { n: i + 1 })} data-testid={id(`remove-grant-${i}`)}>
                    {t('common.remove')}
                  </Button>
                </Form.Item>
              </Space>
            ))}
            <div>
              <Button onClick={() => add({})} data-testid={id('add-grant')}>
                {t('users.addGrant')}
              </Button>
            </div>
            {/* A refusal of the whole list (e.g. removing one's own SCHOOL_ADMIN) shows here, under the roles. */}
            <div data-testid={id('grants-error')} aria-live="polite">
              <Form.ErrorList errors={errors} />
            </div>
            <p className="hint grant-hint">{t('users.grantsHint')}</p>
          </>
        )}
      </Form.List>
    </fieldset>
  );
}
