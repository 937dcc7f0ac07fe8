/**
 * The " · " between facts on a line ("China · 83 articles"). A screen reader hears a comma instead ("China, 83
 * articles"): it would read the dot aloud ("middle dot"), and without it run the facts together ("China83").
 * A line that wraps there ends with the dot: the space before it does not break (a phone's people index began
 * lines with "· 59 articles").
 */
export function FactSeparator() {
  return (
    <>
      <span className="fact-separator nowrap">
        <span className="visually-hidden">,</span> <span aria-hidden="true">·</span>
      </span>{' '}
    </>
  );
}
