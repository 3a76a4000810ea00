import { Select } from 'antd';
import { useTranslation } from 'react-i18next';

/** Several values of an enum, each named; none chosen means any. */
export function EnumSelect<T extends string>(props: {
  values: readonly T[];
  label: (value: T) => string;
  value?: T[];
  onChange: (values: T[]) => void;
  testId: string;
  width?: number;
}) {
  const { t } = useTranslation();
  return (
    <Select
      data-testid={props.testId}
      mode="multiple"
      allowClear
      maxTagCount="responsive"
      style={{ width: props.width ?? 200 }}
      placeholder={t('common.any')}
      value={props.value ?? []}
      options={props.values.map((value) => ({ value, label: props.label(value) }))}
      onChange={(values: T[]) => props.onChange(values)}
    />
  );
}
