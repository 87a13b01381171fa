const NIGHT = new Set([22, 23, 0, 1, 2, 3, 4, 5]);

/** Today hour by hour, 24 cells whose strength is the time spent; night hours are shaded, to show late use. */
export function HourStrip({ hours, title, label }: { hours: number[]; title: string; label: string }) {
  const max = Math.max(...hours, 15 * 60_000);
  return (
    <figure class="hours">
      <figcaption id="hours-title">{title}</figcaption>
      <svg viewBox="0 0 288 30" role="img" aria-labelledby="hours-title" aria-describedby="hours-desc" width="100%">
        <title>{title}</title>
        <desc id="hours-desc">{label}</desc>
        {hours.map((ms, hour) => (
          <rect
            key={hour}
            x={hour * 12 + 1}
            y={2}
            width={10}
            height={20}
            rx={2}
            class={NIGHT.has(hour) ? 'cell night' : 'cell'}
            style={{ opacity: ms > 0 ? 0.25 + 0.75 * (ms / max) : 1 }}
            data-ms={ms}
            data-filled={ms > 0 ? 'true' : 'false'}
          />
        ))}
        {[0, 6, 12, 18].map((hour) => (
          <text key={hour} x={hour * 12 + 1} y={30} class="axis">
            {hour}h
          </text>
        ))}
      </svg>
    </figure>
  );
}
