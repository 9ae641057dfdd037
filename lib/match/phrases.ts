/**
 * The phrase mini-language of the catalog's `phrases` (and the forms aliases may take). A phrase names an entity
 * without (only) its name ("the Kremlin said in a statement", "38 people died"), in plain words matched after
 * normalizing case, accents, quotes and dashes. Its syntax, with examples: docs/catalog.md.
 */

/**
 * The most forms one phrase may expand to: a guard against a typo like `[a][b][c]…` blowing up the lexicon. The
 * largest phrase in the catalog (the airline's "… passenger plane" family) expands to 1,440; this is the next power
 * of two.
 */
export const MAX_FORMS_PER_PHRASE = 2048;

export interface ParsedPhrase {
  /** True for a `!` blocker. */
  negative: boolean;
  /** Every plain form the phrase stands for, with `{n}`/`{#}` kept as slots, spaces collapsed. */
  forms: string[];
}

export function parsePhrase(phrase: string): ParsedPhrase {
  let source = phrase.trim();
  const negative = source.startsWith('!');
  if (negative) source = source.slice(1).trim();
  const parser = new Parser(source);
  const raw = parser.sequence();
  if (parser.pos < source.length) throw new Error(`phrase "${phrase}": unexpected "${source[parser.pos]}" at ${parser.pos}`);
  const forms = [...new Set(raw.map((f) => f.replace(/\s+/g, ' ').trim()).filter((f) => f.length > 0))];
  return { negative, forms };
}

/** Recursive descent over `sequence := (text | '(' alternatives ')' | '[' alternatives ']')*`. */
class Parser {
  pos = 0;
  constructor(private readonly src: string) {}

  sequence(): string[] {
    let forms = [''];
    while (this.pos < this.src.length) {
      const c = this.src[this.pos];
      if (c === ')' || c === ']' || c === '|') break;
      let part: string[];
      if (c === '(') {
        this.pos++;
        part = this.alternatives();
        this.expect(')');
      } else if (c === '[') {
        this.pos++;
        part = [...this.alternatives(), ''];
        this.expect(']');
      } else {
        let text = '';
        while (this.pos < this.src.length && !'()[]|'.includes(this.src[this.pos] ?? '')) {
          // A backslash makes the next character literal: `Azerbaijan Airlines \(AZAL\) plane`.
          if (this.src[this.pos] === '\\') this.pos++;
          text += this.src[this.pos++] ?? '';
        }
        part = [text];
      }
      forms = cross(forms, part);
    }
    return forms;
  }

  alternatives(): string[] {
    const forms = [...this.sequence()];
    while (this.src[this.pos] === '|') {
      this.pos++;
      forms.push(...this.sequence());
    }
    return forms;
  }

  expect(c: string): void {
    if (this.src[this.pos] !== c) throw new Error(`phrase "${this.src}": expected "${c}" at ${this.pos}`);
    this.pos++;
  }
}

function cross(left: string[], right: string[]): string[] {
  if (left.length * right.length > MAX_FORMS_PER_PHRASE) {
    throw new Error(`phrase expands to more than ${MAX_FORMS_PER_PHRASE} forms`);
  }
  const out: string[] = [];
  for (const l of left) for (const r of right) out.push(l + r);
  return out;
}
