import { Alert, App, Form, Input, Modal, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { apiMessage } from './api-error';

const MERGE = graphql(`
  mutation MergeOrganizations($ids: [ID!]!, $reason: String!) {
    mergeOrganizations(ids: $ids, reason: $reason) {
      id
    }
  }
`);

interface MergeValues {
  first: string;
  second: string;
  reason: string;
}

/** Merge two organizations found to be one (prefilled with the entry's two). */
export function MergeModal(props: {
  open: boolean;
  ids: [string, string];
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation('review');
  const { message } = App.useApp();
  const [form] = Form.useForm<MergeValues>();
  const [{ fetching }, merge] = useMutation(MERGE);
  const submit = async () => {
    const values = await form.validateFields();
    const result = await merge({
      ids: [values.first.trim(), values.second.trim()],
      reason: values.reason.trim(),
    });
    if (result.error || !result.data) {
      void message.error(t('failed', { message: result.error ? apiMessage(result.error) : '' }));
      return;
    }
    void message.success(t('merged', { id: result.data.mergeOrganizations.id }));
    props.onDone();
  };
  const id = [{ required: true, pattern: /^\s*\d+\s*$/, message: t('required') }];
  return (
    <Modal
      open={props.open}
      title={t('mergeTitle')}
      onOk={() => void submit()}
      onCancel={props.onClose}
      confirmLoading={fetching}
      destroyOnClose
      data-testid="merge-modal"
    >
      <Alert type="info" showIcon message={t('mergeHint')} style={{ marginBottom: 16 }} />
      <Form<MergeValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ first: props.ids[0], second: props.ids[1] }}
      >
        <Space>
          <Form.Item name="first" label={t('first')} rules={id}>
            <Input data-testid="merge-first" />
          </Form.Item>
          <Form.Item name="second" label={t('second')} rules={id}>
            <Input data-testid="merge-second" />
          </Form.Item>
        </Space>
        <Form.Item
          name="reason"
          label={t('mergeReason')}
          rules={[{ required: true, whitespace: true, message: t('required') }]}
        >
          <Input.TextArea rows={3} data-testid="merge-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
