import { Alert, App, Button, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useViewer } from '../../app/viewer';
import { RegionPicker } from '../../components/RegionPicker';
import { graphql } from '../../gql';
import { apiErrorText, invalidCaseIds, meetingVariables } from './meeting-form';

export const RECORD_JOINT_MEETING = graphql(`
  mutation RecordJointMeeting(
    $region: String!
    $heldOn: String!
    $title: String
    $reviewedCases: [ID!]
  ) {
    recordJointMeeting(
      region: $region
      heldOn: $heldOn
      title: $title
      reviewedCases: $reviewedCases
    ) {
      id
      heldOn
      title
      recordedBy
      division {
        code
        name
      }
    }
  }
`);

export const MEETING_CASES_QUERY = graphql(`
  query MeetingCases($filter: FollowUpFilter) {
    followUps(filter: $filter, first: 100) {
      edges {
        node {
          id
          rule
          state
          organization {
            name
          }
        }
      }
    }
  }
`);

interface Values {
  region: string;
  heldOn: Dayjs;
  title?: string;
  reviewedCases?: string[];
}

/** Records a joint meeting a region of the viewer's held; tells the page which one it was. */
export function RecordMeetingForm(props: {
  region: string;
  onRecorded: (meeting: { region: string; heldOn: string }) => void;
}) {
  const { t } = useTranslation('meetings');
  const { message } = App.useApp();
  const { may, gapRules } = useViewer();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string | null>(null);
  const [{ fetching }, record] = useMutation(RECORD_JOINT_MEETING);
  const region = Form.useWatch('region', form) ?? props.region;
  const [cases] = useQuery({
    query: MEETING_CASES_QUERY,
    variables: { filter: { region } },
    pause: !may('followup:read'),
  });
  const ruleName = (rule: string) => gapRules.find((r) => r.rule === rule)?.policyRule ?? rule;
  const submit = async (values: Values) => {
    setFailure(null);
    const variables = meetingVariables({ ...values, heldOn: values.heldOn.format('YYYY-MM-DD') });
    const result = await record(variables);
    if (result.error) {
      setFailure(apiErrorText(result.error.message));
      return;
    }
    const meeting = result.data!.recordJointMeeting;
    void message.success(
      t('form.recorded', {
        region: meeting.division.name ?? meeting.division.code,
        heldOn: meeting.heldOn,
      }),
    );
    form.resetFields(['title', 'reviewedCases']);
    props.onRecorded({ region: meeting.division.code, heldOn: meeting.heldOn });
  };
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      data-testid="record-meeting"
      initialValues={{ region: props.region, heldOn: dayjs() }}
      onFinish={(values) => void submit(values)}
    >
      <Form.Item
        name="region"
        label={t('form.region')}
        rules={[{ required: true, message: t('form.required', { field: t('form.region') }) }]}
      >
        <RegionPicker testId="meeting-region" width={260} />
      </Form.Item>
      <Form.Item
        name="heldOn"
        label={t('form.heldOn')}
        rules={[
          { required: true, message: t('form.required', { field: t('form.heldOn') }) },
          {
            validator: (_, value?: Dayjs) =>
              value && value.isAfter(dayjs(), 'day')
                ? Promise.reject(new Error(t('form.future')))
                : Promise.resolve(),
          },
        ]}
      >
        <DatePicker
          data-testid="meeting-held-on"
          style={{ width: 260 }}
          disabledDate={(d) => d.isAfter(dayjs(), 'day')}
        />
      </Form.Item>
      <Form.Item name="title" label={t('form.meetingTitle')}>
        <Input
          data-testid="meeting-title"
          maxLength={200}
          placeholder={t('form.titlePlaceholder')}
        />
      </Form.Item>
      <Form.Item
        name="reviewedCases"
        label={t('form.reviewedCases')}
        rules={[
          {
            validator: (_, ids?: string[]) => {
              const bad = invalidCaseIds(ids ?? []);
              return bad.length
                ? Promise.reject(new Error(t('form.badCases', { ids: bad.join('、') })))
                : Promise.resolve();
            },
          },
        ]}
      >
        <Select
          data-testid="meeting-cases"
          mode="tags"
          placeholder={t('form.casesPlaceholder')}
          loading={cases.fetching}
          optionFilterProp="label"
          options={(cases.data?.followUps.edges ?? []).map(({ node }) => ({
            value: node.id,
            label: `#${node.id} ${ruleName(node.rule)} ${node.organization?.name ?? ''}`.trim(),
          }))}
        />
      </Form.Item>
      {failure && (
        <Form.Item>
          <Alert
            type="error"
            showIcon
            data-testid="meeting-error"
            message={t('form.failed')}
            description={failure}
          />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" loading={fetching} data-testid="meeting-submit">
        {t('form.submit')}
      </Button>
    </Form>
  );
}
