/**
 * What the popup says about the stored data: data from a newer PIN-fri (until
 * the person starts over), or — once — that broken data was repaired, whether
 * the popup found it broken itself or the background repaired it before the
 * popup opened (the note `repaired` in core/storage.ts). Once told, the note
 * is cleared through the background; the sentence stays while this popup is open.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ActionReply, PopupAction } from '../core/actions';
import { t } from '../core/popup-text';
import type { Language } from '../core/language';
import { repairToTell, type ReadResult, type RepairProblem } from '../core/storage';

export function StorageNotice({ model, lang, act }: { model: ReadResult; lang: Language; act(action: PopupAction): Promise<ActionReply> }) {
  const repair = repairToTell(model);
  const [told, setTold] = useState<RepairProblem | null>(repair);
  useEffect(() => {
    if (!repair) return;
    if (!told || repair === 'corrupt') setTold(repair);
    void act({ type: 'repair-noticed' });
    // Only a new repair matters; `told` is what this popup already says.
  }, [repair]);

  if (model.problem === 'newer-version') {
    return (
      <div role="alert" class="notice">
        <p>{t(lang, 'storageNewer')}</p>
        <button type="button" class="secondary" onClick={() => void act({ type: 'start-over' })}>
          {t(lang, 'startOver')}
        </button>
      </div>
    );
  }
  const shown = told ?? repair;
  return shown ? (
    <p role="alert" class="notice" data-testid="storage-repaired">
      {t(lang, shown === 'corrupt' ? 'storageReset' : 'storagePartly')}
    </p>
  ) : null;
}
