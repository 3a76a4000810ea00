import { Button, Form, Input, InputNumber, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDomainLabels } from '../../components/domain-labels';
import { EnumSelect } from '../../components/EnumSelect';
import { feedLabel } from '../../components/feed-label';
import { listParam, ORGANIZATION_KINDS, OWNERSHIPS } from '../../components/filter-lists';
import { IndustryPicker } from '../../components/IndustryPicker';
import { RegionPicker } from '../../components/RegionPicker';
import { useFilterOptions } from '../../components/use-filter-options';
import {
  COVERAGE_FLAGS,
  ORGANIZATION_ORDERS,
  organizationOrder,
  PARTY_FORMS,
  SOURCES,
  UNION_FORMS,
  type ListState,
} from './organization-filter';

type Change = (changes: ListState) => void;

function YesNo(props: { value?: string; onChange: (value?: string) => void; testId: string }) {
  const { t } = useTranslation('organizations');
  const { t: common } = useTranslation();
  return (
    <Select
      data-testid={props.testId}
      style={{ width: 90 }}
      allowClear
      placeholder={t('filters.any')}
      value={props.value}
      onChange={(value?: string) => props.onChange(value)}
      options={[
        { value: 'true', label: common('common.yes') },
        { value: 'false', label: common('common.no') },
      ]}
    />
  );
}

function Whole(props: { value?: string; onChange: (value?: string) => void; testId: string }) {
  return (
    <InputNumber
      data-testid={props.testId}
      min={0}
      precision={0}
      style={{ width: 90 }}
      value={props.value ? Number(props.value) : null}
      onChange={(n) => props.onChange(n === null ? undefined : String(n))}
    />
  );
}

/** The OrganizationFilter fields and the order; the rarer ones behind "more filters". */
export function OrganizationFilters(props: { state: ListState; onChange: Change }) {
  const { t } = useTranslation('organizations');
  const { t: common } = useTranslation();
  const { coverageForm } = useDomainLabels();
  const { sections } = useFilterOptions();
  const { state, onChange } = props;
  const rare = [
    'employeesUnknown',
    'partyMembersMin',
    'flags',
    'partyCoverage',
    'unionCoverage',
    'source',
    'keyTarget',
  ] as const;
  const [more, setMore] = useState(rare.some((key) => state[key]));
  const filtered = Object.entries(state).some(
    ([key, v]) => key !== 'order' && key !== 'pages' && v,
  );
  return (
    <Form layout="inline" style={{ rowGap: 12 }} data-testid="organization-filters">
      <Form.Item label={t('filters.division')}>
        <RegionPicker
          testId="filter-division"
          allowClear
          value={state.division}
          onChange={(division) => onChange({ division })}
        />
      </Form.Item>
      <Form.Item label={t('filters.name')}>
        <Input.Search
          data-testid="filter-name"
          style={{ width: 200 }}
          allowClear
          defaultValue={state.name}
          key={state.name ?? ''}
          onSearch={(name) => onChange({ name: name.trim() || undefined })}
        />
      </Form.Item>
      <Form.Item label={t('filters.industry')}>
        <IndustryPicker
          sections={sections}
          value={state.industry}
          onChange={(industry) => onChange({ industry })}
        />
      </Form.Item>
      <Form.Item label={t('filters.kinds')}>
        <EnumSelect
          testId="filter-kinds"
          values={ORGANIZATION_KINDS}
          label={(kind) => common(`common.kind.${kind}`)}
          value={listParam(state.kinds, ORGANIZATION_KINDS)}
          onChange={(values) => onChange({ kinds: values.join(',') })}
        />
      </Form.Item>
      <Form.Item label={t('filters.ownership')}>
        <EnumSelect
          testId="filter-ownership"
          values={OWNERSHIPS}
          label={(value) => common(`common.ownership.${value}`)}
          value={listParam(state.ownership, OWNERSHIPS)}
          onChange={(values) => onChange({ ownership: values.join(',') })}
        />
      </Form.Item>
      <Form.Item label={t('filters.active')}>
        <YesNo
          testId="filter-active"
          value={state.active}
          onChange={(v) => onChange({ active: v })}
        />
      </Form.Item>
      <Form.Item label={t('filters.inScope')}>
        <YesNo
          testId="filter-in-scope"
          value={state.inScope}
          onChange={(v) => onChange({ inScope: v })}
        />
      </Form.Item>
      <Form.Item label={t('filters.employees')}>
        <Space size={4}>
          <Whole
            testId="filter-employees-min"
            value={state.employeesMin}
            onChange={(v) => onChange({ employeesMin: v })}
          />
          –
          <Whole
            testId="filter-employees-max"
            value={state.employeesMax}
            onChange={(v) => onChange({ employeesMax: v })}
          />
        </Space>
      </Form.Item>
      {more && (
        <>
          <Form.Item label={t('filters.keyTarget')}>
            <YesNo
              testId="filter-key-target"
              value={state.keyTarget}
              onChange={(v) => onChange({ keyTarget: v })}
            />
          </Form.Item>
          <Form.Item label={t('filters.employeesUnknown')}>
            <YesNo
              testId="filter-employees-unknown"
              value={state.employeesUnknown}
              onChange={(v) => onChange({ employeesUnknown: v })}
            />
          </Form.Item>
          <Form.Item label={t('filters.partyMembersMin')}>
            <Whole
              testId="filter-party-members-min"
              value={state.partyMembersMin}
              onChange={(v) => onChange({ partyMembersMin: v })}
            />
          </Form.Item>
          <Form.Item label={t('filters.partyCoverage')}>
            <EnumSelect
              testId="filter-party-coverage"
              values={PARTY_FORMS}
              label={(form) => coverageForm('party', form)}
              value={listParam(state.partyCoverage, PARTY_FORMS)}
              onChange={(values) => onChange({ partyCoverage: values.join(',') })}
            />
          </Form.Item>
          <Form.Item label={t('filters.unionCoverage')}>
            <EnumSelect
              testId="filter-union-coverage"
              values={UNION_FORMS}
              label={(form) => coverageForm('union', form)}
              value={listParam(state.unionCoverage, UNION_FORMS)}
              onChange={(values) => onChange({ unionCoverage: values.join(',') })}
            />
          </Form.Item>
          <Form.Item label={t('filters.source')}>
            <Select
              data-testid="filter-source"
              style={{ width: 140 }}
              allowClear
              placeholder={t('filters.any')}
              value={state.source}
              onChange={(source?: string) => onChange({ source })}
              options={SOURCES.map((s) => ({ value: s, label: feedLabel(s) }))}
            />
          </Form.Item>
          <Form.Item label={t('filters.flags')}>
            <EnumSelect
              testId="filter-flags"
              width={320}
              values={COVERAGE_FLAGS}
              label={(flag) => t(`flag.${flag}`)}
              value={listParam(state.flags, COVERAGE_FLAGS)}
              onChange={(values) => onChange({ flags: values.join(',') })}
            />
          </Form.Item>
        </>
      )}
      <Form.Item label={t('filters.orderBy')}>
        <Select
          data-testid="organization-order"
          style={{ width: 170 }}
          value={organizationOrder(state.order)}
          onChange={(order: string) => onChange({ order })}
          options={ORGANIZATION_ORDERS.map((o) => ({ value: o, label: t(`order.${o}`) }))}
        />
      </Form.Item>
      <Form.Item>
        <Space>
          <Button type="link" onClick={() => setMore(!more)} data-testid="filter-more">
            {more ? t('filters.less') : t('filters.more')}
          </Button>
          {filtered && (
            <Button
              data-testid="filter-reset"
              onClick={() =>
                onChange(Object.fromEntries(Object.keys(state).map((k) => [k, undefined])))
              }
            >
              {t('filters.reset')}
            </Button>
          )}
        </Space>
      </Form.Item>
    </Form>
  );
}
