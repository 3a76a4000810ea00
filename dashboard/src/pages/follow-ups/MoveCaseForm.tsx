import { App, Button, Form, Input, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FEEDS, SOURCE_IDS } from '../../../../src/model/feeds';
import { graphql } from '../../gql';
import type { FollowUpState, NotApplicableReason } from '../../gql/graphql';
import { NOT_APPLICABLE_REASONS, allowedMoves, moveNeeds, nextStep } from './case-moves';
import { CASE_TYPENAMES } from './case-fields';

const ADVANCE = graphql(`
  mutation AdvanceFollowUp(
    $id: ID!
    $to: FollowUpState!
    $note: String
    $reason: NotApplicableReason
    $department: String
    $correction: String
  ) {
    advanceFollowUp(
      id: $id
      to: $to
      note: $note
      reason: $reason
      department: $department
      correction: $correction
    ) {
      ...FollowUpCaseFields
    }
  }
`);

interface MoveValues {
  to: FollowUpState;
  note?: string;
  reason?: NotApplicableReason;
  department?: string;
  correction?: string;
}

/** The moves the case's state allows, asking what each needs; the API's refusal is shown. */
export function MoveCaseForm(props: { id: string; state: FollowUpState }) {
  const { t } = useTranslation('followUps');
  const { message } = App.useApp();
  const [form] = Form.useForm<MoveValues>();
  const [{ fetching }, advance] = useMutation(ADVANCE);
  const moves = allowedMoves(props.state);
  const next = nextStep(props.state);
  const [to, setTo] = useState<FollowUpState | undefined>(next ?? moves[0]);
  const needs = to ? moveNeeds(props.state, to) : 'nothing';

  const submit = async (values: MoveValues) => {
    const result = await advance(
      {
        id: props.id,
        to: values.to,
        note: values.note?.trim() || null,
        reason: needs === 'reason' ? values.reason : null,
        department: needs === 'dataError' ? values.department : null,
        correction: needs === 'dataError' ? values.correction : null,
      },
      CASE_TYPENAMES,
    );
    if (result.error) {
      const text = result.error.graphQLErrors[0]?.message ?? result.error.message;
      void message.error(t('move.failed', { message: text }));
      return;
    }
    void message.success(t('move.done', { state: t(`state.${values.to}`) }));
    form.resetFields(['note', 'reason', 'department', 'correction']);
  };

  if (moves.length === 0)
    return <Typography.Text type="secondary">{t('move.none')}</Typography.Text>;
  return (
    <Form<MoveValues>
      form={form}
      layout="vertical"
      data-testid="move-form"
      initialValues={{ to }}
      onValuesChange={(changed: Partial<MoveValues>) => changed.to && setTo(changed.to)}
      onFinish={(values) => void submit(values)}
    >
      {props.state && moves.length === 1 && moves[0] === 'OPEN' && (
        <Typography.Paragraph type="secondary">{t('move.closed')}</Typography.Paragraph>
      )}
      <Form.Item
        name="to"
        label={t('move.to')}
        rules={[{ required: true, message: t('required') }]}
      >
        <Select
          data-testid="move-to"
          options={moves.map((state) => ({ value: state, label: t(`state.${state}`) }))}
        />
      </Form.Item>
      {needs === 'reason' && (
        <Form.Item
          name="reason"
          label={t('move.reason')}
          rules={[{ required: true, message: t('required') }]}
        >
          <Select
            data-testid="move-reason"
            options={Object.keys(NOT_APPLICABLE_REASONS).map((reason) => ({
              value: reason,
              label: t(`reason.${reason as NotApplicableReason}`),
            }))}
          />
        </Form.Item>
      )}
      {needs === 'dataError' && (
        <>
          <Form.Item
            name="department"
            label={t('move.department')}
            rules={[{ required: true, message: t('required') }]}
          >
            <Select
              data-testid="move-department"
              options={SOURCE_IDS.map((id) => ({ value: id, label: FEEDS[id].label }))}
            />
          </Form.Item>
          <Form.Item
            name="correction"
            label={t('move.correction')}
            rules={[{ required: true, whitespace: true, message: t('required') }]}
          >
            <Input.TextArea rows={2} data-testid="move-correction" />
          </Form.Item>
        </>
      )}
      <Form.Item
        name="note"
        label={needs === 'note' ? t('move.reopenNote') : t('move.note')}
        rules={
          needs === 'note' ? [{ required: true, whitespace: true, message: t('required') }] : []
        }
      >
        <Input.TextArea rows={2} data-testid="move-note" />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={fetching} data-testid="move-submit">
          {t('move.submit')}
        </Button>
      </Space>
    </Form>
  );
}
