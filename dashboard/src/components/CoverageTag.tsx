import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDomainLabels } from './domain-labels';

/** One side's coverage form, named with its side: 党组织 未覆盖, 工会 单独建会. */
export function CoverageTag(props: { side: 'party' | 'union'; form: string }) {
  const { t } = useTranslation();
  const { coverageForm } = useDomainLabels();
  const color = props.form === 'NONE' ? 'red' : props.form === 'STANDALONE' ? 'green' : 'gold';
  return (
    <Tag color={color} style={{ marginInlineEnd: 0 }}>
      {t(`common.${props.side}`)} {coverageForm(props.side, props.form)}
    </Tag>
  );
}
