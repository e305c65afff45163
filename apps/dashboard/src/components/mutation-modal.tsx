import { Form, type FormInstance, Modal } from 'antd';
import { type ReactNode, useState } from 'react';
import { ErrorAlert } from '@/components/error-alert';
import { describeError } from '@/lib/graphql-errors';
import { useT } from '@/lib/i18n/i18n';

export interface MutationModalProps<V> {
  title: string;
  testId: string;
  okText: string;
  form: FormInstance<V>;
  initialValues?: Partial<V>;
  /** Runs the mutation; a rejection is shown in the modal and keeps it open. */
  onSubmit: (values: V) => Promise<void>;
  onClose: () => void;
  okDanger?: boolean;
  /** The form's name: prefixes its field ids, so they stay unique next to another form with the same fields. */
  name?: string;
  width?: number;
  children: ReactNode;
}

/** A modal form whose submit runs one mutation and shows the server's error in place. */
export function MutationModal<V>({ title, testId, okText, form, initialValues, onSubmit, onClose, okDanger, name, width, children }: MutationModalProps<V>) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // The field a refusal names (extensions.field), when the form has it: the message shows under it.
  const [fieldError, setFieldError] = useState<string | null>(null);

  const showAtField = (e: unknown): boolean => {
    const d = describeError(e);
    const field = typeof d.extensions.field === 'string' ? d.extensions.field : null;
    if (!field || d.messages.length === 0 || !form.getFieldsError().some((f) => f.name.join('.') === field)) return false;
    form.setFields([{ name: field as never, errors: d.messages }]);
    setFieldError(field);
    return true;
  };

  const finish = async (values: V) => {
    setBusy(true);
    setError(null);
    try {
      await onSubmit(values);
      onClose();
    } catch (e) {
      if (!showAtField(e)) setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={title}
      width={width}
      okText={okText}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={busy}
      okButtonProps={{ danger: okDanger, 'data-testid': `${testId}-ok` }}
      maskClosable={!busy}
      data-testid={testId}
    >
      <Form<V>
        form={form}
        name={name}
        layout="vertical"
        initialValues={initialValues}
        onFinish={finish}
        // An old refusal no longer describes the form once a field changes.
        onValuesChange={(changed: Partial<V>) => {
          setError(null);
          if (fieldError && fieldError in (changed as object)) {
            form.setFields([{ name: fieldError as never, errors: [] }]);
            setFieldError(null);
          }
        }}
        requiredMark
      >
        {children}
      </Form>
      {error !== null && <ErrorAlert error={error} testId={`${testId}-error`} />}
    </Modal>
  );
}
