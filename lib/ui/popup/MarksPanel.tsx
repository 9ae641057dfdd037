/**
 * The reader's marking choices: "Mark every mention" (off: the first mention of each entity in each part of a
 * page is marked), and the marks removed with "Not this" in a card, each with where it was and what it was taken
 * for, and a way to restore it. The same settings every page's content script watches (lib/settings.ts).
 */
import type { JSX } from 'preact';
import { useId } from 'preact/hooks';
import type { NotThis } from '../../settings';
import type { PopupApi } from '../app-api';
import { Switch } from './Switch';
import { useStored } from './use-stored';
import { MARK_EVERY_NOTE, NO_MARKS_REMOVED, removedText } from './text';
import { Section } from './Section';

export function MarksPanel({ api }: { api: PopupApi }): JSX.Element {
  const baseId = useId();
  const { value: choices, error, save } = useStored(
    api,
    () => api.readMarking(),
    (onChange) => api.watchMarking(onChange),
  );

  return (
    <Section class="marks" title="How pages are marked">
      <div class="marks-row">
        <Switch
          id={`${baseId}-every`}
          checked={choices?.markEvery ?? false}
          disabled={!choices}
          describedBy={`${baseId}-every-note`}
          onToggle={(on) => save(api.setMarkEvery(on))}
        >
          Mark every mention
        </Switch>
        <span id={`${baseId}-every-note`} class="switch-note">
          {MARK_EVERY_NOTE}
        </span>
      </div>
      <h3 class="section-title" id={`${baseId}-removed`}>
        Marks you removed
      </h3>
      {error && (
        <p class="message message-error" role="alert">
          {error}
        </p>
      )}
      {choices && choices.notThis.length === 0 && <p class="section-note">{NO_MARKS_REMOVED}</p>}
      {choices && choices.notThis.length > 0 && (
        <ul class="removed-list" aria-labelledby={`${baseId}-removed`}>
          {choices.notThis.map((c) => (
            <Removed key={`${c.site}|${c.wording}|${c.entity}`} choice={c} onRestore={() => save(api.removeNotThis(c))} />
          ))}
        </ul>
      )}
    </Section>
  );
}

function Removed({ choice, onRestore }: { choice: NotThis; onRestore(): void }): JSX.Element {
  const text = removedText(choice);
  return (
    <li class="removed-row">
      <span class="removed-text">
        <q>{choice.wording}</q> {text.notEntity}
        <span class="removed-site">{text.where}</span>
      </span>
      <button type="button" class="restore" aria-label={`Restore “${choice.wording}” as ${choice.entityName} on ${choice.site}`} onClick={onRestore}>
        Restore
      </button>
    </li>
  );
}
