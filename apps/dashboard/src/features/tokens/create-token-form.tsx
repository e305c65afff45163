import { useMutation } from '@apollo/client/react';
import { Button, Card, Checkbox, Form, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { DateInput } from '@/components/date-input';
import { ErrorAlert } from '@/components/error-alert';
import { API_SCOPES } from '@/lib/enums';
import type { ApiScope, CreateApiTokenInput } from '@/gql/graphql';
import { endOfLocalDay, todayIso } from '@/lib/i18n/format';
import { useT } from '@/lib/i18n/i18n';
import { CREATE_API_TOKEN, type CreatedApiToken } from './create-api-token.mutation';
import { useCollegeOptions } from '@/lib/use-college-options';
import { lastExpiryDate } from './token-expiry';

interface Values {
  name: string;
  scopes: ApiScope[];
  collegeCode?: string;
  expiresOn?: string;
}

export function toCreateApiTokenInput(v: Values): CreateApiTokenInput {
  return {
    name: v.name.trim(),
    scopes: v.scopes,
    collegeCode: v.collegeCode || null,
    // A date: the token works through the end of that day (browser time zone). Without one the
    // server gives a year.
    expiresAt: v.expiresOn ? endOfLocalDay(v.expiresOn) : null,
  };
}

export function CreateTokenForm({ onCreated }: { onCreated: (created: CreatedApiToken) => void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const colleges = useCollegeOptions();
  const [error, setError] = useState<unknown>(null);
  const [create, { loading }] = useMutation(CREATE_API_TOKEN, { refetchQueries: ['ApiTokens'], awaitRefetchQueries: true });

  const submit = async (v: Values) => {
    setError(null);
    try {
      const res = await create({ variables: { input: toCreateApiTokenInput(v) } });
      if (res.data) onCreated(res.data.createApiToken);
      form.resetFields();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <Card className="section" title={<h2 className="card-heading">{t('tokens.createTitle')}</h2>}>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        onValuesChange={() => setError(null)}
        // Every token expires: a year unless the administrator picks an earlier day.
        initialValues={{ scopes: [], expiresOn: lastExpiryDate() }}
        data-testid="create-token-form"
      >
        <Space wrap align="start" size="large">
          <Form.Item
            name="name"
            label={t('tokens.name')}
            extra={t('tokens.nameHint')}
            rules={[
              { required: true, whitespace: true, message: t('tokens.nameRequired') },
              { max: 100, message: t('tokens.nameTooLong') },
            ]}
          >
            <Input autoComplete="off" style={{ width: 260 }} data-testid="token-name" />
          </Form.Item>
          <Form.Item name="collegeCode" label={t('tokens.college')} extra={t('tokens.collegeHint')}>
            <Select
              allowClear
              style={{ width: 260 }}
              showSearch={{ optionFilterProp: 'label' }}
              loading={colleges.loading}
              options={colleges.options}
              placeholder={t('tokens.allColleges')}
              data-testid="token-college"
            />
          </Form.Item>
          <Form.Item
            name="expiresOn"
            label={t('tokens.expiresOn')}
            extra={t('tokens.expiresHint')}
            rules={[
              { required: true, message: t('tokens.expiresRequired') },
              {
                validator: (_: unknown, v: string | undefined) =>
                  !v || v >= todayIso() ? Promise.resolve() : Promise.reject(new Error(t('tokens.expiresPast'))),
              },
              {
                validator: (_: unknown, v: string | undefined) =>
                  !v || v <= lastExpiryDate() ? Promise.resolve() : Promise.reject(new Error(t('tokens.expiresTooLate', { date: lastExpiryDate() }))),
              },
            ]}
          >
            <DateInput min={todayIso()} max={lastExpiryDate()} allowClear={false} style={{ width: 180 }} data-testid="token-expires" />
          </Form.Item>
        </Space>
        <Form.Item
          name="scopes"
          label={t('tokens.scopes')}
          // A validator rather than `required`: antd would put aria-required on the group, which ARIA forbids there.
          rules={[
            {
              validator: (_: unknown, v: ApiScope[] | undefined) =>
                v && v.length > 0 ? Promise.resolve() : Promise.reject(new Error(t('tokens.scopesRequired'))),
            },
          ]}
        >
          <Checkbox.Group data-testid="token-scopes">
            <Space direction="vertical" size={4}>
              {API_SCOPES.map((s) => (
                <Checkbox key={s} value={s} data-testid={`token-scope-${s}`}>
                  {t(`scope.api.${s}`)} <span className="muted">({s})</span>
                </Checkbox>
              ))}
            </Space>
          </Checkbox.Group>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={loading} data-testid="create-token-submit">
          {t('tokens.create')}
        </Button>
      </Form>
      {error !== null && (
        <div className="card-alert-bottom">
          <ErrorAlert error={error} testId="create-token-error" />
        </div>
      )}
    </Card>
  );
}
