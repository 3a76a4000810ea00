import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isIndustryCode } from './filter-lists';
import type { IndustrySection } from './use-filter-options';

/** A section from the list, or a class code typed in (I6510 / 6510). */
export function IndustryPicker(props: {
  sections: IndustrySection[];
  value?: string;
  onChange: (industry: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const options = props.sections.map((s) => ({
    value: s.section,
    label: `${s.section} ${s.name ?? ''}`.trim(),
  }));
  const extra = [typed.toUpperCase(), props.value].filter(
    (code): code is string =>
      !!code && isIndustryCode(code) && !options.some((o) => o.value === code),
  );
  for (const code of new Set(extra)) options.push({ value: code, label: code });
  return (
    <Select
      data-testid="filter-industry"
      style={{ width: 240 }}
      allowClear
      showSearch
      placeholder={t('common.industryPlaceholder')}
      value={props.value}
      options={options}
      optionFilterProp="label"
      onSearch={setTyped}
      onChange={(value?: string) => props.onChange(value || undefined)}
    />
  );
}
