// The one error type of the rules stage. Messages follow capa's wording where capa has one, so
// users can search capa's docs/issues for them; the location is kept apart so lint can print
// `file:line:col: message` and callers can still show the bare message.

export class RuleError extends Error {
  file?: string;
  /** 1-based */
  line?: number;
  /** 1-based */
  col?: number;
  /** name of the rule the error belongs to, when known */
  rule?: string;

  constructor(message: string, at: { file?: string; line?: number; col?: number; rule?: string } = {}) {
    super(message);
    this.name = 'RuleError';
    if (at.file !== undefined) this.file = at.file;
    if (at.line !== undefined) this.line = at.line;
    if (at.col !== undefined) this.col = at.col;
    if (at.rule !== undefined) this.rule = at.rule;
  }

  override toString(): string {
    let where = '';
    if (this.file !== undefined) where += this.file;
    if (this.line !== undefined) {
      where += (where ? ':' : '') + this.line;
      if (this.col !== undefined) where += ':' + this.col;
    }
    return where ? `${where}: ${this.message}` : this.message;
  }
}
