/** Small SVG charts: each has a text alternative (a title and a table or list), so no one depends on colour or sight. */

const COLOURS = ['#1f5f5b', '#b5542d', '#5b4b8a', '#2f6fa8', '#8a6d1f', '#a23b72'];

export interface Series {
  name: string;
  values: (number | null)[];
}

/** Values over time (x: labels), one line per series, y from 0 to max. */
export function LineChart({ title, labels, series, max }: { title: string; labels: string[]; series: Series[]; max: number }) {
  const width = 560, height = 220, left = 36, bottom = 28, top = 12, right = 12;
  const plotW = width - left - right, plotH = height - top - bottom;
  const x = (i: number) => left + (labels.length <= 1 ? plotW / 2 : (i * plotW) / (labels.length - 1));
  const y = (v: number) => top + plotH - (v / max) * plotH;
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title}>
        {Array.from({ length: max + 1 }, (_, v) => (
          <g key={v}>
            <line x1={left} x2={width - right} y1={y(v)} y2={y(v)} stroke="#d7dcdb" />
            <text x={left - 8} y={y(v) + 4} textAnchor="end" fontSize="12" fill="#3d4a49">{v}</text>
          </g>
        ))}
        {labels.map((label, i) => (
          <text key={i} x={x(i)} y={height - 8} textAnchor="middle" fontSize="11" fill="#3d4a49">{label}</text>
        ))}
        {series.map((s, si) => {
          // series side by side around each date, so equal scores do not hide one another
          const sx = (i: number) => x(i) + (si - (series.length - 1) / 2) * 5;
          const points = s.values.map((v, i) => (v === null ? null : `${sx(i)},${y(v)}`)).filter(Boolean).join(' ');
          return (
            <g key={s.name}>
              <polyline points={points} fill="none" stroke={COLOURS[si % COLOURS.length]} strokeWidth="2.5" />
              {s.values.map((v, i) => v !== null && (
                <circle key={i} cx={sx(i)} cy={y(v)} r="4" fill={COLOURS[si % COLOURS.length]} />
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="legend">
          {series.map((s, si) => (
            <li key={s.name}><span className="swatch" style={{ background: COLOURS[si % COLOURS.length] }} aria-hidden="true" />{s.name}</li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

export interface Bar {
  label: string;
  value: number;
}

/** Horizontal bars with their values written beside them. */
export function BarChart({ title, bars, unit = '' }: { title: string; bars: Bar[]; unit?: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const row = 30, labelW = 118, width = 360;
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${bars.length * row + 8}`} role="img" aria-label={`${title}: ${bars.map((b) => `${b.label} ${b.value}${unit}`).join(', ')}`}>
        {bars.map((b, i) => {
          const w = ((width - labelW - 44) * b.value) / max;
          return (
            <g key={b.label} transform={`translate(0, ${i * row + 4})`}>
              <text x={labelW - 8} y={row / 2 + 4} textAnchor="end" fontSize="14" fill="#1d2625">{b.label}</text>
              <rect x={labelW} y={4} width={Math.max(w, 1)} height={row - 10} fill={COLOURS[0]} rx="3" />
              <text x={labelW + w + 6} y={row / 2 + 4} fontSize="14" fill="#1d2625">{b.value}{unit}</text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
