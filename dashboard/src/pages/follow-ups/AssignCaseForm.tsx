import { App, Button, DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { CASE_TYPENAMES } from './case-fields';

const ASSIGN = graphql(`
  mutation AssignFollowUp($id: ID!, $assignee: String, $due: String, $note: String) {
    assignFollowUp(id: $id, assignee: $assignee, due: $due, note: $note) {
      ...FollowUpCaseFields
    }
  }
`);

interface AssignValues {
  assignee?: string;
  due?: Dayjs | null;
  note?: string;
}

/**
 * Re-assigns and/or re-dates a case in work: only what differs from the case is sent, and the
 * API's refusal (nothing to change, a closed case, …) is shown.
 */
export function AssignCaseForm(props: { id: string; assignee: string | null; due: string | null }) {
  const { t } = useTranslation('followUps');
  const { message } = App.useApp();
  const [form] = Form.useForm<AssignValues>();
  const [{ fetching }, assign] = useMutation(ASSIGN);

  const submit = async (values: AssignValues) => {
    const assignee = values.assignee?.trim() || null;
    const due = values.due ? values.due.format('YYYY-MM-DD') : null;
    const result = await assign(
      {
        id: props.id,
        assignee: assignee !== props.assignee ? assignee : null,
        due: due !== props.due ? due : null,
        note: values.note?.trim() || null,
      },
      CASE_TYPENAMES,
    );
    if (result.error) {
      const text = result.error.graphQLErrors[0]?.message ?? result.error.message;
      void message.error(t('assignment.failed', { message: text }));
      return;
    }
    void message.success(t('assignment.done'));
    form.resetFields(['note']);
  };

  return (
    <Form<AssignValues>
      form={form}
      layout="vertical"
      data-testid="assign-form"
      initialValues={{
        assignee: props.assignee ?? undefined,
        due: props.due ? dayjs(props.due) : null,
      }}
      onFinish={(values) => void submit(values)}
    >
      <Form.Item name="assignee" label={t('assignment.assignee')}>
        <Input data-testid="assign-assignee" />
      </Form.Item>
      <Form.Item name="due" label={t('assignment.due')}>
        <DatePicker data-testid="assign-due" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="note" label={t('assignment.note')}>
        <Input.TextArea rows={2} data-testid="assign-note" />
      </Form.Item>
      <Button htmlType="submit" loading={fetching} data-testid="assign-submit">
        {t('assignment.submit')}
      </Button>
    </Form>
  );
}
