import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { attributeLabel, recordValues, valueText, type StatedValue } from './review-fields';

/** The record under review: what it states, and the organization it is linked to now. */
export function RecordSide(props: {
  source: string;
  stream: string;
  recordKey: string;
  attributes: StatedValue[];
  current: { id: string; name: string } | null;
}) {
  const { t, i18n } = useTranslation('review');
  const values = recordValues(props.attributes, props);
  const words = { yes: t('common.yes', { ns: 'shell' }), no: t('common.no', { ns: 'shell' }) };
  return (
    <Descriptions
      column={1}
      size="small"
      bordered
      data-testid="review-record"
      title={
        <>
          {t('record')}{' '}
          <Typography.Text type="secondary" style={{ fontWeight: 'normal' }} copyable>
            {t('recordOf', { source: props.source, stream: props.stream, key: props.recordKey })}
          </Typography.Text>
        </>
      }
    >
      {values.length === 0 && <Descriptions.Item label="—">{t('noValues')}</Descriptions.Item>}
      {values.map((value) => (
        <Descriptions.Item key={value.name} label={attributeLabel(value.name, i18n.language)}>
          {valueText(value.value, words)}
        </Descriptions.Item>
      ))}
      <Descriptions.Item label={t('linkedNow')}>
        {props.current ? (
          <Link to={`/organizations/${props.current.id}`}>
            {props.current.name} #{props.current.id}
          </Link>
        ) : (
          '—'
        )}
      </Descriptions.Item>
    </Descriptions>
  );
}
