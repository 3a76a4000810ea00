import { Cascader } from 'antd';
import { useTranslation } from 'react-i18next';
import { regionValuePath, type RegionOption } from './region-options';

/** Province, city or county; any level may be chosen. Cleared means the viewer's whole scope. */
export function RegionPicker(props: {
  options: RegionOption[];
  value?: string;
  onChange: (code: string | undefined) => void;
  testId?: string;
}) {
  const { t } = useTranslation('gaps');
  const path = regionValuePath(props.options, props.value);
  return (
    <Cascader
      data-testid={props.testId ?? 'filter-region'}
      style={{ width: 220 }}
      options={props.options}
      changeOnSelect
      showSearch
      placeholder={props.value && path.length === 0 ? props.value : t('filters.regionPlaceholder')}
      value={path.length > 0 ? path : undefined}
      onChange={(codes) => props.onChange(codes?.length ? String(codes.at(-1)) : undefined)}
    />
  );
}
