import { useEffect, useRef } from 'react';
import type { ChartConfiguration, ChartType } from 'chart.js';
import { Chart, whiteBackground } from './setup';

/** A chart.js chart in a canvas; clicking a bar reports its category index. */
export function ChartCanvas<T extends ChartType>({
  config,
  label,
  onBarClick,
  height = 280,
}: {
  config: ChartConfiguration<T>;
  label: string;
  onBarClick?(index: number): void;
  height?: number;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const click = useRef(onBarClick);
  useEffect(() => {
    click.current = onBarClick;
  }, [onBarClick]);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      ...config,
      plugins: [...(config.plugins ?? []), whiteBackground],
      options: {
        ...config.options,
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        // a click anywhere in a department's column picks it, not only on the bar itself
        interaction: { mode: 'index', intersect: false },
        onClick: (_event, elements) => {
          const first = elements[0];
          if (first) click.current?.(first.index);
        },
      },
    } as ChartConfiguration<T>);
    return () => chart.destroy();
  }, [config]);
  return (
    <div className="chart-box" style={{ height }}>
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
