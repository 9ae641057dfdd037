/**
 * The figures any disaster story counts, as the phrases English news writes them in: how many were killed,
 * injured, missing, survived, were on board. The same for every discovered story (a catalog story keeps its
 * own phrases); the matcher holds each to the numbers the story's sources give.
 */
import type { Measure } from '../types';

export interface MeasureTemplate {
  measure: Measure;
  name: string;
  aliases: string[];
  phrases: string[];
}

/** Who is counted, kept to three words: every optional word multiplies the forms a phrase stands for. */
const WHO = '(people|passengers|individuals)';
const ABOARD = '(on board|aboard|onboard)';

export const MEASURES: readonly MeasureTemplate[] = [
  {
    measure: 'killed',
    name: 'Death toll',
    aliases: ['death toll'],
    phrases: [
      `[killing|killed] [at least|a total of] {n} [${WHO}] (dead|fatalities|deaths)`,
      `[at least] {n} [${WHO}|of them] [were|have been|had been|are] [confirmed|presumed] (dead|died|killed|perished)`,
      `[at least] {n} [${WHO}] lost their lives`,
      `(killing|killed) [at least|a total of|all] {n} [${WHO}] [${ABOARD}]`,
      `(killing|killed) {n} (of|out of) [the] {#} [${WHO}] [${ABOARD}]`,
      `claim(ed|ing) [at least] {n} lives`,
      `death toll [has] (of|at|to|rose to|stands at|stood at|climbed to|reached) [at least] {n}`,
      `{n} confirmed (deaths|dead|fatalities)`,
      `deaths of [at least] {n} [${WHO}] [(of|out of) [the] {#} [${WHO}] [${ABOARD}]]`,
    ],
  },
  {
    measure: 'injured',
    name: 'Injured',
    aliases: [],
    phrases: [`[at least] {n} [${WHO}|others] [were|have been] (injured|wounded|hurt)`, `(injuring|wounding) [at least] {n} [${WHO}]`],
  },
  {
    measure: 'missing',
    name: 'Missing',
    aliases: [],
    phrases: [`[at least] {n} [${WHO}|others] [are|were|remain] [still] missing`, `{n} [${WHO}] [are|were] unaccounted for`],
  },
  {
    measure: 'survivors',
    name: 'Survivors',
    aliases: ['survivors', 'survivor', 'sole survivors', 'sole survivor'],
    phrases: [
      `[only|the] {n} [sole] survivors`,
      `[only] {n} [${WHO}|crew members|crew|flight attendants|others] (survived|who survived|have survived|were rescued [alive]|rescued alive)`,
      `{n} of the {#} [${WHO}] [${ABOARD}] survived`,
    ],
  },
  {
    measure: 'on_board',
    name: 'On board',
    aliases: [],
    phrases: [`{n} (${WHO}|occupants|crew members) ${ABOARD}`, `{n} ${ABOARD}`, `{n} passengers`, `carrying {n} [${WHO}]`],
  },
];
