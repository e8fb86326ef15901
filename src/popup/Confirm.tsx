/**
 * Asks before anything is removed. Inline, not a modal dialog: the question
 * takes the place of the button, focus moves to the safe answer, and Escape
 * or "Avbryt" leaves everything as it was.
 */
import { useEffect, useRef } from 'preact/hooks';

interface Props {
  question: string;
  yes: string;
  no: string;
  onYes(): void;
  onNo(): void;
}

export function Confirm({ question, yes, no, onYes, onNo }: Props) {
  const safe = useRef<HTMLButtonElement>(null);
  useEffect(() => safe.current?.focus(), []);
  return (
    <div
      class="confirm"
      role="group"
      aria-label={question}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onNo();
      }}
    >
      <p>{question}</p>
      <button type="button" class="danger" data-action="confirm-yes" onClick={onYes}>
        {yes}
      </button>{' '}
      <button type="button" class="secondary" data-action="confirm-no" ref={safe} onClick={onNo}>
        {no}
      </button>
    </div>
  );
}
