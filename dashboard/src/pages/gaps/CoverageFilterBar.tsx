import { Button, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { EnumSelect } from '../../components/EnumSelect';
import { listParam, ORGANIZATION_KINDS, OWNERSHIPS } from '../../components/filter-lists';
import { IndustryPicker } from '../../components/IndustryPicker';
import { RegionPicker } from '../../components/RegionPicker';
import { useFilterOptions } from '../../components/use-filter-options';
import type { CoverageFilterState } from './filter-params';

/** The CoverageFilter fields (region, industry, kind, ownership) as inline form items. */
export function CoverageFilterBar(props: {
  state: CoverageFilterState;
  onChange: (changes: Partial<Record<keyof CoverageFilterState, string | undefined>>) => void;
}) {
  const { t } = useTranslation('gaps');
  const { t: common } = useTranslation();
  const { sections } = useFilterOptions();
  const { state, onChange } = props;
  const filtered = state.region || state.industry || state.kind || state.ownership;
  return (
    <>
      <Form.Item label={t('filters.region')}>
        <RegionPicker allowClear value={state.region} onChange={(region) => onChange({ region })} />
      </Form.Item>
      <Form.Item label={t('filters.industry')}>
        <IndustryPicker
          sections={sections}
          value={state.industry}
          onChange={(industry) => onChange({ industry })}
        />
      </Form.Item>
      <Form.Item label={t('filters.kind')}>
        <EnumSelect
          testId="filter-kind"
          label={(kind) => common(`common.kind.${kind}`)}
          values={ORGANIZATION_KINDS}
          value={listParam(state.kind, ORGANIZATION_KINDS)}
          onChange={(kinds) => onChange({ kind: kinds.join(',') })}
        />
      </Form.Item>
      <Form.Item label={t('filters.ownership')}>
        <EnumSelect
          testId="filter-ownership"
          label={(ownership) => common(`common.ownership.${ownership}`)}
          values={OWNERSHIPS}
          value={listParam(state.ownership, OWNERSHIPS)}
          onChange={(values) => onChange({ ownership: values.join(',') })}
        />
      </Form.Item>
      {filtered && (
        <Form.Item>
          <Button
            data-testid="filter-reset"
            onClick={() =>
              onChange({
                region: undefined,
                industry: undefined,
                kind: undefined,
                ownership: undefined,
              })
            }
          >
            {t('filters.reset')}
          </Button>
        </Form.Item>
      )}
    </>
  );
}
