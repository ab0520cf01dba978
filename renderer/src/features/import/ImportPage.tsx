import { Alert, Button, Group, Progress, Stack, Stepper, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CsvMappingConfig } from '../../domain/import/csv-mapping';
import type { DetectionOverrides, ImportIssue } from '../../domain/import/types';
import type { ImportBatch } from '../../domain/model';
import { DetectionStep } from './DetectionStep';
import { receiveDroppedFiles, type DroppedFile } from './dropped-file';
import { FileStep } from './FileStep';
import { ImportClient } from './import-client';
import { ImportHistory } from './ImportHistory';
import { issueText } from './issue-text';
import { PreviewStep } from './PreviewStep';
import type { AnalysisSummary, PlanSummary } from './protocol';
import { ReportStep } from './ReportStep';

type Step = 0 | 1 | 2 | 3 | 4;

/**
 * The import wizard: file → what was detected (correctable) → preview → check report → import.
 * Every heavy step runs in the import worker; this component only shows summaries.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const client = useRef<ImportClient | null>(null);
  const [step, setStep] = useState<Step>(0);
  const [busy, setBusy] = useState(false);
  const [fatal, setFatal] = useState<ImportIssue | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [analysis, setAnalysis] = useState<AnalysisSummary | null>(null);
  const [overrides, setOverrides] = useState<DetectionOverrides>({});
  const [plan, setPlan] = useState<PlanSummary | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [batch, setBatch] = useState<Omit<ImportBatch, 'undo'> | null>(null);

  const worker = () => (client.current ??= new ImportClient());
  useEffect(() => () => client.current?.dispose(), []);

  const run = async <T,>(work: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setFailure(null);
    try {
      return await work();
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
      return undefined;
    } finally {
      setBusy(false);
    }
  };

  const analyse = async (request: Parameters<ImportClient['analyze']>[0]) => {
    const result = await run(() => worker().analyze(request));
    if (!result) return;
    setPlan(null);
    if (!result.ok) {
      setFatal(result.issue);
      setAnalysis(null);
      setStep(0);
      return;
    }
    setFatal(null);
    setAnalysis(result);
    if (step === 0) setStep(1);
  };

  const openFile = (file: DroppedFile) => {
    setOverrides({});
    setBatch(null);
    void analyse({ bytes: file.bytes, fileName: file.name });
  };

  useEffect(() => {
    const receiver = receiveDroppedFiles(openFile);
    if (receiver.parked) openFile(receiver.parked);
    return receiver.stop;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- subscribe once
  }, []);

  const override = (change: DetectionOverrides) => {
    const next = { ...overrides, ...change };
    setOverrides(next);
    void analyse({ overrides: next });
  };
  const remap = (mapping: CsvMappingConfig) => void analyse({ overrides, csvMapping: mapping, saveMapping: true });
  const checkAgainstData = async (mode: 'full' | 'partial') => {
    const result = await run(() => worker().plan(mode));
    if (result) setPlan(result);
  };
  const runImport = async (confirmPaidIds: string[]) => {
    setStep(4);
    setProgress({ done: 0, total: 1 });
    const result = await run(() => worker().commit(confirmPaidIds, (done, total) => setProgress({ done, total })));
    if (result) setBatch(result);
  };
  const restart = () => {
    setStep(0);
    setAnalysis(null);
    setPlan(null);
    setBatch(null);
    setProgress(null);
    setFatal(null);
  };

  const canNext = analysis && step < 3;

  return (
    <Stack gap="md">
      <Title order={1}>{t('import.title')}</Title>
      <Text c="dimmed" maw={760}>
        {t('import.intro')}
      </Text>
      <Stepper active={batch ? 5 : step} onStepClick={(s) => analysis && s < 4 && step < 4 && setStep(s as Step)} size="sm">
        <Stepper.Step label={t('import.steps.file')} />
        <Stepper.Step label={t('import.steps.detection')} />
        <Stepper.Step label={t('import.steps.preview')} />
        <Stepper.Step label={t('import.steps.report')} />
        <Stepper.Step label={t('import.steps.done')} />
      </Stepper>

      {fatal && (
        <Alert color="red" role="alert" data-testid="import-fatal">
          {issueText(t, fatal)}
        </Alert>
      )}
      {failure && (
        <Alert color="red" role="alert" data-testid="import-failure">
          {t('import.progress.failed', { reason: failure })}
        </Alert>
      )}

      {step === 0 && <FileStep busy={busy} onFile={openFile} />}
      {step === 1 && analysis && <DetectionStep key={analysis.fileName + JSON.stringify(overrides)} analysis={analysis} onOverride={override} onMapping={remap} />}
      {step === 2 && analysis && <PreviewStep analysis={analysis} />}
      {step === 3 && analysis && (
        <ReportStep
          issues={analysis.issues}
          counts={analysis.issueCounts}
          plan={plan}
          busy={busy}
          onPlan={(mode) => void checkAgainstData(mode)}
          onImport={(ids) => void runImport(ids)}
        />
      )}
      {step === 4 && (
        <Stack gap="sm" maw={720}>
          {progress && !batch && !failure && (
            <>
              <Progress value={(100 * progress.done) / Math.max(1, progress.total)} animated size="lg" data-testid="import-progress" />
              <Text size="sm">{t('import.progress.writing', { done: progress.done, total: progress.total })}</Text>
            </>
          )}
          {batch && (
            <Alert color="teal" icon={<IconCircleCheck />} title={t('import.progress.done')} data-testid="import-done">
              <Stack gap="xs">
                <Text size="sm">{t('import.progress.summary', batch.counts)}</Text>
                <Group>
                  <Button component={Link} to="/factures" size="xs">
                    {t('import.progress.open')}
                  </Button>
                  <Button variant="default" size="xs" onClick={restart}>
                    {t('import.progress.another')}
                  </Button>
                </Group>
              </Stack>
            </Alert>
          )}
          {failure && (
            <Button variant="default" onClick={restart} w="fit-content">
              {t('import.restart')}
            </Button>
          )}
        </Stack>
      )}

      {analysis && step > 0 && step < 4 && (
        <Group>
          <Button variant="default" onClick={() => (step === 1 ? restart() : setStep((step - 1) as Step))}>
            {step === 1 ? t('import.restart') : t('import.back')}
          </Button>
          {canNext && step < 3 && (
            <Button onClick={() => setStep((step + 1) as Step)} data-testid="import-next">
              {t('import.next')}
            </Button>
          )}
        </Group>
      )}

      {(step === 0 || step === 4) && <ImportHistory />}
    </Stack>
  );
}
