import { useEffect, useRef } from 'react';
import type { Comparison } from '@shared/compare/types';
import { Chart, whiteBackground } from '@components/charts/setup';
import type { Language } from '@i18n/language';
import { chartSeries } from './chart-data';

const FONT = { family: "'Noto Sans KR', sans-serif", size: 11 };

/**
 * Bars of the comparison's main measure (천원), static (no animation) so it prints as drawn.
 * Legend and axis follow `language` on screen; printed reports keep the default, Korean.
 */
export function ComparisonChart({
  comparison,
  label,
  className,
  language = 'ko',
}: {
  comparison: Comparison;
  label: string;
  className?: string;
  language?: Language;
}) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const series = chartSeries(comparison, 12, (text) => text[language]);
    const chart = new Chart(canvas, {
      type: 'bar',
      data: {
        labels: series.labels,
        datasets: series.datasets.map((set) => ({
          label: set.label,
          data: set.values,
          backgroundColor: set.color,
        })),
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        devicePixelRatio: 2,
        indexAxis: 'y',
        plugins: { legend: { position: 'top', labels: { font: FONT, color: '#111' } } },
        scales: {
          x: {
            ticks: {
              font: FONT,
              color: '#333',
              callback: (v) => Number(v).toLocaleString('ko-KR'),
            },
            title: {
              display: true,
              text: language === 'en' ? 'Unit: KRW 1,000' : '단위: 천원',
              font: FONT,
            },
          },
          y: { ticks: { font: FONT, color: '#111', autoSkip: false } },
        },
      },
      plugins: [whiteBackground],
    });
    return () => chart.destroy();
  }, [comparison, language]);
  return (
    <div className={className ?? 'compare-chart'}>
      <canvas ref={canvasRef} role="img" aria-label={label} />
    </div>
  );
}
