/**
 * The layout of a letter, as a French business letter for a DL window envelope:
 *
 * - page 1: letterhead top left (logo, company name, sender lines); the address block in the
 *   envelope window (return address small on its first line, then the recipient), moved by the
 *   user's printer correction; fold marks in the left margin; then the place and date (right),
 *   the references, the registered-letter mention and its number, "Objet : …" in bold;
 * - the body: paragraphs and tables, page-broken (see paginate.ts), then the signature lines on
 *   the right half, never alone at the top of a page: the closing formula and the last lines of
 *   the paragraph before it go with them;
 * - in a paragraph, a list item ("– principal : …", "1. De votre côté : …") wraps under its own
 *   text (hanging indent), and a line of underscores alone (a line to sign on) gets the room of a
 *   handwritten signature above it;
 * - every page: the footer (legal identity, small, grey, centred) and "Page n / N"; pages after
 *   the first carry a small running header (company name, subject).
 *
 * Pure: measures with the fonts' metrics and returns drawing operations; nothing is drawn here.
 */
import type { LetterSpec } from '../../letter-spec';
import type { Op } from './draw';
import {
  A4,
  baselineOffset,
  ENVELOPE_WINDOW,
  FOLD_MARK_X,
  FOLD_MARKS,
  GREY,
  lineHeight,
  MARGIN,
  ptToMm,
  TEXT_LEFT,
  TEXT_RIGHT,
  TEXT_WIDTH,
  TYPE,
  WINDOW_PADDING,
  windowRect,
  type Offset,
  type Rect,
} from './geometry';
import { paginate, type Frame, type Unit } from './paginate';
import { hardLines } from './text';
import { tableUnits } from './table';
import type { TextStyle, Typesetter } from './typeset';

/** The logo's box on the letterhead: at most 40 x 20 mm, its proportions kept. */
export const LOGO_BOX = { width: 40, height: 20 } as const;

export interface ImageSize {
  width: number;
  height: number;
}

export interface LaidOutLetter {
  /** Every operation of every page, footer and page label included. */
  pages: Op[][];
}

const SUBJECT_PREFIX = { fr: 'Objet\u00a0: ', en: 'Subject: ' } as const;
const TRACKING_PREFIX = { fr: 'N°\u00a0', en: 'No. ' } as const;

const GAP = {
  afterDate: 3,
  beforeRegistered: 4,
  beforeSubject: 7,
  beforeBody: 6,
  paragraph: 3.2,
  table: 4,
  beforeSignature: 6,
  signatureSpace: 14,
  /** Above a line to sign on: the height of a handwritten signature. */
  signingLine: 14,
} as const;

/** A list item's marker: a dash or a bullet, or "1." / "1)", then a space. */
const LIST_ITEM = /^(?:[–—•-]|\d{1,2}[.)])[ \u00a0]+/;
/** A line to sign or write on: nothing but underscores (at least five). */
const SIGNING_LINE = /^_{5,}$/;
/** A paragraph of at most this many lines before the signature is the closing formula. */
const CLOSING_MAX_LINES = 2;

/** The right half of the page, where the signature lines start. */
const SIGNATURE_LEFT = A4.width / 2 + 10;

const styles = {
  body: { size: TYPE.body } satisfies TextStyle,
  bodyBold: { size: TYPE.body, bold: true } satisfies TextStyle,
  small: { size: TYPE.small, grey: GREY.secondary } satisfies TextStyle,
  company: { size: TYPE.companyName, bold: true } satisfies TextStyle,
  returnAddress: { size: TYPE.returnAddress, grey: GREY.secondary } satisfies TextStyle,
  footer: { size: TYPE.footer, grey: GREY.footer } satisfies TextStyle,
  pageLabel: { size: TYPE.pageLabel, grey: GREY.footer } satisfies TextStyle,
  runningHeader: { size: TYPE.runningHeader, grey: GREY.footer } satisfies TextStyle,
};

/** Lines of one style stacked from `top`; returns the operations and the bottom. */
function stack(lines: string[], x: number, top: number, style: TextStyle, ts: Typesetter, leading: number = TYPE.leading) {
  const step = lineHeight(style.size, leading);
  const ops: Op[] = lines.map((line, index) =>
    ts.text(line, x, top + index * step + baselineOffset(style.size, leading), style),
  );
  return { ops, bottom: top + lines.length * step };
}

// ---------------------------------------------------------------------------------------------
// Page 1: letterhead, address block, fold marks

export function letterheadOps(spec: LetterSpec, ts: Typesetter, logo: ImageSize | undefined, right: number) {
  const width = right - TEXT_LEFT;
  const ops: Op[] = [];
  let y = MARGIN.top;
  if (logo && logo.width > 0 && logo.height > 0) {
    const scale = Math.min(LOGO_BOX.width / logo.width, LOGO_BOX.height / logo.height);
    const size = { width: logo.width * scale, height: logo.height * scale };
    ops.push({ kind: 'image', name: 'logo', x: TEXT_LEFT, y, ...size });
    y += size.height + 3;
  }
  if (spec.sender.name.trim() !== '') {
    const name = stack(ts.wrap(spec.sender.name, width, styles.company), TEXT_LEFT, y, styles.company, ts, 1.2);
    ops.push(...name.ops);
    y = name.bottom + 0.8;
  }
  const lines = spec.sender.lines.flatMap((line) => ts.wrap(line, width, styles.small));
  const sender = stack(lines, TEXT_LEFT, y, styles.small, ts, 1.3);
  ops.push(...sender.ops);
  return { ops, bottom: sender.bottom };
}

/**
 * The address block in the window: the return address (7 pt) on the first line, then the
 * recipient lines (10 pt, smaller only if a line would not fit the window's width).
 */
export function addressOps(spec: Pick<LetterSpec, 'returnAddress' | 'recipient'>, ts: Typesetter, offset: Offset) {
  const window = windowRect(offset);
  const left = window.left + WINDOW_PADDING.left;
  const width = window.width - WINDOW_PADDING.left - WINDOW_PADDING.right;
  const ops: Op[] = [];
  let y = window.top + WINDOW_PADDING.top;

  if (spec.returnAddress.trim() !== '') {
    let style: TextStyle = styles.returnAddress;
    const clean = ts.fit(spec.returnAddress, Number.POSITIVE_INFINITY, style);
    for (const size of [TYPE.returnAddress, 6.5, 6]) {
      style = { ...styles.returnAddress, size };
      if (ts.width(clean, style) <= width) break;
    }
    const text = ts.fit(spec.returnAddress, width, style);
    ops.push(ts.text(text, left, y + baselineOffset(style.size, 1.2), style));
    y += lineHeight(style.size, 1.2) + 1.6;
    ops.push({ kind: 'line', x1: left, y1: y - 1.1, x2: left + Math.min(width, ts.width(text, style)), y2: y - 1.1, width: 0.3, grey: GREY.rule });
  }

  const lines = spec.recipient.map((line) => ts.fit(line, Number.POSITIVE_INFINITY, styles.body));
  let size: number = TYPE.recipient;
  const widest = (s: number) => Math.max(...lines.map((line) => ts.width(line, { size: s })));
  while (size > TYPE.recipientMin && widest(size) > width) size -= 0.5;
  const style: TextStyle = { size };
  const fitted = lines.map((line) => ts.fit(line, width, style));
  ops.push(...stack(fitted, left, y, style, ts, 1.2).ops);
  return { ops, window };
}

export function foldMarkOps(): Op[] {
  return FOLD_MARKS.map((y) => ({
    kind: 'line' as const,
    x1: FOLD_MARK_X.from,
    y1: y,
    x2: FOLD_MARK_X.to,
    y2: y,
    width: 0.5,
    grey: GREY.footer,
  }));
}

// ---------------------------------------------------------------------------------------------
// Body units

function textUnits(lines: string[], style: TextStyle, ts: Typesetter, x: number = TEXT_LEFT): Unit[] {
  const height = lineHeight(style.size);
  const base = baselineOffset(style.size);
  return lines.map((line) =>
    line === ''
      ? { height, ops: [], blank: true }
      : { height, ops: [ts.text(line, x, base, style)] },
  );
}

/**
 * A paragraph's lines with the usual typesetting rules: its first two lines stay together
 * (no orphan at the bottom of a page), and so do its last two (no widow at the top). A list item
 * wraps under its text, not under its marker; a line to sign on keeps the line above it (what to
 * sign) and has room for the signature.
 */
function paragraphUnits(text: string, bold: boolean | undefined, ts: Typesetter, spaceBefore: number): Unit[] {
  const style = bold ? styles.bodyBold : styles.body;
  const units: Unit[] = [];
  for (const line of hardLines(text)) {
    if (SIGNING_LINE.test(line.trim())) {
      const signing = textUnits([ts.fit(line.trim(), TEXT_WIDTH, style)], style, ts);
      const previous = units[units.length - 1];
      if (previous) {
        previous.keepWithNext = true;
        for (const unit of signing) unit.spaceBefore = GAP.signingLine;
      }
      units.push(...signing);
      continue;
    }
    const marker = LIST_ITEM.exec(line)?.[0];
    const indent = marker ? ts.width(ts.clean(marker), style) : 0;
    if (indent > 0 && indent < TEXT_WIDTH / 4) {
      const [first = '', ...rest] = ts.wrap(line, TEXT_WIDTH - indent, style);
      const item = [...textUnits([first], style, ts), ...textUnits(rest, style, ts, TEXT_LEFT + indent)];
      // An item is not split between two pages (a sum and what it is for stay together).
      for (const unit of item.slice(0, -1)) unit.keepWithNext = true;
      units.push(...item);
    } else {
      units.push(...textUnits(ts.wrap(line, TEXT_WIDTH, style), style, ts));
    }
  }
  if (units.length >= 2) {
    (units[0] as Unit).keepWithNext = true;
    (units[units.length - 2] as Unit).keepWithNext = true;
  }
  if (units[0]) units[0].spaceBefore = spaceBefore;
  return units;
}

function headingUnits(spec: LetterSpec, ts: Typesetter): Unit[] {
  const units: Unit[] = [];
  const dateStyle = styles.body;
  const date = ts.fit(spec.placeAndDate, TEXT_WIDTH, dateStyle);
  if (date !== '') {
    units.push({
      height: lineHeight(dateStyle.size),
      ops: [ts.text(date, TEXT_RIGHT, baselineOffset(dateStyle.size), dateStyle, 'right')],
    });
  }
  const references = spec.references.flatMap((line) => ts.wrap(line, TEXT_WIDTH, styles.small));
  const referenceUnits = textUnits(references, styles.small, ts);
  if (referenceUnits[0]) referenceUnits[0].spaceBefore = GAP.afterDate;
  units.push(...referenceUnits);

  if (spec.registered) {
    const lines = ts.wrap(spec.registered.label, TEXT_WIDTH, styles.bodyBold);
    const registered = textUnits(lines, styles.bodyBold, ts);
    const tracking = spec.registered.trackingNumber?.trim();
    if (tracking) {
      registered.push(...textUnits([ts.fit(`${TRACKING_PREFIX[spec.language]}${tracking}`, TEXT_WIDTH, styles.body)], styles.body, ts));
    }
    if (registered[0]) registered[0].spaceBefore = GAP.beforeRegistered;
    units.push(...registered);
  }

  const subject = textUnits(ts.wrap(`${SUBJECT_PREFIX[spec.language]}${spec.subject}`, TEXT_WIDTH, styles.bodyBold), styles.bodyBold, ts);
  if (subject[0]) subject[0].spaceBefore = GAP.beforeSubject;
  // The subject stays with the beginning of the letter.
  for (const unit of subject) unit.keepWithNext = true;
  units.push(...subject);
  return units;
}

function signatureUnit(spec: LetterSpec, ts: Typesetter): Unit | undefined {
  if (spec.signature.length === 0) return undefined;
  const width = TEXT_RIGHT - SIGNATURE_LEFT;
  const lines = spec.signature.flatMap((line) => ts.wrap(line, width, styles.body));
  const block = stack(lines, SIGNATURE_LEFT, GAP.signatureSpace, styles.body, ts);
  return { height: block.bottom, spaceBefore: GAP.beforeSignature, ops: block.ops };
}

export function bodyUnits(spec: LetterSpec, ts: Typesetter): Unit[] {
  const units = headingUnits(spec, ts);
  /** Where each block's units start in `units`. */
  const starts: number[] = [];
  spec.blocks.forEach((block, index) => {
    const first = index === 0;
    starts.push(units.length);
    if (block.type === 'paragraph') {
      units.push(...paragraphUnits(block.text, block.bold, ts, first ? GAP.beforeBody : GAP.paragraph));
    } else {
      units.push(...tableUnits(block.table, ts, { left: TEXT_LEFT, width: TEXT_WIDTH, spaceBefore: first ? GAP.beforeBody : GAP.table }));
      // Space under a table before the next paragraph.
      const next = spec.blocks[index + 1];
      if (next) units.push({ height: GAP.table - GAP.paragraph, ops: [], blank: true });
    }
  });
  const signature = signatureUnit(spec, ts);
  if (signature) {
    // The signature goes with the end of the letter (with the last two lines of a paragraph).
    const last = units[units.length - 1];
    if (last) last.keepWithNext = true;
    // A short closing formula ("Bien cordialement,") is not the end of the letter alone: the last
    // lines of the paragraph before it come along, so a page never holds only the closing.
    const count = spec.blocks.length;
    const closing = spec.blocks[count - 1];
    if (count >= 2 && closing?.type === 'paragraph' && spec.blocks[count - 2]?.type === 'paragraph') {
      const closingStart = starts[count - 1] as number;
      if (units.length - closingStart <= CLOSING_MAX_LINES) {
        const before = units[closingStart - 1];
        if (before) before.keepWithNext = true;
      }
    }
    units.push(signature);
  }
  return units;
}

// ---------------------------------------------------------------------------------------------
// Every page: footer, page label, running header

interface PageFurniture {
  footer: Op[];
  /** Baseline of the page label, mm from the top. */
  labelBaseline: number;
  /** Lowest point the body may reach. */
  bodyBottom: number;
}

function furniture(spec: LetterSpec, ts: Typesetter): PageFurniture {
  const lines = spec.footer.flatMap((line) => ts.wrap(line, TEXT_WIDTH, styles.footer)).slice(0, 6);
  const step = lineHeight(TYPE.footer, 1.25);
  const lastBaseline = A4.height - MARGIN.bottom;
  const firstBaseline = lastBaseline - (lines.length - 1) * step;
  const footer: Op[] = lines.map((line, index) =>
    ts.text(line, A4.width / 2, firstBaseline + index * step, styles.footer, 'center'),
  );
  const top = lines.length > 0 ? firstBaseline - ptToMm(TYPE.footer) : lastBaseline;
  const rule = top - 2;
  if (lines.length > 0) footer.push({ kind: 'line', x1: TEXT_LEFT, y1: rule, x2: TEXT_RIGHT, y2: rule, width: 0.4, grey: GREY.lightRule });
  const labelBaseline = rule - 2;
  return { footer, labelBaseline, bodyBottom: labelBaseline - ptToMm(TYPE.pageLabel) - 3 };
}

const RUNNING_HEADER_BASELINE = 14;
const NEXT_PAGE_TOP = 22;

function runningHeaderOps(spec: LetterSpec, ts: Typesetter): Op[] {
  const title = [spec.sender.name, spec.subject].map((part) => part.trim()).filter(Boolean).join(' — ');
  if (title === '') return [];
  return [
    ts.text(ts.fit(title, TEXT_WIDTH, styles.runningHeader), TEXT_LEFT, RUNNING_HEADER_BASELINE, styles.runningHeader),
    { kind: 'line', x1: TEXT_LEFT, y1: RUNNING_HEADER_BASELINE + 2, x2: TEXT_RIGHT, y2: RUNNING_HEADER_BASELINE + 2, width: 0.4, grey: GREY.lightRule },
  ];
}

/** "Page {page} / {pages}" filled in. */
export function pageLabel(template: string, page: number, pages: number): string {
  return template.replaceAll('{page}', String(page)).replaceAll('{pages}', String(pages));
}

// ---------------------------------------------------------------------------------------------

export interface LayoutResult extends LaidOutLetter {
  /** The envelope window on page 1 with the printer correction applied (for checks). */
  window: Rect;
}

export function layoutLetter(spec: LetterSpec, ts: Typesetter, logo?: ImageSize): LayoutResult {
  const offset = spec.envelopeOffsetMm;
  const window = windowRect(offset);
  // The letterhead keeps clear of the window, wherever the correction moved it.
  const letterheadRight = Math.min(ENVELOPE_WINDOW.left - 5, window.left - 5);
  const letterhead = letterheadOps(spec, ts, logo, letterheadRight);
  const address = addressOps(spec, ts, offset);

  const page = furniture(spec, ts);
  const first: Frame = {
    top: Math.max(letterhead.bottom + 6, window.top + window.height + 7, ENVELOPE_WINDOW.top + ENVELOPE_WINDOW.height + 7),
    bottom: page.bodyBottom,
  };
  const next: Frame = { top: NEXT_PAGE_TOP, bottom: page.bodyBottom };
  const body = paginate(bodyUnits(spec, ts), first, next);

  const count = body.pages.length;
  const running = runningHeaderOps(spec, ts);
  const pages = body.pages.map((ops, index) => {
    const label = ts.fit(pageLabel(spec.pageLabel, index + 1, count), TEXT_WIDTH, styles.pageLabel);
    const fixed: Op[] = [...page.footer];
    if (label !== '') fixed.push(ts.text(label, TEXT_RIGHT, page.labelBaseline, styles.pageLabel, 'right'));
    if (index === 0) return [...letterhead.ops, ...address.ops, ...foldMarkOps(), ...ops, ...fixed];
    return [...running, ...ops, ...fixed];
  });
  return { pages, window };
}
