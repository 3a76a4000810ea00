import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const FORMS = ['STANDALONE', 'JOINT', 'REGIONAL', 'INDUSTRY', 'WORK_ONLY', 'NONE'] as const;

/** One side's coverage form, named with its side: 党组织 未覆盖, 工会 单独建立. */
export function CoverageTag(props: { side: 'party' | 'union'; form: string }) {
  const { t } = useTranslation('gaps');
  const form = FORMS.find((f) => f === props.form);
  const color = form === 'NONE' ? 'red' : form === 'STANDALONE' ? 'green' : 'gold';
  return (
    <Tag color={color} style={{ marginInlineEnd: 0 }}>
      {t(`columns.${props.side}`)} {form ? t(`coverageForm.${form}`) : props.form}
    </Tag>
  );
}
