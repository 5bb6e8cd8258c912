import { Form, Modal, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { useShowError } from './showError';

/**
 * A dialog holding one form: "Lưu" validates, saves through the caller's mutation and closes with
 * the saved record; a refused save stays open and shows its message through the one error path.
 */
export function FormModal<V, T>({
  open,
  title,
  form,
  name,
  width,
  initialValues,
  save,
  onClose,
  children,
}: {
  open: boolean;
  title: string;
  form: FormInstance<V>;
  /** The form's name: field ids are `${name}_${field}`. */
  name: string;
  width?: number;
  /** Raw field values (may be partial or shaped for the inputs rather than V). */
  initialValues?: object;
  save: (values: V) => Promise<T>;
  onClose: (saved?: T) => void;
  children: ReactNode;
}) {
  const showError = useShowError();
  const [saving, setSaving] = useState(false);
  /** Never rejects: an invalid form shows its messages beside the fields, a refused save shows its error. */
  const ok = async (): Promise<void> => {
    if (saving) return;
    let values: V;
    try {
      values = await form.validateFields();
    } catch {
      return; // the form shows what is missing beside each field
    }
    setSaving(true);
    try {
      onClose(await save(values));
    } catch (err) {
      showError(err);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open={open}
      title={title}
      okText="Lưu"
      cancelText="Hủy"
      onOk={() => void ok()}
      confirmLoading={saving}
      onCancel={() => onClose()}
      destroyOnHidden
      {...(width ? { width } : {})}
    >
      <Form form={form} layout="vertical" name={name} clearOnDestroy {...(initialValues ? { initialValues } : {})}>
        {children}
      </Form>
    </Modal>
  );
}
