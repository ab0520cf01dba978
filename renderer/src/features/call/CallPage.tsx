import { Alert, Anchor, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconUser } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { nowTimestamp, today as todayOf } from '../../app/clock';
import { useFormat } from '../../app/format';
import { recordCall, type CallInput, type CallResult } from '../../db/calls';
import { database } from '../../db/database';
import { proposedNextStep } from '../../domain/agreements/call-outcome';
import type { BusinessCalendar } from '../../domain/calendar/business-calendar';
import { formatDate, type IsoDate } from '../../domain/dates';
import { isCompletedCall, type CallOutcome } from '../../domain/interactions/interaction';
import { planDataOf } from '../../domain/letters/letter-data';
import type { Id } from '../../domain/model';
import type { TemplateKind } from '../../domain/templates/kinds';
import { BlockedBadge } from '../customers/BlockedBadge';
import { LetterComposer, type ComposerExtra } from '../letter-generation/LetterComposer';
import type { PlanDraftResult } from '../payment-plans/PlanEditor';
import {
  OUTCOMES,
  buildCall,
  checkOnText,
  initialForm,
  issuesByField,
  promiseAmountText,
  type CallFormState,
  type FormIssue,
  type PlanChoice,
} from './call-form';
import { CallDone } from './CallDone';
import { CallFacts } from './CallFacts';
import { CallNotesPanel } from './CallNotesPanel';
import { CallScript, ScriptBranch } from './CallScript';
import { firstField, focusField } from './field-ids';
import { OutcomePanel, PlanSection } from './OutcomePanel';
import { useCallData, type CallData } from './use-call-data';
import { useCallTimer } from './use-call-timer';
import classes from './Call.module.css';

/** /appel/:customerId?tache=<taskId>: one call, from the facts to the written follow-up. */
export function CallPage() {
  const { customerId = '' } = useParams();
  const [params] = useSearchParams();
  const taskId = params.get('tache');
  const { t } = useTranslation();
  const [day] = useState(todayOf);
  const data = useCallData(customerId, taskId, day);

  if (data.loading) return <Loader aria-label={t('call.page.loading')} />;
  if (!data.customer) {
    return (
      <Alert color="yellow" title={t('call.page.notFound')} maw={640}>
        <Anchor component={Link} to="/appel">
          {t('call.page.back')}
        </Anchor>
      </Alert>
    );
  }
  if (!data.calendar) return <Loader aria-label={t('call.page.loading')} />;
  return <CallScreen key={`${customerId}|${taskId ?? ''}`} data={data} calendar={data.calendar} today={day} taskId={taskId} />;
}

type Saved = Extract<CallResult, { ok: true }>;
interface Done {
  saved: Saved;
  input: CallInput;
  checkOn: IsoDate | null;
  plan: PlanChoice | null;
}

function CallScreen({ data, calendar, today, taskId }: { data: CallData; calendar: BusinessCalendar; today: IsoDate; taskId: Id | null }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const customer = data.customer!;
  const [startedAt] = useState(nowTimestamp);
  const timer = useCallTimer();
  const [form, setForm] = useState<CallFormState>(() => initialForm(data.openInvoices, customer.contacts));
  const [plan, setPlan] = useState<PlanChoice | null>(null);
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const [refused, setRefused] = useState(false);
  const [saving, setSaving] = useState(false);
  const [done, setDone] = useState<Done | null>(null);
  const [composer, setComposer] = useState<{ kind: TemplateKind; extra: ComposerExtra } | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const fieldsRef = useRef<HTMLDivElement>(null);
  const planRef = useRef<HTMLDivElement>(null);
  const errors = issuesByField(issues);
  const task = data.task;

  // The keyboard lands on the answer of the call.
  useEffect(() => document.getElementById('call-outcome-first')?.focus(), []);

  const choose = (outcome: CallOutcome, moveFocus = false) => {
    let proposal: ReturnType<typeof proposedNextStep> = null;
    try {
      proposal = proposedNextStep(outcome, today, calendar);
    } catch {
      proposal = null; // no business day at all: the user types the date
    }
    setForm((f) => ({
      ...f,
      outcome,
      next: proposal ? { date: formatDate(proposal.date), label: proposal.label, proposedLabel: proposal.label, action: proposal.action } : null,
    }));
    setIssues((list) => list.filter((issue) => issue.field !== 'outcome'));
    if (moveFocus) setFocusRequest((n) => n + 1);
  };

  // After Alt+n: the first field of the chosen answer (the plan editor may still be loading).
  useEffect(() => {
    if (focusRequest === 0) return;
    let tries = 0;
    let timeout = 0;
    const attempt = () => {
      const box = fieldsRef.current?.querySelector('[data-testid="call-outcome-fields"]');
      const controls = 'input:not([disabled]), textarea, select, button';
      const target =
        box?.querySelector<HTMLElement>('[data-first]') ?? planRef.current?.querySelector<HTMLElement>(controls) ?? box?.querySelector<HTMLElement>(controls);
      if (target) target.focus();
      else if (tries++ < 20) timeout = window.setTimeout(attempt, 50);
    };
    attempt();
    return () => window.clearTimeout(timeout);
  }, [focusRequest]);

  const onPlan = (result: PlanDraftResult | null) => {
    setPlan(result ? { plan: result.plan, text: result.text } : null);
    if (result) setIssues((list) => list.filter((issue) => issue.field !== 'plan'));
  };

  const save = async () => {
    if (saving || done) return;
    const built = buildCall(form, {
      customerId: customer.id,
      contacts: customer.contacts,
      openInvoices: data.openInvoices,
      taskId: task && task.status === 'planned' ? task.id : undefined,
      plan,
      calendar,
      startedAt,
      durationSeconds: timer.seconds,
      today,
      now: nowTimestamp(),
      words: {
        outcome: t('call.errors.outcome'),
        amount: t('call.errors.amount'),
        date: t('call.errors.date'),
        checkOn: t('call.errors.checkOn'),
      },
      locale: i18n.language === 'en' ? 'en' : 'fr',
    });
    const refuse = (found: FormIssue[]) => {
      setIssues(found);
      setRefused(true);
      const field = firstField(found.map((issue) => issue.field));
      if (field) window.setTimeout(() => focusField(field), 0);
    };
    if (!built.ok) return refuse(built.issues);
    setSaving(true);
    try {
      const result = await recordCall(database(), built.input);
      if (!result.ok) return refuse(result.issues);
      timer.stop();
      setIssues([]);
      setRefused(false);
      setDone({ saved: result, input: built.input, checkOn: built.checkOn, plan: built.input.plan ?? null });
    } catch (error) {
      notifications.show({ color: 'red', message: t('call.failed', { message: error instanceof Error ? error.message : String(error) }) });
    } finally {
      setSaving(false);
    }
  };

  // Alt+1 … Alt+9 choose the answer, Ctrl+Entrée saves; the latest handlers, without re-listening.
  const keys = useRef({ choose, save, active: true });
  keys.current = { choose, save, active: done === null && composer === null };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!keys.current.active) return;
      const digit = /^Digit([1-9])$/.exec(event.code) ?? /^Numpad([1-9])$/.exec(event.code);
      if (event.altKey && !event.ctrlKey && !event.metaKey && digit) {
        const outcome = OUTCOMES[Number(digit[1]) - 1];
        if (outcome) {
          event.preventDefault();
          keys.current.choose(outcome, true);
        }
      } else if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
        event.preventDefault();
        void keys.current.save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const callNotesExtra = useMemo((): ComposerExtra | null => {
    if (!done) return null;
    const { input, saved } = done;
    const checkOn = done.checkOn ?? saved.promise?.checkDate ?? saved.nextTask?.date ?? today;
    return {
      callNotes: { callDate: today, ...input.notes, checkOn },
      invoiceIds: saved.promise?.invoiceIds ?? saved.plan?.invoiceIds ?? input.invoiceIds,
    };
  }, [done, today]);
  const agreementExtra = useMemo((): ComposerExtra | null => {
    const saved = done?.saved.plan;
    if (!saved) return null;
    return { plan: planDataOf(saved), invoiceIds: saved.invoiceIds };
  }, [done]);

  return (
    <Stack gap="md" data-testid="call-screen">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4}>
          <Anchor component={Link} to="/appel" size="sm">
            <IconArrowLeft size={14} style={{ verticalAlign: 'middle' }} /> {t('call.page.back')}
          </Anchor>
          <Group gap="sm">
            <Title order={1}>{t('call.page.title', { name: customer.name })}</Title>
            <BlockedBadge blocked={customer.blocked} size="lg" />
          </Group>
          {task ? (
            // Once this call is saved, its task being done is no news.
            <Text size="sm" c={task.status === 'planned' || done ? 'dimmed' : 'orange.8'} data-testid="call-task">
              {task.status === 'planned' || done
                ? t('call.page.task', { date: format.date(task.date) })
                : t('call.page.taskDone', { date: format.date(task.date) })}
            </Text>
          ) : null}
        </Stack>
        <Button component={Link} to={`/clients/${encodeURIComponent(customer.id)}`} variant="default" leftSection={<IconUser size={16} />}>
          {t('call.page.customerPage')}
        </Button>
      </Group>
      {done ? null : (
        <Text size="xs" c="dimmed" data-testid="call-shortcuts">
          {t('call.page.shortcuts')}
        </Text>
      )}

      <div className={classes.columns}>
        <div className={classes.facts}>
          <CallFacts data={data} today={today} />
        </div>
        <Stack gap="md" ref={fieldsRef} className={classes.centre}>
          {done ? (
            <CallDone
              customer={customer}
              saved={done.saved}
              durationSeconds={done.input.durationSeconds}
              completed={isCompletedCall(done.input.outcome)}
              taskDone={done.input.taskId !== undefined}
              planText={done.plan?.text}
              onSendNotes={() => callNotesExtra && setComposer({ kind: 'call-notes', extra: callNotesExtra })}
              onPrintAgreement={() => agreementExtra && setComposer({ kind: 'plan-agreement', extra: agreementExtra })}
            />
          ) : (
            <>
              <CallScript data={data} />
              <OutcomePanel
                guide={<ScriptBranch data={data} outcome={form.outcome} promise={{ date: form.promise.date, amount: promiseAmountText(form, data.openInvoices) }} />}
                data={data}
                form={form}
                calendar={calendar}
                today={today}
                errors={errors}
                onChoose={(outcome) => choose(outcome)}
                onChange={setForm}
              />
            </>
          )}
        </Stack>
        {!done && form.outcome === 'plan' ? (
          <div className={classes.wide} ref={planRef}>
            <PlanSection data={data} today={today} error={errors.plan} onPlan={onPlan} />
          </div>
        ) : null}
        {done ? (
          <Paper withBorder radius="md" p="sm" className={classes.notes} data-testid="call-saved-summary">
            <Text size="sm" fw={600} mb={4}>
              {t('call.notes.title')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {done.saved.interaction.summary}
            </Text>
          </Paper>
        ) : (
          <div className={classes.notes}>
            <CallNotesPanel
              notes={form.notes}
              checkOnText={checkOnText(form, plan, calendar)}
              contacts={customer.contacts}
              whoId={form.whoId}
              errors={errors}
              refused={refused && issues.length > 0}
              saving={saving}
              timer={timer}
              onNotes={(change) => setForm((f) => ({ ...f, notes: { ...f.notes, ...change } }))}
              onWho={(whoId) => setForm((f) => ({ ...f, whoId }))}
              onSave={() => void save()}
            />
          </div>
        )}
      </div>

      <LetterComposer
        customerId={composer ? customer.id : null}
        initialKind={composer?.kind}
        extra={composer?.extra}
        onClose={() => setComposer(null)}
      />
    </Stack>
  );
}
