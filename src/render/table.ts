// Plain-text tables laid out the way the `rich` library lays out capa's tables:
// - boxed tables (default report): heavy-head box when there is a header row, square box without,
//   one space of padding each side, columns as wide as their widest line, then widened to a
//   minimum table width by rich's `ratio_distribute` (extra space shared in proportion to the
//   current widths, rounding up, left to right);
// - grids (-v/-vv key/value blocks): no borders, two spaces between columns, every cell padded
//   to its column width.
// No wrapping: output is laid out as if the terminal were wide enough.

export type Style = 'bold' | 'cyan' | 'green' | 'dim' | 'yellow';

const SGR: Record<Style, string> = { bold: '1', cyan: '36', green: '32', dim: '2', yellow: '33' };

/** Wraps `s` in an ANSI style when colour is on; multi-line text is styled line by line. */
export function paint(s: string, style: Style | undefined, color: boolean): string {
  if (!color || !style || s === '') return s;
  const open = `\x1b[${SGR[style]}m`;
  return s
    .split('\n')
    .map((l) => (l === '' ? l : open + l + '\x1b[0m'))
    .join('\n');
}

const ANSI_RE = /\x1b\[[0-9;]*m/g;
const ASCII_PRINTABLE = /^[\x20-\x7e]*$/;

function charWidth(cp: number): number {
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if (cp < 0x300) return 1;
  // combining marks and zero-width characters
  if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0xfe00 && cp <= 0xfe0f)) return 0;
  // East Asian wide / fullwidth and emoji blocks
  if (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
}

/** Terminal cell width of one line of text (ANSI styles ignored). */
export function cellLen(s: string): number {
  if (s.includes('\x1b')) s = s.replace(ANSI_RE, '');
  if (ASCII_PRINTABLE.test(s)) return s.length;
  let w = 0;
  for (const ch of s) w += charWidth(ch.codePointAt(0)!);
  return w;
}

function padTo(s: string, width: number): string {
  const n = width - cellLen(s);
  return n > 0 ? s + ' '.repeat(n) : s;
}

function maxLineLen(cell: string): number {
  let m = 0;
  for (const l of cell.split('\n')) m = Math.max(m, cellLen(l));
  return m;
}

/** rich's `ratio_distribute`: share `total` in proportion to `ratios`, rounding up. */
export function ratioDistribute(total: number, ratios: number[]): number[] {
  let totalRatio = ratios.reduce((a, b) => a + b, 0);
  let remaining = total;
  const out: number[] = [];
  for (const r of ratios) {
    const d = totalRatio > 0 ? Math.max(0, Math.ceil((r * remaining) / totalRatio)) : remaining;
    out.push(d);
    totalRatio -= r;
    remaining -= d;
  }
  return out;
}

export interface BoxTable {
  /** header row; omitted = no header (square box) */
  headers?: string[];
  rows: string[][];
  minWidth?: number;
}

const HEAVY_HEAD = {
  top: ['┏', '━', '┳', '┓'],
  head: ['┃', '┃', '┃'],
  headSep: ['┡', '━', '╇', '┩'],
  row: ['│', '│', '│'],
  bottom: ['└', '─', '┴', '┘'],
};
const SQUARE = {
  top: ['┌', '─', '┬', '┐'],
  head: ['│', '│', '│'],
  headSep: ['├', '─', '┼', '┤'],
  row: ['│', '│', '│'],
  bottom: ['└', '─', '┴', '┘'],
};

/** A boxed table as lines (no trailing newline). Header cells are bold when colour is on. */
export function renderBoxTable(t: BoxTable, color: boolean): string[] {
  const ncols = t.headers ? t.headers.length : t.rows[0]?.length ?? 0;
  const widths: number[] = new Array(ncols).fill(0);
  const all = t.headers ? [t.headers, ...t.rows] : t.rows;
  for (const r of all) for (let c = 0; c < ncols; c++) widths[c] = Math.max(widths[c]!, maxLineLen(r[c] ?? ''));
  // column widths include one space of padding on each side
  for (let c = 0; c < ncols; c++) widths[c] = Math.max(widths[c]! + 2, 1);
  const extra = ncols + 1;
  const tableWidth = widths.reduce((a, b) => a + b, 0);
  if (t.minWidth !== undefined && tableWidth < t.minWidth - extra) {
    const pads = ratioDistribute(t.minWidth - extra - tableWidth, widths);
    for (let c = 0; c < ncols; c++) widths[c] = widths[c]! + pads[c]!;
  }

  const box = t.headers ? HEAVY_HEAD : SQUARE;
  const rule = (p: string[]): string => p[0] + widths.map((w) => p[1]!.repeat(w)).join(p[2]) + p[3];
  const rowLines = (cells: string[], v: string[], style: 'bold' | undefined): string[] => {
    const split = cells.map((c) => (c ?? '').split('\n'));
    const height = Math.max(1, ...split.map((s) => s.length));
    const lines: string[] = [];
    for (let i = 0; i < height; i++) {
      let line = v[0]!;
      for (let c = 0; c < ncols; c++) {
        const text = split[c]![i] ?? '';
        line += ' ' + paint(text, style, color) + ' '.repeat(Math.max(0, widths[c]! - 2 - cellLen(text))) + ' ';
        line += c === ncols - 1 ? v[2]! : v[1]!;
      }
      lines.push(line);
    }
    return lines;
  };

  const out: string[] = [rule(box.top)];
  if (t.headers) {
    out.push(...rowLines(t.headers, box.head, 'bold'));
    out.push(rule(box.headSep));
  }
  for (const r of t.rows) out.push(...rowLines(r, box.row, undefined));
  out.push(rule(box.bottom));
  return out;
}

/**
 * A borderless grid (rich `Table.grid(padding=(0, 2))`): two spaces after every column but the
 * last; each cell padded to its column width. `styles[c]` styles column c.
 */
export function renderGrid(rows: string[][], color: boolean, styles: (Style | undefined)[] = []): string[] {
  if (rows.length === 0) return [];
  const ncols = Math.max(...rows.map((r) => r.length));
  const widths: number[] = new Array(ncols).fill(0);
  for (const r of rows) for (let c = 0; c < ncols; c++) widths[c] = Math.max(widths[c]!, maxLineLen(r[c] ?? ''));
  const out: string[] = [];
  for (const r of rows) {
    const split = r.map((c) => c.split('\n'));
    const height = Math.max(1, ...split.map((s) => s.length));
    for (let i = 0; i < height; i++) {
      let line = '';
      for (let c = 0; c < ncols; c++) {
        const text = split[c]?.[i] ?? '';
        line += paint(text, styles[c], color) + ' '.repeat(Math.max(0, widths[c]! - cellLen(text)));
        if (c < ncols - 1) line += '  ';
      }
      out.push(line);
    }
  }
  return out;
}

export { padTo };
