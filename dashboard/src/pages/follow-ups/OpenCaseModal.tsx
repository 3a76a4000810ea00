import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useViewer } from '../../app/viewer';
import { graphql } from '../../gql';
import type { GapRule } from '../../gql/graphql';
import { CASE_TYPENAMES } from './case-fields';

const OPEN_CASE = graphql(`
  mutation OpenFollowUp($organizationId: ID!, $rule: GapRule!, $assignee: String, $due: String) {
    openFollowUp(organizationId: $organizationId, rule: $rule, assignee: $assignee, due: $due) {
      ...FollowUpCaseFields
    }
  }
`);

interface OpenValues {
  organizationId: string;
  rule: GapRule;
  assignee?: string;
  due?: Dayjs;
}

/** Opens a case on an organization's open gap, with its assignee and due date. */
export function OpenCaseModal(props: {
  open: boolean;
  onClose: () => void;
  onOpened: (id: string) => void;
}) {
  const { t } = useTranslation('followUps');
  const { message } = App.useApp();
  const { gapRules } = useViewer();
  const [form] = Form.useForm<OpenValues>();
  const [{ fetching }, openCase] = useMutation(OPEN_CASE);
  const submit = async () => {
    const values = await form.validateFields();
    const result = await openCase(
      {
        organizationId: values.organizationId.trim(),
        rule: values.rule,
        assignee: values.assignee?.trim() || null,
        due: values.due ? values.due.format('YYYY-MM-DD') : null,
      },
      CASE_TYPENAMES,
    );
    if (result.error || !result.data) {
      const text = result.error?.graphQLErrors[0]?.message ?? result.error?.message ?? '';
      void message.error(t('open.failed', { message: text }));
      return;
    }
    void message.success(t('open.done', { id: result.data.openFollowUp.id }));
    form.resetFields();
    props.onOpened(result.data.openFollowUp.id);
  };
  return (
    <Modal
      open={props.open}
      title={t('open.title')}
      onCancel={props.onClose}
      onOk={() => void submit()}
      confirmLoading={fetching}
      destroyOnClose
      data-testid="open-case-modal"
    >
      <Form<OpenValues> form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="organizationId"
          label={t('open.organizationId')}
          extra={t('open.organizationIdHelp')}
          rules={[{ required: true, pattern: /^\s*\d+\s*$/, message: t('required') }]}
        >
          <Input data-testid="open-organization" />
        </Form.Item>
        <Form.Item
          name="rule"
          label={t('open.rule')}
          rules={[{ required: true, message: t('required') }]}
        >
          <Select
            data-testid="open-rule"
            options={gapRules.map((rule) => ({ value: rule.rule, label: rule.label }))}
          />
        </Form.Item>
        <Form.Item name="assignee" label={t('open.assignee')}>
          <Input data-testid="open-assignee" />
        </Form.Item>
        <Form.Item name="due" label={t('open.due')}>
          <DatePicker data-testid="open-due" style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
