import { App, Form, Input, Modal, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { apiMessage } from './api-error';

const CONFIRM = graphql(`
  mutation ConfirmLink($reviewId: ID!, $note: String) {
    confirmLink(reviewId: $reviewId, note: $note) {
      id
    }
  }
`);

const REJECT = graphql(`
  mutation RejectLink($reviewId: ID!, $note: String) {
    rejectLink(reviewId: $reviewId, note: $note)
  }
`);

export type Decision = 'confirm' | 'reject';

/** Confirm or reject one suggestion, with an optional note the audit keeps. */
export function DecisionModal(props: {
  reviewId: string;
  decision: Decision | null;
  candidateName: string;
  onClose: () => void;
  onDecided: () => void;
}) {
  const { t } = useTranslation('review');
  const { message } = App.useApp();
  const [note, setNote] = useState('');
  const [confirmState, confirm] = useMutation(CONFIRM);
  const [rejectState, reject] = useMutation(REJECT);
  const submit = async () => {
    const variables = { reviewId: props.reviewId, note: note.trim() || null };
    const result =
      props.decision === 'confirm' ? await confirm(variables) : await reject(variables);
    if (result.error) {
      void message.error(t('failed', { message: apiMessage(result.error) }));
      return;
    }
    void message.success(props.decision === 'confirm' ? t('confirmed') : t('rejected'));
    setNote('');
    props.onDecided();
  };
  return (
    <Modal
      open={props.decision !== null}
      title={t(props.decision === 'reject' ? 'rejectTitle' : 'confirmTitle', {
        name: props.candidateName,
      })}
      okText={props.decision === 'reject' ? t('reject') : t('confirm')}
      okButtonProps={
        { danger: props.decision === 'reject', 'data-testid': 'decision-ok' } as ButtonProps
      }
      confirmLoading={confirmState.fetching || rejectState.fetching}
      onOk={() => void submit()}
      onCancel={props.onClose}
      data-testid="decision-modal"
    >
      <Form layout="vertical">
        <Form.Item label={t('note')}>
          <Input.TextArea
            rows={3}
            value={note}
            placeholder={t('notePlaceholder')}
            onChange={(event) => setNote(event.target.value)}
            data-testid="decision-note"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
