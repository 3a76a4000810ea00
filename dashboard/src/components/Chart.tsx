import { BarChart, LineChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TooltipComponent,
  DataZoomComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/lib/core';
import type { EChartsOption } from 'echarts';

// Only the charts and components the dashboard draws: keeps ECharts' share of the bundle small.
echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  DataZoomComponent,
  CanvasRenderer,
]);

export type ChartClick = { name: string; dataIndex: number; seriesName?: string };

/** One ECharts chart; `onClick` gets the clicked item (a bar to drill into). */
export function Chart(props: {
  option: EChartsOption;
  height?: number;
  onClick?: (item: ChartClick) => void;
  testId?: string;
}) {
  return (
    <div data-testid={props.testId}>
      <ReactEChartsCore
        echarts={echarts}
        option={props.option}
        notMerge
        style={{ height: props.height ?? 320 }}
        onEvents={props.onClick ? { click: props.onClick } : undefined}
      />
    </div>
  );
}
