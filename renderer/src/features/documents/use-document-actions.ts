import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { BridgeError } from '../../../../electron/contract';
import { today } from '../../app/clock';
import { bridge } from '../../bridge';
import { bridgeErrorMessage } from '../../bridge/messages';
import { database } from '../../db/database';
import { logInteraction, recordDocument } from '../../db/documents';
import { loadLetterSettings } from '../../db/letter-settings';
import { baseName, documentFolder, emailFileName } from '../../domain/documents';
import { buildMailto } from '../../domain/mailto';
import type { Customer, DocumentRecord, Id } from '../../domain/model';
import { loadCompanyProfile } from '../settings/company-store';

export const documentTitle = (doc: DocumentRecord): string => doc.title ?? doc.fileName ?? baseName(doc.path);

/** The customer's distinct e-mail addresses, in the order of the contacts. */
export function customerEmails(customer: Customer | undefined): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const contact of customer?.contacts ?? []) {
    const email = contact.email?.trim();
    if (email && !seen.has(email.toLowerCase())) {
      seen.add(email.toLowerCase());
      out.push(email);
    }
  }
  return out.slice(0, 20);
}

/**
 * The row actions of the Documents screen: open, print, show in the folder, send again by e-mail.
 * Every failure is shown in the interface language; a file found missing is reported to the
 * screen (`onMissing`) so the row is flagged at once.
 */
export function useDocumentActions(onMissing: (id: Id) => void) {
  const { t, i18n } = useTranslation();

  const failed = (doc: DocumentRecord, error: BridgeError, key = 'documents.notices.actionFailed') => {
    if (error.code === 'FILE_NOT_FOUND') onMissing(doc.id);
    notifications.show({ color: 'red', message: t(key, { title: documentTitle(doc), reason: bridgeErrorMessage(t, error) }) });
  };

  const unexpected = (error: unknown) => {
    console.error('documents: action failed', error);
    notifications.show({
      color: 'red',
      message: t('documents.notices.unexpected', { reason: error instanceof Error ? error.message : String(error) }),
    });
  };

  const open = async (doc: DocumentRecord) => {
    const result = await bridge().openPath({ path: doc.path });
    if (!result.ok) failed(doc, result.error);
  };

  const print = async (doc: DocumentRecord) => {
    const result = await bridge().printPdf({ path: doc.path });
    if (!result.ok) failed(doc, result.error);
    else if (result.data.mode === 'viewer') {
      notifications.show({ color: 'blue', autoClose: 10_000, message: t('documents.notices.printInViewer') });
    }
  };

  const reveal = async (doc: DocumentRecord) => {
    const result = await bridge().revealPath({ path: doc.path });
    if (!result.ok) failed(doc, result.error);
  };

  /**
   * 'eml' mode: an e-mail draft with the PDF attached, written next to the customer's letters,
   * recorded (document + history line) once main wrote it, then opened in the mail program.
   * 'mailto' mode: a mailto: link (no attachment possible), and the PDF shown in its folder.
   */
  const email = async (doc: DocumentRecord, customer: Customer | undefined) => {
    const recipients = customerEmails(customer);
    if (!customer || recipients.length === 0) {
      notifications.show({
        color: 'orange',
        title: t('documents.email.noAddressTitle'),
        message: t('documents.email.noAddress', { name: customer?.name ?? '' }),
      });
      return;
    }
    try {
      const db = database();
      const [settings, company] = await Promise.all([loadLetterSettings(db), loadCompanyProfile(db)]);
      const language = doc.language ?? (i18n.language === 'en' ? 'en' : 'fr');
      const tl = i18n.getFixedT(language);
      const title = documentTitle(doc);
      const signature = [settings.signatureName, company.name].filter((s) => s.trim() !== '').join('\n');
      const subject = tl('documents.email.subject', { title, company: company.name }).replace(/ — $/, '');
      const text = tl(settings.emailMode === 'mailto' ? 'documents.email.bodyMailto' : 'documents.email.body', { title, signature }).trimEnd();
      const [to, ...cc] = recipients as [string, ...string[]];
      const invoiceIds = doc.invoiceIds ?? [];

      if (settings.emailMode === 'mailto') {
        const link = buildMailto({ to: [to], cc, subject, body: text, language });
        const opened = await bridge().openExternal({ url: link.url });
        if (!opened.ok) return failed(doc, opened.error, 'documents.email.failed');
        await logInteraction(db, {
          customerId: customer.id,
          channel: 'email',
          summary: t('documents.email.interactionMailto', { title, to: recipients.join(', ') }),
          invoiceIds,
          documentIds: [doc.id],
        });
        const shown = await bridge().revealPath({ path: doc.path });
        notifications.show({
          color: 'blue',
          autoClose: 12_000,
          message: shown.ok ? t('documents.email.mailtoOpened') : t('documents.email.mailtoOpenedNoFolder', { path: doc.path }),
        });
        return;
      }

      const fileName = emailFileName(doc);
      const draft = await bridge().composeEmail({
        ...(company.email.trim() ? { from: company.email.trim() } : {}),
        to: [to],
        cc,
        subject,
        text,
        attachments: [doc.path],
        folder: documentFolder(customer, today().slice(0, 4)),
        fileName,
      });
      if (!draft.ok) return failed(doc, draft.error, 'documents.email.failed');
      // Main wrote the draft: only now is it recorded.
      await recordDocument(db, {
        customerId: customer.id,
        kind: 'email',
        title: t('documents.email.documentTitle', { title }),
        path: draft.data.path,
        sha256: draft.data.sha256,
        size: draft.data.size,
        pages: draft.data.pages,
        fileName: baseName(draft.data.path),
        language,
        invoiceIds,
        channel: 'email',
        emailOf: doc.id,
        interaction: { channel: 'email', summary: t('documents.email.interaction', { title, to: recipients.join(', ') }) },
      });
      const opened = await bridge().openPath({ path: draft.data.path });
      if (!opened.ok) {
        notifications.show({
          color: 'red',
          message: t('documents.email.openFailed', { path: draft.data.path, reason: bridgeErrorMessage(t, opened.error) }),
        });
        return;
      }
      notifications.show({ color: 'teal', autoClose: 8000, message: t('documents.email.draftOpened', { to: recipients.join(', ') }) });
    } catch (error) {
      unexpected(error);
    }
  };

  return { open, print, reveal, email, unexpected };
}
