/**
 * The calibration page: printed, folded in three and slipped into a DL window envelope, it shows
 * whether the address lands in the window. The window is outlined where letters place it (with the
 * user's current correction), with its dimensions, millimetre ticks at two corners to measure what
 * is hidden, a sample address exactly where letters print it, the fold marks and the instructions.
 */
import { PDFDocument } from 'pdf-lib';
import type { Op } from './draw';
import { drawOps } from './draw';
import { embedLetterFonts, type LetterFonts } from './fonts';
import {
  A4,
  FOLD_MARKS,
  GREY,
  lineHeight,
  baselineOffset,
  TEXT_LEFT,
  TEXT_WIDTH,
  windowRect,
  type Offset,
} from './geometry';
import { addressOps, foldMarkOps } from './letter-layout';
import { setDocumentInfo } from './metadata';
import { A4_POINTS, type RenderedPdf } from './letter-pdf';
import { Typesetter, type TextStyle } from './typeset';

type Language = 'fr' | 'en';

const signed = (n: number, language: Language) => {
  const text = (Math.round(n * 10) / 10).toString().replace('.', language === 'fr' ? ',' : '.');
  return n > 0 ? `+${text}` : n < 0 ? `\u2212${text.slice(1)}` : text;
};

export const CALIBRATION_TEXT = {
  fr: {
    fileName: 'Page de calibration.pdf',
    title: 'Page de calibration',
    heading: 'Page de calibration — enveloppe DL à fenêtre',
    window: 'Fenêtre 100 × 45 mm, à 35 mm du bord haut et 100 mm du bord gauche',
    fold: 'pli',
    instructions: [
      'Imprimez cette page à 100\u00a0%, sans ajustement, pliez-la en trois et glissez-la dans une enveloppe DL à fenêtre\u00a0: le cadre doit apparaître entier dans la fenêtre. Sinon, corrigez le décalage dans Paramètres → Courriers.',
      'Les graduations aux coins du cadre sont espacées de 1\u00a0mm\u00a0: comptez les millimètres cachés par le bord de la fenêtre. Un décalage horizontal positif déplace l’adresse vers la droite, un décalage vertical positif la déplace vers le bas.',
    ],
    offset: (o: Offset) => `Décalage appliqué\u00a0: horizontal ${signed(o.x, 'fr')}\u00a0mm, vertical ${signed(o.y, 'fr')}\u00a0mm.`,
    sample: {
      returnAddress: 'Votre entreprise · 12 rue de la Paix · 69002 LYON',
      recipient: ['SARL EXEMPLE', 'Madame Claire DUPONT', '8 AVENUE DES TILLEULS', '33000 BORDEAUX'],
    },
  },
  en: {
    fileName: 'Calibration page.pdf',
    title: 'Calibration page',
    heading: 'Calibration page — DL window envelope',
    window: 'Window 100 × 45 mm, 35 mm from the top edge and 100 mm from the left edge',
    fold: 'fold',
    instructions: [
      'Print this page at 100 %, with no scaling, fold it in three and slip it into a DL window envelope: the frame must show whole in the window. If it does not, correct the offset in Settings → Letters.',
      'The ticks at the corners of the frame are 1 mm apart: count the millimetres hidden by the edge of the window. A positive horizontal offset moves the address to the right, a positive vertical offset moves it down.',
    ],
    offset: (o: Offset) => `Offset applied: horizontal ${signed(o.x, 'en')} mm, vertical ${signed(o.y, 'en')} mm.`,
    sample: {
      returnAddress: 'Your company · 12 rue de la Paix · 69002 LYON',
      recipient: ['SARL EXEMPLE', 'Madame Claire DUPONT', '8 AVENUE DES TILLEULS', '33000 BORDEAUX', 'FRANCE'],
    },
  },
} as const;

/**
 * A 10 mm ruler from a corner of the frame along one of its edges (`step` +1 or -1 mm on `axis`),
 * its ticks every millimetre pointing into the frame (`inward` +1 or -1 on the other axis).
 */
function ruler(x: number, y: number, axis: 'x' | 'y', step: 1 | -1, inward: 1 | -1): Op[] {
  const ops: Op[] = [];
  for (let mm = 0; mm <= 10; mm++) {
    const length = (mm % 5 === 0 ? 2 : 1.1) * inward;
    const along = mm * step;
    if (axis === 'x') {
      ops.push({ kind: 'line', x1: x + along, y1: y, x2: x + along, y2: y + length, width: 0.3, grey: 0 });
    } else {
      ops.push({ kind: 'line', x1: x, y1: y + along, x2: x + length, y2: y + along, width: 0.3, grey: 0 });
    }
  }
  return ops;
}

export function calibrationOps(offset: Offset, language: Language, ts: Typesetter): Op[] {
  const text = CALIBRATION_TEXT[language];
  const window = windowRect(offset);
  const right = window.left + window.width;
  const bottom = window.top + window.height;
  const small: TextStyle = { size: 7, grey: GREY.secondary };
  const ops: Op[] = [];

  const heading: TextStyle = { size: 13, bold: true };
  // The heading keeps clear of the frame when the correction moves the frame up.
  const headingWidth = window.top - 6 >= 18 ? TEXT_WIDTH : window.left - 5 - TEXT_LEFT;
  ts.wrap(text.heading, headingWidth, heading).forEach((line, index) => {
    ops.push(ts.text(line, TEXT_LEFT, 16 + index * lineHeight(heading.size, 1.2), heading));
  });

  // The window, outlined, with its size and its place on the sheet.
  ops.push({ kind: 'rect', x: window.left, y: window.top, width: window.width, height: window.height, stroke: 0, lineWidth: 0.8 });
  ops.push(ts.text(ts.fit(text.window, A4.width - 5 - window.left, small), window.left, window.top - 1.5, small));

  // Millimetre ticks at the bottom-left and top-right corners, inward from each edge.
  ops.push(...ruler(window.left, bottom, 'x', 1, -1), ...ruler(window.left, bottom, 'y', -1, 1));
  ops.push(...ruler(right, window.top, 'x', -1, 1), ...ruler(right, window.top, 'y', 1, -1));

  // A sample address exactly where a letter prints it.
  ops.push(...addressOps({ returnAddress: text.sample.returnAddress, recipient: [...text.sample.recipient] }, ts, offset).ops);

  // Fold marks, and the folds as light dashed lines across the sheet.
  ops.push(...foldMarkOps());
  for (const y of FOLD_MARKS) {
    ops.push({ kind: 'line', x1: 12, y1: y, x2: A4.width - 12, y2: y, width: 0.3, grey: GREY.lightRule, dash: [3, 3] });
    ops.push(ts.text(ts.clean(text.fold), A4.width - 12, y - 1, small, 'right'));
  }

  // Instructions under the first fold, clear of the window whatever the correction.
  const body: TextStyle = { size: 10 };
  let y = Math.max(bottom + 14, FOLD_MARKS[0] + 8);
  const paragraphs = [...text.instructions, text.offset(offset)];
  for (const paragraph of paragraphs) {
    for (const line of ts.wrap(paragraph, TEXT_WIDTH, body)) {
      ops.push(ts.text(line, TEXT_LEFT, y + baselineOffset(body.size), body));
      y += lineHeight(body.size);
    }
    y += 3;
  }
  return ops;
}

export async function renderCalibrationPage(
  offset: Offset,
  language: Language,
  fonts: LetterFonts,
  createdAt: Date,
): Promise<RenderedPdf> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const embedded = await embedLetterFonts(doc, fonts);
  const ts = new Typesetter(fonts);
  drawOps(doc.addPage(A4_POINTS), calibrationOps(offset, language, ts), embedded);
  setDocumentInfo(doc, { title: CALIBRATION_TEXT[language].title, createdAt, language });
  return { bytes: (await doc.save()) as Uint8Array<ArrayBuffer>, pages: 1 };
}
