/**
 * What the user reads for each issue the first stage of the import engine (readTable) reports,
 * French first. i18next-style placeholders: {{line}} (the issue's 1-based line; only used by
 * issues that have one) and the issue's params. Each message says where, what is wrong and what to
 * do, for someone who is not a computer specialist.
 */
import type { ReadTableIssueCode } from './read-table';

export interface EngineMessage {
  fr: string;
  en: string;
}

export const engineMessages: Record<string, EngineMessage> = {
  'empty-file': {
    fr: "Le fichier est vide : il ne contient aucune donnée. Vérifiez que vous avez choisi le bon fichier, ou refaites l'export depuis votre logiciel de comptabilité.",
    en: 'The file is empty: it contains no data. Check that you chose the right file, or export it again from your accounting software.',
  },
  'foreign-format': {
    fr: "Ce fichier n'est pas un export texte (CSV ou FEC) mais un fichier {{format}}, peut-être simplement renommé. Exportez les données depuis votre logiciel de comptabilité au format CSV ou FEC ; s'il s'agit d'un classeur Excel, ouvrez-le puis choisissez « Fichier > Enregistrer sous > CSV (séparateur : point-virgule) ».",
    en: 'This file is not a text export (CSV or FEC) but a {{format}} file, perhaps just renamed. Export the data from your accounting software as CSV or FEC; if it is an Excel workbook, open it and choose “File > Save As > CSV”.',
  },
  'unsupported-encoding': {
    fr: "Ce fichier est enregistré en {{encoding}} (le « Texte Unicode » d'Excel), un codage que l'import ne sait pas lire. Ouvrez-le dans Excel ou dans un éditeur de texte et enregistrez-le au format « CSV UTF-8 », puis importez ce nouveau fichier.",
    en: 'This file is saved as {{encoding}} (Excel’s “Unicode Text”), an encoding the import cannot read. Open it in Excel or a text editor, save it as “CSV UTF-8”, then import the new file.',
  },
  'binary-file': {
    fr: "Ce fichier ne contient pas de texte lisible : ce n'est pas un export CSV ou FEC (c'est un fichier d'un autre type, ou il est endommagé). Refaites l'export depuis votre logiciel de comptabilité au format CSV ou FEC.",
    en: 'This file does not contain readable text: it is not a CSV or FEC export (it is another kind of file, or it is damaged). Export the data again from your accounting software as CSV or FEC.',
  },
  'no-header': {
    fr: "Impossible de trouver la ligne des intitulés de colonnes : aucune ligne ne contient au moins deux colonnes séparées par un point-virgule, une virgule, une tabulation ou une barre verticale. Vérifiez qu'il s'agit bien d'un export en colonnes (CSV ou FEC), ou indiquez vous-même le séparateur et la ligne des intitulés.",
    en: 'The line with the column titles could not be found: no line has at least two columns separated by a semicolon, comma, tab or vertical bar. Check that this is a column export (CSV or FEC), or choose the separator and the title line yourself.',
  },
  'header-line-invalid': {
    fr: "La ligne {{headerLine}}, choisie comme ligne des intitulés de colonnes, n'existe pas, est vide ou n'a qu'une seule colonne avec ce séparateur. Choisissez une autre ligne ou un autre séparateur.",
    en: 'Line {{headerLine}}, chosen as the line with the column titles, does not exist, is empty or has a single column with this separator. Choose another line or another separator.',
  },
  'header-only': {
    fr: "Le fichier ne contient que la ligne des intitulés de colonnes (ligne {{line}}) et aucune ligne de données. Refaites l'export en vérifiant la période et les filtres choisis dans votre logiciel.",
    en: 'The file only contains the line with the column titles (line {{line}}) and no data. Export it again, checking the period and filters chosen in your software.',
  },
  'column-count': {
    fr: "Ligne {{line}} : {{found}} colonnes au lieu de {{expected}}. Vérifiez que le séparateur choisi est le bon, ou qu'une valeur de cette ligne ne contient pas le séparateur sans être entre guillemets ; corrigez la ligne dans le fichier puis importez-le de nouveau.",
    en: 'Line {{line}}: {{found}} columns instead of {{expected}}. Check that the chosen separator is right, or that a value on this line does not contain the separator without quotes; fix the line in the file, then import it again.',
  },
  'truncated-line': {
    fr: "Ligne {{line}} : la dernière ligne s'arrête en plein milieu ({{found}} colonnes au lieu de {{expected}}). Le fichier semble incomplet (copie ou téléchargement interrompu) : refaites l'export ou copiez de nouveau le fichier.",
    en: 'Line {{line}}: the last line stops halfway ({{found}} columns instead of {{expected}}). The file looks incomplete (interrupted copy or download): export it again or copy it again.',
  },
  'stray-quote': {
    fr: "Ligne {{line}} : un guillemet (\") ouvre une valeur sans la refermer. La ligne a été lue telle quelle, guillemets compris : vérifiez ses valeurs dans l'aperçu.",
    en: 'Line {{line}}: a quote mark (") opens a value without closing it. The line was read as it is, quote marks included: check its values in the preview.',
  },
  'invalid-utf8': {
    fr: "Ligne {{line}} : le fichier contient {{count}} caractère(s) illisible(s) en UTF-8 (affichés « � »), le premier sur cette ligne. Il est sans doute en Windows-1252 (ANSI) ou en ISO-8859-15 : choisissez ce codage dans les réglages de l'import et vérifiez les accents.",
    en: 'Line {{line}}: the file contains {{count}} character(s) that are not valid UTF-8 (shown as “�”), the first on this line. It is probably Windows-1252 (ANSI) or ISO-8859-15: choose that encoding in the import settings and check the accents.',
  },
  'encoding-uncertain': {
    fr: "Le fichier n'est pas en UTF-8 : il a été lu comme {{encoding}}. Vérifiez dans l'aperçu que les accents (é, è, à, ç) et le symbole € s'affichent correctement ; sinon, choisissez un autre codage.",
    en: 'The file is not UTF-8: it was read as {{encoding}}. Check in the preview that accents (é, è, à, ç) and the € sign look right; otherwise choose another encoding.',
  },
  'preamble-skipped': {
    fr: "Les intitulés de colonnes sont à la ligne {{headerLine}} : les {{count}} ligne(s) de titre qui la précèdent ont été ignorées. Si ce n'est pas la bonne ligne, choisissez-la vous-même.",
    en: 'The column titles are on line {{headerLine}}: the {{count}} title line(s) before it were skipped. If this is not the right line, choose it yourself.',
  },
  'more-issues': {
    fr: "{{count}} autre(s) ligne(s) présentent le même problème et ne sont pas listées une à une. Corrigez d'abord les premières : la cause est souvent commune (par exemple un mauvais séparateur).",
    en: '{{count}} more line(s) have the same problem and are not listed one by one. Fix the first ones first: the cause is often the same (a wrong separator, for example).',
  },
} satisfies Record<ReadTableIssueCode, EngineMessage>;
