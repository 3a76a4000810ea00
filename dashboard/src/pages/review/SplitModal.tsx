import { Alert, App, Form, Input, Modal, Radio, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { ReviewOrganizationFragment } from '../../gql/graphql';
import { apiMessage } from './api-error';

const SPLIT = graphql(`
  mutation SplitOrganization($id: ID!, $records: [RecordRefInput!]!, $reason: String!) {
    splitOrganization(id: $id, records: $records, reason: $reason) {
      id
    }
  }
`);

type SourceRecord = ReviewOrganizationFragment['sourceRecords'][number];
const refKey = (r: SourceRecord) => `${r.source}|${r.stream}|${r.key}`;

/** Split picked records off one of the entry's organizations into a new one. */
export function SplitModal(props: {
  open: boolean;
  organizations: ReviewOrganizationFragment[];
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation('review');
  const { message } = App.useApp();
  const [from, setFrom] = useState(props.organizations[0]?.id);
  const [picked, setPicked] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, split] = useMutation(SPLIT);
  const organization = props.organizations.find((o) => o.id === from) ?? props.organizations[0];
  const records = organization?.sourceRecords ?? [];
  const submit = async () => {
    if (!organization) return;
    if (picked.length === 0) return setProblem(t('splitPick'));
    if (picked.length === records.length) return setProblem(t('splitAll'));
    if (!reason.trim()) return setProblem(t('splitReason'));
    setProblem(null);
    const result = await split({
      id: organization.id,
      reason: reason.trim(),
      records: records
        .filter((r) => picked.includes(refKey(r)))
        .map((r) => ({ source: r.source, stream: r.stream, key: r.key })),
    });
    if (result.error || !result.data) {
      void message.error(t('failed', { message: result.error ? apiMessage(result.error) : '' }));
      return;
    }
    void message.success(t('split_done', { id: result.data.splitOrganization.id }));
    setPicked([]);
    setReason('');
    props.onDone();
  };
  return (
    <Modal
      open={props.open}
      title={t('splitTitle')}
      width={720}
      onOk={() => void submit()}
      onCancel={props.onClose}
      confirmLoading={fetching}
      data-testid="split-modal"
    >
      <Alert type="info" showIcon message={t('splitHint')} style={{ marginBottom: 16 }} />
      <Form layout="vertical">
        <Form.Item label={t('splitFrom')}>
          <Radio.Group
            value={organization?.id}
            onChange={(event) => {
              setFrom(event.target.value as string);
              setPicked([]);
            }}
            options={props.organizations.map((o) => ({ value: o.id, label: `${o.name} #${o.id}` }))}
          />
        </Form.Item>
        <Form.Item label={t('splitRecords')} required>
          <Table<SourceRecord>
            size="small"
            rowKey={refKey}
            pagination={false}
            dataSource={records}
            rowSelection={{
              selectedRowKeys: picked,
              onChange: (keys) => setPicked(keys as string[]),
            }}
            columns={[
              { key: 'source', title: t('common.source', { ns: 'shell' }), dataIndex: 'source' },
              { key: 'stream', title: t('stream'), dataIndex: 'stream' },
              { key: 'key', title: t('recordKey'), dataIndex: 'key' },
            ]}
          />
        </Form.Item>
        <Form.Item label={t('splitReason')} required>
          <Input.TextArea
            rows={2}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            data-testid="split-reason"
          />
        </Form.Item>
        {problem && <Alert type="error" message={problem} />}
      </Form>
    </Modal>
  );
}
