/**
 * A log for parents of when something happened: a title, a line saying what it means, and each moment's
 * date and time, newest first, as a parent reads a log. Nothing is shown while the log is empty: no news
 * is the usual case, and an empty section would read as a warning.
 */
export function WhenLog({
  id,
  title,
  intro,
  times,
  language,
  line = (date) => date,
}: {
  /** The section's test id; its heading's id is derived from it. */
  id: string;
  title: string;
  intro: string;
  times: readonly number[];
  language: string;
  /** One moment's line, from its formatted date and time. */
  line?: (date: string) => string;
}) {
  if (times.length === 0) return null;
  const when = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' });
  return (
    <section aria-labelledby={`${id}-title`} data-testid={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p>{intro}</p>
      <ul>
        {[...times]
          .sort((a, b) => b - a)
          .map((at) => (
            <li key={at}>{line(when.format(at))}</li>
          ))}
      </ul>
    </section>
  );
}
