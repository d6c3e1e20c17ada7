// Plain-text tables laid out the way the `rich` library lays out capa's tables:
// - boxed tables (default report): heavy-head box when there is a header row, square box without,
//   one space of padding each side, columns as wide as their widest line, then widened to a
//   minimum table width by rich's `ratio_distribute` (extra space shared in proportion to the
//   current widths, rounding up, left to right);
// - grids (-v/-vv key/value blocks): no borders, two spaces between columns, every cell padded
//   to its column width.
// With a console width (`maxWidth`), tables that do not fit are narrowed like rich does (widest
// columns first) and cells word-wrap; without one, output is laid out as if the terminal were
// wide enough.

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

/** Python's round(): halves go to the even neighbour. */
function pyRound(x: number): number {
  const f = Math.floor(x);
  const d = x - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

/** rich's `ratio_reduce`: take `total` away from `values` in proportion to `ratios`, capped by `maximums`. */
export function ratioReduce(total: number, ratios: number[], maximums: number[], values: number[]): number[] {
  const rs = ratios.map((r, i) => (maximums[i] ? r : 0));
  let totalRatio = rs.reduce((a, b) => a + b, 0);
  if (!totalRatio) return [...values];
  let remaining = total;
  return values.map((v, i) => {
    const r = rs[i]!;
    if (r && totalRatio > 0) {
      const d = Math.min(maximums[i]!, pyRound((r * remaining) / totalRatio));
      remaining -= d;
      totalRatio -= r;
      return v - d;
    }
    return v;
  });
}

/** rich `Table._collapse_widths`: shrink the widest columns (all wrappable) until the table fits. */
function collapseWidths(widths: number[], maxWidth: number): number[] {
  let total = widths.reduce((a, b) => a + b, 0);
  let excess = total - maxWidth;
  while (total && excess > 0) {
    const maxCol = Math.max(...widths);
    const second = Math.max(0, ...widths.map((w) => (w !== maxCol ? w : 0)));
    const diff = maxCol - second;
    const ratios = widths.map((w) => (w === maxCol ? 1 : 0));
    if (!ratios.some((r) => r) || !diff) break;
    widths = ratioReduce(excess, ratios, widths.map(() => Math.min(excess, diff)), widths);
    total = widths.reduce((a, b) => a + b, 0);
    excess = total - maxWidth;
  }
  return widths;
}

/**
 * Column widths (padding included) the way rich computes them: natural widths, narrowed to
 * `maxWidth` when given, then widened to `minWidth`.
 */
function columnWidths(natural: number[], pads: number[], maxWidth: number | undefined, minWidth: number | undefined): number[] {
  let widths = [...natural];
  let total = widths.reduce((a, b) => a + b, 0);
  const limit = maxWidth ?? Infinity;
  if (total > limit) {
    widths = collapseWidths(widths, limit);
    total = widths.reduce((a, b) => a + b, 0);
    if (total > limit) {
      widths = ratioReduce(total - limit, widths.map(() => 1), widths, widths);
    }
    // re-measured at the new widths: a column never grows past its natural width
    widths = widths.map((w, i) => Math.max(pads[i]!, Math.min(w, natural[i]!)));
    total = widths.reduce((a, b) => a + b, 0);
  }
  if (minWidth !== undefined && total < minWidth) {
    const target = Math.min(minWidth, limit);
    if (target > total) {
      const add = ratioDistribute(target - total, widths);
      widths = widths.map((w, i) => w + add[i]!);
    }
  }
  return widths;
}

const WORD_RE = /\s*\S+\s*/g;

/** Split a word into pieces of at most `width` cells (rich `chop_cells`). */
function chopCells(word: string, width: number): string[] {
  const out: string[] = [];
  let cur = '';
  let curLen = 0;
  for (const ch of word) {
    const w = cellLen(ch);
    if (curLen + w > width && cur) {
      out.push(cur);
      cur = '';
      curLen = 0;
    }
    cur += ch;
    curLen += w;
  }
  if (cur || out.length === 0) out.push(cur);
  return out;
}

/**
 * rich's word wrap of one line (`divide_line` with folding): words move to the next line when they
 * do not fit; words longer than the width are cut. Trailing spaces stay on the broken line.
 */
export function wrapLine(text: string, width: number): string[] {
  if (width <= 0 || cellLen(text) <= width) return [text];
  const breaks: number[] = [];
  let offset = 0;
  for (const m of text.matchAll(WORD_RE)) {
    let start = m.index!;
    const word = m[0];
    const wordLen = cellLen(word.trimEnd());
    if (width - offset >= wordLen) {
      offset += cellLen(word);
    } else if (wordLen > width) {
      const pieces = chopCells(word, width);
      pieces.forEach((piece, i) => {
        if (start) breaks.push(start);
        if (i === pieces.length - 1) offset = cellLen(piece);
        else start += piece.length;
      });
    } else if (offset && start) {
      breaks.push(start);
      offset = cellLen(word);
    }
  }
  const lines: string[] = [];
  let prev = 0;
  for (const b of breaks) {
    if (b > prev) lines.push(text.slice(prev, b));
    prev = b;
  }
  lines.push(text.slice(prev));
  // rich drops only the whitespace that would overflow the width
  return lines.map((l) => {
    while (cellLen(l) > width && /\s$/.test(l)) l = l.slice(0, -1);
    return l;
  });
}

/** Wrap every line of a (possibly multi-line) cell to `width`. */
function wrapCell(cell: string, width: number | undefined): string[] {
  const lines = cell.split('\n');
  if (width === undefined) return lines;
  return lines.flatMap((l) => wrapLine(l, width));
}

export interface BoxTable {
  /** header row; omitted = no header (square box) */
  headers?: string[];
  rows: string[][];
  minWidth?: number;
  /** console width; undefined = unlimited */
  maxWidth?: number;
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
  const natural: number[] = new Array(ncols).fill(0);
  const all = t.headers ? [t.headers, ...t.rows] : t.rows;
  for (const r of all) for (let c = 0; c < ncols; c++) natural[c] = Math.max(natural[c]!, maxLineLen(r[c] ?? ''));
  // column widths include one space of padding on each side
  for (let c = 0; c < ncols; c++) natural[c] = Math.max(natural[c]! + 2, 1);
  const extra = ncols + 1;
  const widths = columnWidths(
    natural,
    natural.map(() => 2),
    t.maxWidth === undefined ? undefined : t.maxWidth - extra,
    t.minWidth === undefined ? undefined : t.minWidth - extra,
  );
  const wrapAt = t.maxWidth === undefined ? undefined : widths;

  const box = t.headers ? HEAVY_HEAD : SQUARE;
  const rule = (p: string[]): string => p[0] + widths.map((w) => p[1]!.repeat(w)).join(p[2]) + p[3];
  const rowLines = (cells: string[], v: string[], style: 'bold' | undefined): string[] => {
    const split = cells.map((c, i) => wrapCell(c ?? '', wrapAt ? Math.max(1, wrapAt[i]! - 2) : undefined));
    const height = Math.max(1, ...split.map((x) => x.length));
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
export function renderGrid(
  rows: string[][],
  color: boolean,
  styles: (Style | undefined)[] = [],
  maxWidth?: number,
): string[] {
  if (rows.length === 0) return [];
  const ncols = Math.max(...rows.map((r) => r.length));
  const natural: number[] = new Array(ncols).fill(0);
  for (const r of rows) for (let c = 0; c < ncols; c++) natural[c] = Math.max(natural[c]!, maxLineLen(r[c] ?? ''));
  // every column but the last carries two spaces of right padding
  const pads = natural.map((_, c) => (c < ncols - 1 ? 2 : 0));
  const widths = columnWidths(natural.map((n, c) => n + pads[c]!), pads, maxWidth, undefined).map((w, c) => w - pads[c]!);
  const out: string[] = [];
  for (const r of rows) {
    const split = r.map((cell, c) => wrapCell(cell, maxWidth === undefined ? undefined : Math.max(1, widths[c]!)));
    const height = Math.max(1, ...split.map((x) => x.length));
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
