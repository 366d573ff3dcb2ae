import { BarChart } from "echarts/charts";
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";

// Only what this chart draws, so the dashboard's chunk stays small (ECharts is tree-shaken).
echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, SVGRenderer]);

export interface ProgressSeries {
  /** The status's label, as the legend shows it. */
  name: string;
  color: string;
  /** One count per agency, in the order of `agencies`. */
  counts: number[];
}

/**
 * Task progress per lead agency: one stacked bar per agency, one segment per
 * status. Drawn as SVG, with ECharts' ARIA description for screen readers.
 */
export function TaskProgressChart({
  agencies,
  series,
  label,
  onSelect,
}: {
  /** The lead agencies' names, one bar each. */
  agencies: string[];
  series: ProgressSeries[];
  label: string;
  /** A bar segment chosen: the agency's and the series' index. */
  onSelect?: (agency: number, series: number) => void;
}) {
  const element = useRef<HTMLDivElement>(null);
  // the latest handler, without drawing the chart again each time it changes
  const select = useRef(onSelect);
  select.current = onSelect;
  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current, undefined, { renderer: "svg" });
    chart.setOption({
      aria: { enabled: true, label: { description: label } },
      animation: false,
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      xAxis: { type: "value", minInterval: 1 },
      yAxis: { type: "category", data: agencies, inverse: true, axisLabel: { width: 220, overflow: "truncate" } },
      series: series.map((s) => ({ name: s.name, type: "bar", stack: "tasks", data: s.counts, itemStyle: { color: s.color } })),
    });
    chart.on("click", (params) => select.current?.(params.dataIndex, params.seriesIndex ?? 0));
    const resize = () => chart.resize();
    window.addEventListener("resize", resize);
    return () => {
      window.removeEventListener("resize", resize);
      chart.dispose();
    };
  }, [agencies, series, label]);
  return <div ref={element} role="img" aria-label={label} style={{ width: "100%", height: Math.max(160, 48 + agencies.length * 32) }} />;
}
