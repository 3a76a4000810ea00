import { TreeSelect } from 'antd';
import { useQuery } from 'urql';
import { useViewer } from '../../app/viewer';
import { graphql } from '../../gql';
import { regionOptions } from './region-options';

export const REGION_TREE_QUERY = graphql(`
  query RegionTree {
    coverage {
      byRegion {
        division {
          code
          name
        }
        children {
          division {
            code
            name
          }
          children {
            division {
              code
              name
            }
          }
        }
      }
    }
  }
`);

/** A province → city → county picker, limited to the viewer's region. */
export function RegionPicker(props: {
  value?: string;
  onChange?: (code: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  testId?: string;
  width?: number;
}) {
  const { viewer } = useViewer();
  const [{ data, fetching }] = useQuery({ query: REGION_TREE_QUERY });
  const options = regionOptions(data?.coverage.byRegion ?? [], viewer.region?.code);
  return (
    <TreeSelect
      data-testid={props.testId}
      style={{ width: props.width ?? 200 }}
      value={props.value}
      onChange={(code?: string) => props.onChange?.(code ?? undefined)}
      treeData={options}
      treeDefaultExpandedKeys={options.map((o) => o.value)}
      placeholder={props.placeholder}
      allowClear={props.allowClear}
      loading={fetching}
      showSearch
      treeNodeFilterProp="title"
    />
  );
}
