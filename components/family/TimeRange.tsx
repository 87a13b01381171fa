import { KeptInput } from './KeptInput';

/**
 * "From … to …" with two time inputs, named `${name}-start` and `${name}-end`: the sleep hours and each
 * no-TikTok time. A change gives the whole range, so the caller saves (or checks) it as one value.
 */
export function TimeRange({
  name,
  range,
  labels,
  describedBy,
  onChange,
}: {
  name: string;
  range: { start: string; end: string };
  labels: { from: string; to: string };
  describedBy?: string;
  onChange: (range: { start: string; end: string }) => void;
}) {
  const parts = [
    ['start', labels.from],
    ['end', labels.to],
  ] as const;
  return (
    <div class="time-range">
      {parts.map(([part, label]) => (
        <label key={part}>
          {label}{' '}
          <KeptInput
            type="time"
            name={`${name}-${part}`}
            value={range[part]}
            aria-describedby={describedBy}
            onChange={(event) => onChange({ ...range, [part]: event.currentTarget.value })}
          />
        </label>
      ))}
    </div>
  );
}
