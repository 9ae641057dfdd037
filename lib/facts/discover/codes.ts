/**
 * Flight numbers and vehicle models, found by their shape rather than by a list: a flight is "Flight" or
 * "flight" before an airline designator and number ("Flight 7X 118", "flight QZ-4410"), a model is a capitalised
 * maker's name before a model number ("Airbus A321-200", "Embraer 190").
 */
import type { Token } from './tokens';

export interface FlightCode {
  /** Offsets of the code as written, "Flight" included when it is there. */
  start: number;
  end: number;
  /** The two-character airline designator ("7X"), or null for "Flight 118" alone. */
  designator: string | null;
  number: string;
  /** Index of the token "Flight"/"flight" before the code, or -1. */
  flightWord: number;
  /** Index of the code's first token (the designator, or the number when there is none). */
  first: number;
  /** Index of the code's last token. */
  last: number;
}

/** An IATA designator: two characters, at least one a letter ("BA", "7X", "U2"). */
const DESIGNATOR = /^(?=[A-Z0-9]{2}$)(?:[A-Z]{2}|[A-Z]\d|\d[A-Z])$/;
/** A designator and number in one token: "7X118", "QZ-4410". */
const JOINED = /^((?:[A-Z]{2}|[A-Z]\d|\d[A-Z]))-?(\d{1,4})$/;
const NUMBER = /^\d{1,4}$/;
/** A model number: "737-800", "A321", "787-9", "190", "E190", "737-8AS". */
export const MODEL = /^[A-Z]{0,2}\d{2,4}(?:-[0-9A-Z]{1,4})?$/;

const isFlightWord = (t: Token | undefined): boolean => t?.text.toLowerCase() === 'flight';

/** The code whose first token is at `i`, if any: "7X118", "7X 118", or (after "Flight") a bare number "118". */
function codeAt(tokens: readonly Token[], i: number, afterFlightWord: boolean): Omit<FlightCode, 'start' | 'flightWord' | 'first'> | null {
  const t = tokens[i];
  if (!t) return null;
  const joined = JOINED.exec(t.text);
  if (joined && /[A-Z]/.test(joined[1]!)) return { designator: joined[1]!, number: joined[2]!, end: t.end, last: i };
  const next = tokens[i + 1];
  if (DESIGNATOR.test(t.text) && next && next.gap === ' ' && NUMBER.test(next.text)) {
    return { designator: t.text, number: next.text, end: next.end, last: i + 1 };
  }
  if (afterFlightWord && NUMBER.test(t.text)) return { designator: null, number: t.text, end: t.end, last: i };
  return null;
}

/** Every flight code in the text. A code without the word "flight" needs its designator to be read as one. */
export function findFlightCodes(tokens: readonly Token[]): FlightCode[] {
  const out: FlightCode[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const afterFlightWord = isFlightWord(tokens[i - 1]) && tokens[i]!.gap === ' ';
    const code = codeAt(tokens, i, afterFlightWord);
    if (!code) continue;
    // Alone, only a designator joined to a number of three or four digits reads as a flight ("7X118"): "F1",
    // "G7" or "A4 paper" do not.
    if (!afterFlightWord && (code.designator === null || code.number.length < 3 || code.last !== i)) continue;
    const flightWord = afterFlightWord ? i - 1 : -1;
    out.push({ ...code, start: tokens[afterFlightWord ? i - 1 : i]!.start, flightWord, first: i });
    i = code.last;
  }
  return out;
}

/** The forms a flight code is written in: "7X118", "7X 118", "7X-118", "Flight 118" (3+ digits: "Flight 17" is any flight). */
export function codeVariants(designator: string | null, number: string): string[] {
  const out = designator ? [`${designator}${number}`, `${designator} ${number}`, `${designator}-${number}`] : [];
  if (number.length >= 3) out.push(`Flight ${number}`);
  if (designator) out.push(`Flight ${designator}${number}`, `Flight ${designator} ${number}`);
  return out;
}
