import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import { CHART_FONT, echarts, type ChartOption, type ECharts } from './echarts';

export type EChartHandle = { chart: () => ECharts | undefined };

/** One chart: created on mount, updated when the option changes, resized with the window. */
export const EChart = forwardRef<EChartHandle, { option: ChartOption; height?: number; label: string }>(function EChart({ option, height = 340, label }, ref) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | undefined>(undefined);
  useImperativeHandle(ref, () => ({ chart: () => chart.current }), []);

  useEffect(() => {
    if (!box.current) return undefined;
    const instance = echarts.init(box.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const resize = () => instance.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      instance.dispose();
      chart.current = undefined;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ textStyle: { fontFamily: CHART_FONT }, animation: false, ...option }, true);
  }, [option]);

  return <div ref={box} role="img" aria-label={label} style={{ width: '100%', height }} />;
});
