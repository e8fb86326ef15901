/**
 * "Er dette den ekte ID-porten?": what PIN-fri can say about the tab the user
 * is on, from its address alone (core/genuine.ts). The address is read only
 * when the user opens the popup (activeTab), shown, and never stored. Only
 * the browser's own pages and PIN-fri's own get no section ("not-web"); a
 * page whose origin PIN-fri cannot see (another extension's page among them)
 * is told so in plain words.
 */
import { judgeUrl } from '../core/genuine';
import { t, type MessageKey } from '../core/popup-text';
import type { Language } from '../core/language';

/** @param url the address of the tab the popup was opened over, as the browser gave it (or nothing). */
export function GenuineCheck({ url, lang }: { url: string | undefined; lang: Language }) {
  // The popup's own origin is PIN-fri's: its pages (the guide) need no verdict; other extensions' pages do.
  const verdict = judgeUrl(url, location.origin);
  if (verdict.kind === 'not-web') return null;
  const tr = (key: MessageKey, values?: Record<string, string>) => t(lang, key, values);
  return (
    <section class={`genuine genuine-${verdict.kind}`} aria-labelledby="genuine-heading" data-verdict={verdict.kind}>
      <h2 id="genuine-heading">{tr('genuineHeading')}</h2>
      {verdict.kind === 'official' ? (
        <p>
          <strong>{tr('genuineYes')}</strong> {tr('genuineAddress', { host: verdict.host })}
        </p>
      ) : verdict.kind === 'related' ? (
        <p>{tr('genuineRelated', { domain: verdict.domain })}</p>
      ) : verdict.kind === 'other' ? (
        <p>{tr('genuineOther')}</p>
      ) : verdict.kind === 'unknown-origin' ? (
        // data:, about:, blob: of those, or no address: anyone can put a page there, so never silence.
        <>
          <p>
            <strong>{tr('genuineUnknown')}</strong>
          </p>
          <p>{tr('genuineUnknownAdvice')}</p>
        </>
      ) : (
        <div role="alert">
          <p>
            <strong>{tr('genuineNo')}</strong> {tr('genuineAddress', { host: verdict.host })}
          </p>
          <ul>
            {verdict.reasons.map((reason) => (
              <li key={reason}>{tr(`why.${reason}` as MessageKey)}</li>
            ))}
          </ul>
          <p>{tr('genuineAdvice')}</p>
        </div>
      )}
    </section>
  );
}
