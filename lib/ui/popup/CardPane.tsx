/**
 * An opened result: the same Card component a mention opens on a page (variant "inline"), with a way back to
 * the results. Quotes link to the source reader and open in a new tab. The card takes the popup's own colours,
 * decided the way a page's are (lib/ui/theme.ts).
 */
import type { JSX } from 'preact';
import type { Card as CardData } from '../../cards/card';
import type { PageApi } from '../app-api';
import { Card } from '../Card';
import { themeFromColors } from '../theme';

export interface CardPaneProps {
  opened: { entityId: string; card: CardData | null; error: string | null };
  api: PageApi;
  onBack(): void;
}

export function CardPane({ opened, api, onBack }: CardPaneProps): JSX.Element {
  return (
    <div class="card-pane">
      <button type="button" class="back" onClick={onBack}>
        <span aria-hidden="true">← </span>Back to results
      </button>
      {opened.error ? (
        <p class="message message-error" role="alert">
          The card could not be loaded: {opened.error}
        </p>
      ) : opened.card ? (
        <Card card={opened.card} variant="inline" claimHref={api.readerHref} theme={popupTheme()} />
      ) : (
        <p class="message" role="status">
          Loading…
        </p>
      )}
    </div>
  );
}

function popupTheme(): 'light' | 'dark' {
  const style = getComputedStyle(document.body);
  return themeFromColors([style.backgroundColor], style.color);
}
