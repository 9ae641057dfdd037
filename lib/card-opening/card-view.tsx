/** What a card shows for one mention, in the page's own palette around it, with its controls wired. */
import type { VNode } from 'preact';
import type { Card as CardData } from '../cards/card';
import type { PageMention } from '../page/mentions';
import { Card, type CardProps } from '../ui/Card';
import type { PageFigure } from '../ui/card-text';
import { themeFromColors, type Theme } from '../ui/theme';
import type { UndoHold } from './undo-hold';

/** What the card's own controls do (as Page Previews keep an off switch in the preview). */
export interface CardActions {
  /** "Not this": the reader says this mention does not name the entity. */
  notThis(mention: PageMention, entityName: string): void;
  /** Turn Sourcelight off on this site; the card stays a few seconds with an undo. */
  turnOffSite(): void;
  undoTurnOff(): void;
  /** The site's name, for "Sourcelight is off on news.example". */
  site: string;
}

export interface CardWiring {
  actions: CardActions;
  claimLinks?: Pick<CardProps, 'claimHref' | 'onOpenClaim'> | undefined;
  undo: Pick<UndoHold, 'turnedOff' | 'undone'>;
  /** Closes the card (its close button, "Not this", and the end of the off switch's linger). */
  close(): void;
}

export function cardView(mention: PageMention, card: CardData, wiring: CardWiring): VNode {
  const { actions, undo, close } = wiring;
  return (
    <Card
      card={card}
      theme={themeAt(mention)}
      pageFigure={pageFigureOf(mention, card)}
      onClose={close}
      onNotThis={() => {
        actions.notThis(mention, card.entity.name);
        close();
      }}
      onTurnOffSite={() => {
        undo.turnedOff();
        actions.turnOffSite();
      }}
      onUndoTurnOff={() => {
        undo.undone();
        actions.undoTurnOff();
      }}
      onTurnOffSettled={close}
      site={actions.site}
      {...wiring.claimLinks}
    />
  );
}

/** The page's own palette around the mention, so the card reads as part of the page (light or dark). */
function themeAt(mention: PageMention): Theme {
  const view = mention.startNode.ownerDocument.defaultView;
  const backgrounds: string[] = [];
  let text: string | undefined;
  for (let element = mention.startNode.parentElement; element && view; element = element.parentElement) {
    const style = view.getComputedStyle(element);
    text ??= style.color;
    backgrounds.push(style.backgroundColor);
  }
  return themeFromColors(backgrounds, text);
}

/** The number the marked words carry ("29 survivors"), for the card to set beside the sources' own. */
export function pageFigureOf(mention: Pick<PageMention, 'found'>, card: Pick<CardData, 'figures'>): PageFigure | null {
  const value = mention.found.number;
  const measure = card.figures[0]?.measure;
  return value === undefined || measure === undefined ? null : { measure, value };
}
