import { Checkbox, Form, Input, Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../app/viewer';

export interface CaseFilterValues {
  region?: string;
  rule?: string;
  assignee?: string;
  overdue?: string;
  /** An organization's id (`?organization=`, from its page). */
  organization?: string;
}

/**
 * Region, rule, assignee, overdue and one organization (FollowUpFilter), kept in the address by
 * the page; the organization comes from its page's link and is shown as a tag to remove.
 */
export function CaseFilters(props: {
  value: CaseFilterValues;
  organizationName?: string;
  onChange: (changes: CaseFilterValues) => void;
}) {
  const { t } = useTranslation('followUps');
  const { gapRules } = useViewer();
  return (
    <Form layout="inline" data-testid="case-filters">
      {props.value.organization && (
        <Form.Item label={t('filter.organization')}>
          <Tag
            closable
            data-testid="filter-organization"
            onClose={() => props.onChange({ organization: undefined })}
          >
            {props.organizationName ?? t('filter.organizationId', { id: props.value.organization })}
          </Tag>
        </Form.Item>
      )}
      <Form.Item label={t('filter.region')}>
        <Input.Search
          allowClear
          defaultValue={props.value.region}
          placeholder={t('filter.regionPlaceholder')}
          style={{ width: 180 }}
          data-testid="filter-region"
          onSearch={(region) => props.onChange({ region: region.trim() || undefined })}
        />
      </Form.Item>
      <Form.Item label={t('filter.rule')}>
        <Select
          allowClear
          value={props.value.rule}
          placeholder={t('filter.anyRule')}
          style={{ width: 260 }}
          data-testid="filter-rule"
          onChange={(rule?: string) => props.onChange({ rule })}
          options={gapRules.map((rule) => ({ value: rule.rule, label: rule.label }))}
        />
      </Form.Item>
      <Form.Item label={t('filter.assignee')}>
        <Input.Search
          allowClear
          defaultValue={props.value.assignee}
          style={{ width: 200 }}
          data-testid="filter-assignee"
          onSearch={(assignee) => props.onChange({ assignee: assignee.trim() || undefined })}
        />
      </Form.Item>
      <Form.Item>
        <Checkbox
          checked={props.value.overdue === 'true'}
          data-testid="filter-overdue"
          onChange={(event) =>
            props.onChange({ overdue: event.target.checked ? 'true' : undefined })
          }
        >
          {t('filter.overdue')}
        </Checkbox>
      </Form.Item>
    </Form>
  );
}
