/**
 * An error boundary around one part of the popup: if that part fails to
 * render, it says so in a short plain sentence and the rest of the popup —
 * the checklist, the help — keeps working. No single part can blank the popup.
 * `help` adds the help links to that sentence, for the boundary around the
 * whole popup, where nothing else would be left.
 */
import { Component, type ComponentChildren } from 'preact';
import { t } from '../core/popup-text';
import { LINKS } from '../core/links';
import type { Language } from '../core/language';

interface ErrorBoundaryProps {
  lang: Language;
  /** Content, or a function that makes it: inline markup is then built inside the boundary, so its errors are caught too. */
  children: ComponentChildren | (() => ComponentChildren);
  help?: boolean;
}

/** Calls `make` as a component of its own: a boundary catches what its children throw, not what it throws itself. */
function Build({ make }: { make: () => ComponentChildren }) {
  return <>{make()}</>;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static override getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    const { lang, children, help } = this.props;
    if (!this.state.failed) return typeof children === 'function' ? <Build make={children as () => ComponentChildren} /> : children;
    return (
      <div role="alert" class="notice" data-section-failed="">
        <p>{t(lang, 'sectionFailed')}</p>
        {help ? (
          <ul>
            <li>
              <a href={LINKS.phone}>{t(lang, 'helpPhone')}</a>
            </li>
            <li>
              <a href={LINKS.helpPages} target="_blank" rel="noopener noreferrer">
                {t(lang, 'helpPages')}
              </a>
            </li>
          </ul>
        ) : null}
      </div>
    );
  }
}
