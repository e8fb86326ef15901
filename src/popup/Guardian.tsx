/**
 * Guardian mode: "Jeg hjelper noen som verge". Explains in plain words what
 * is different for guardians, and keeps one checklist per person, known by a
 * nickname only. Nicknames that look like an ID number or a phone number are
 * refused with the reason (core/people.ts), before anything is stored.
 */
import { useState } from 'preact/hooks';
import type { ActionReply, PopupAction } from '../core/actions';
import { stepsLeft, isStarted, isDone } from '../core/checklist';
import { t, type MessageKey } from '../core/popup-text';
import { checkNickname, ME } from '../core/people';
import type { Language } from '../core/language';
import type { StoredState } from '../core/storage';
import { Confirm } from './Confirm';

interface Props {
  state: StoredState;
  lang: Language;
  act(action: PopupAction): Promise<ActionReply>;
}

export function Guardian({ state, lang, act }: Props) {
  const tr = (key: MessageKey, values?: Record<string, string | number>) => t(lang, key, values);
  const [nickname, setNickname] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);

  const add = async (event: Event) => {
    event.preventDefault();
    const check = checkNickname(nickname, state.people.map((p) => p.nickname));
    if (!check.ok) {
      setError(tr(`nick.${check.problem}` as MessageKey));
      return;
    }
    const reply = await act({ type: 'add-person', nickname: check.nickname });
    if (reply.ok) {
      setNickname('');
      setError(null);
    } else setError(tr(`nick.${reply.problem}` as MessageKey));
  };

  return (
    <section class="guardian" aria-label={tr('guardianToggle')}>
      <label class="switch">
        <input
          type="checkbox"
          data-action="guardian"
          checked={state.guardian}
          onChange={(event) => void act({ type: 'set-guardian', on: (event.target as HTMLInputElement).checked })}
        />
        {tr('guardianToggle')}
      </label>
      {state.guardian ? (
        <>
          <details class="guardian-facts" open={state.people.length === 1}>
            <summary>{tr('guardianHeading')}</summary>
            <ul>
              <li>{tr('guardianApp')}</li>
              <li>{tr('guardianNumber')}</li>
              <li>{tr('guardianPower')}</li>
              <li>{tr('guardianReset')}</li>
              <li>{tr('guardianNoSharing')}</li>
            </ul>
          </details>
          <fieldset class="people">
            <legend>{tr('peopleHeading')}</legend>
            {state.people.map((person) => {
              const name = person.id === ME ? tr('meSelf') : person.nickname;
              const progress = person.progress;
              const status = isDone(progress) ? '✓' : isStarted(progress) ? String(stepsLeft(progress)) : '';
              return (
                <div key={person.id} class="person" data-person={person.id}>
                  <label>
                    <input
                      type="radio"
                      name="person"
                      checked={state.current === person.id}
                      onChange={() => void act({ type: 'select-person', id: person.id })}
                    />
                    {name}
                    {status ? <span class="count" aria-hidden="true">{status}</span> : null}
                  </label>
                  {person.id !== ME ? (
                    removing === person.id ? (
                      <Confirm
                        question={tr('confirmRemove', { name })}
                        yes={tr('yesRemove')}
                        no={tr('cancel')}
                        onYes={() => {
                          setRemoving(null);
                          void act({ type: 'remove-person', id: person.id });
                        }}
                        onNo={() => setRemoving(null)}
                      />
                    ) : (
                      <button type="button" class="link" data-action="remove-person" onClick={() => setRemoving(person.id)}>
                        {tr('removePerson', { name })}
                      </button>
                    )
                  ) : null}
                </div>
              );
            })}
          </fieldset>
          <form class="add-person" onSubmit={(event) => void add(event)} noValidate>
            <label for="nickname">{tr('nicknameLabel')}</label>
            <p class="help-text" id="nickname-help">
              {tr('nicknameHelp')}
            </p>
            <div class="row">
              <input
                id="nickname"
                type="text"
                autocomplete="off"
                spellcheck={false}
                maxLength={60}
                value={nickname}
                aria-describedby={error ? 'nickname-help nickname-error' : 'nickname-help'}
                aria-invalid={error ? 'true' : undefined}
                onInput={(event) => setNickname((event.target as HTMLInputElement).value)}
              />
              <button type="submit" class="secondary">
                {tr('addPerson')}
              </button>
            </div>
            {error ? (
              <p id="nickname-error" class="error" role="alert">
                {error}
              </p>
            ) : null}
          </form>
        </>
      ) : null}
    </section>
  );
}
