import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { usePrefersReducedMotion } from '../app/use-media-query.ts';

echarts.use([CanvasRenderer]);

/** What a click on a chart element reports (ECharts' params, the parts we use). */
export interface ChartClick {
  seriesIndex?: number;
  seriesId?: string;
  dataIndex: number;
  name: string;
  value: unknown;
}

export interface EChartProps {
  /** An ECharts option; charts and components it names must be registered with `echarts.use` by the caller. */
  option: EChartsCoreOption;
  /** Accessible name: the chart is a canvas, so give a table or links beside it for keyboard users. */
  ariaLabel: string;
  height?: number | string;
  onClick?: (params: ChartClick) => void;
  className?: string;
  testId?: string;
}

/**
 * One ECharts instance on a div: created on mount, given each new option, resized with its box,
 * disposed on unmount. Import chart types from 'echarts/charts' and components from
 * 'echarts/components' where they are used, so each page's chunk holds only what it draws.
 */
export function EChart({ option, ariaLabel, height = 280, onClick, className, testId }: EChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const clickRef = useRef(onClick);
  const reducedMotion = usePrefersReducedMotion();
  useEffect(() => {
    clickRef.current = onClick;
  }, [onClick]);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (params) => clickRef.current?.(params as unknown as ChartClick));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(reducedMotion ? { ...option, animation: false } : option, { notMerge: true });
  }, [option, reducedMotion]);

  return (
    <div
      ref={container}
      className={className}
      role="img"
      aria-label={ariaLabel}
      data-testid={testId}
      style={{ width: '100%', height, cursor: onClick ? 'pointer' : undefined }}
    />
  );
}
