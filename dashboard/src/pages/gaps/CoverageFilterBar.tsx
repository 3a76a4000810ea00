import { Button, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { EnumSelect } from './EnumSelect';
import {
  listParam,
  ORGANIZATION_KINDS,
  OWNERSHIPS,
  type CoverageFilterState,
} from './filter-params';
import { IndustryPicker } from './IndustryPicker';
import { RegionPicker } from './RegionPicker';
import { useFilterOptions } from './use-filter-options';

/** The CoverageFilter fields (region, industry, kind, ownership) as inline form items. */
export function CoverageFilterBar(props: {
  state: CoverageFilterState;
  onChange: (changes: Partial<Record<keyof CoverageFilterState, string | undefined>>) => void;
}) {
  const { t } = useTranslation('gaps');
  const { regions, sections } = useFilterOptions();
  const { state, onChange } = props;
  const filtered = state.region || state.industry || state.kind || state.ownership;
  return (
    <>
      <Form.Item label={t('filters.region')}>
        <RegionPicker
          options={regions}
          value={state.region}
          onChange={(region) => onChange({ region })}
        />
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
          label={(kind) => t(`kind.${kind}`)}
          values={ORGANIZATION_KINDS}
          value={listParam(state.kind, ORGANIZATION_KINDS)}
          onChange={(kinds) => onChange({ kind: kinds.join(',') })}
        />
      </Form.Item>
      <Form.Item label={t('filters.ownership')}>
        <EnumSelect
          testId="filter-ownership"
          label={(ownership) => t(`ownership.${ownership}`)}
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
