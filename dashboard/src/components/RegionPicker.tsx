import { TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import { regionValue } from './region-options';
import { useFilterOptions } from './use-filter-options';

/**
 * A province → city → county picker, limited to the viewer's region; any level may be chosen.
 * Works on its own or as a Form.Item's control (value / onChange).
 */
export function RegionPicker(props: {
  value?: string;
  onChange?: (code: string | undefined) => void;
  /** Shown when nothing is picked; "all regions" unless given. */
  placeholder?: string;
  allowClear?: boolean;
  /** `filter-region` unless given. */
  testId?: string;
  width?: number;
}) {
  const { t } = useTranslation();
  const { regions, fetching } = useFilterOptions();
  return (
    <TreeSelect
      data-testid={props.testId ?? 'filter-region'}
      style={{ width: props.width ?? 220 }}
      value={regionValue(regions, props.value)}
      onChange={(code?: string) => props.onChange?.(code ?? undefined)}
      treeData={regions}
      treeDefaultExpandedKeys={regions.map((o) => o.value)}
      placeholder={props.placeholder ?? t('common.allRegions')}
      allowClear={props.allowClear}
      loading={fetching}
      showSearch
      treeNodeFilterProp="title"
    />
  );
}
