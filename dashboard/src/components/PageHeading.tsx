import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** A page's title and, under it, the one line saying what the page is for. */
export function PageHeading(props: { title: ReactNode; intro?: ReactNode }) {
  return (
    <div>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {props.title}
      </Typography.Title>
      {props.intro && <Typography.Text type="secondary">{props.intro}</Typography.Text>}
    </div>
  );
}
