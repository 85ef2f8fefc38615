import { Alert, Anchor, Badge, Button, Group, List, Loader, Paper, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconDeviceFloppy, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePath, Link, useParams } from 'react-router';
import {
  addCriterion,
  areasTotalHundredths,
  findNode,
  moveCriterion,
  nextCriterionCode,
  ROUND_TOTAL_POINTS,
  removeCriterion,
  updateCriterion,
  validateRoundSetup,
} from '../../../domain/par/criteria-editing';
import type { CriteriaTree } from '../../../domain/par/scoring';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert, SuccessAlert } from '../../components/ProblemAlert';
import { useFormat } from '../../components/useFormat';
import { paths } from '../../routes/paths';
import { Notice } from '../dossiers/Notice';
import { type RoundDetailDto, useEditCriteria, useRound } from './api';
import { BandsEditor } from './BandsEditor';
import { useBandLabel } from './badges';
import { CriteriaTreeTable } from './CriteriaTreeTable';
import { CriterionDrawer } from './CriterionDrawer';
import { bandDrafts, bandsToSave, editRequest, treeOfRound, treeRows } from './criteria-editor-model';

/** Bộ tiêu chí và xếp loại: the round's criteria tree and bands, editable by PAR officers until it opens. */
export function CriteriaEditorPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const round = useRound(id);
  const save = useEditCriteria(id);
  if (round.isError) return <ProblemAlert error={round.error} />;
  if (!round.data) return <Loader aria-label={t('common.loading')} />;
  // Keyed by version: a save (or a reload after someone else's) starts the editor from what is stored.
  return <CriteriaEditor key={round.data.version} round={round.data} save={save} />;
}

function CriteriaEditor({
  round,
  save,
}: {
  round: RoundDetailDto;
  save: ReturnType<typeof useEditCriteria>;
}) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const label = useBandLabel();
  const [tree, setTree] = useState<CriteriaTree>(() => treeOfRound(round.criteria));
  const [bands, setBands] = useState(() => bandDrafts(round.bands, label));
  const [editing, setEditing] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const readOnly = !round.mayEditCriteria;

  const change = (next: CriteriaTree) => {
    setTree(next);
    setDirty(true);
  };
  const addUnder = (parentCode: string | null) => {
    const code = nextCriterionCode(tree, parentCode);
    change(
      addCriterion(tree, parentCode, { code, title: '', maxPoints: 0, kind: 'self_assessed', children: [] }),
    );
    setEditing(code);
  };
  const toSave = bandsToSave(bands, label);
  const problems = validateRoundSetup(tree, toSave);
  const total = areasTotalHundredths(tree);
  const totalOk = total === ROUND_TOTAL_POINTS * 100;
  const editedNode = editing === null ? undefined : findNode(tree, editing);

  return (
    <Stack gap="md">
      <Anchor
        component={Link}
        to={generatePath(paths.parScoringRound, { id: round.id })}
        size="sm"
        w="fit-content"
      >
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden />
          {round.title}
        </Group>
      </Anchor>
      <PageTitle>{t('parScoring.criteria.title')}</PageTitle>
      {readOnly && (
        <Notice color="gray" data-testid="criteria-locked">
          {t('parScoring.criteria.locked')}
        </Notice>
      )}
      <Group gap="sm" wrap="wrap" data-testid="criteria-totals">
        <Badge
          size="lg"
          color={totalOk ? 'teal.9' : 'red.8'}
          autoContrast
          tt="none"
          data-testid="areas-total"
        >
          {t('parScoring.criteria.areasTotal', {
            total: total === null ? '—' : fmt.decimal(total / 100),
            max: fmt.decimal(ROUND_TOTAL_POINTS),
          })}
        </Badge>
        <Text size="sm">{t('parScoring.criteria.areaCount', { count: tree.nodes.length })}</Text>
      </Group>
      {problems.length > 0 && (
        <Alert color="red" title={t('parScoring.criteria.problems')} data-testid="setup-problems">
          <List size="sm">
            {problems.map((p) => (
              <List.Item key={`${p.code}:${p.subject ?? ''}:${p.en}`}>
                {i18n.language === 'en' ? p.en : p.vi}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Paper withBorder>
        <CriteriaTreeTable
          rows={treeRows(tree)}
          readOnly={readOnly}
          actions={{
            edit: setEditing,
            addChild: addUnder,
            move: (code, direction) => change(moveCriterion(tree, code, direction)),
            remove: (code) => change(removeCriterion(tree, code)),
          }}
        />
      </Paper>
      {!readOnly && (
        <Button
          variant="default"
          w="fit-content"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => addUnder(null)}
        >
          {t('parScoring.criteria.addArea')}
        </Button>
      )}
      <BandsEditor
        bands={bands}
        readOnly={readOnly}
        onChange={(next) => {
          setBands(next);
          setDirty(true);
        }}
      />
      {save.isError && <ProblemAlert error={save.error} />}
      {save.isSuccess && !dirty && <SuccessAlert>{t('parScoring.criteria.saved')}</SuccessAlert>}
      {!readOnly && (
        <Group gap="xs">
          <Button
            leftSection={<IconDeviceFloppy size={16} aria-hidden />}
            loading={save.isPending}
            disabled={problems.length > 0}
            onClick={() => {
              setDirty(false);
              save.mutate(editRequest(round.version, tree, toSave));
            }}
            data-testid="criteria-save"
          >
            {t('parScoring.criteria.save')}
          </Button>
          {problems.length > 0 && (
            <Text size="sm" c="red.8">
              {t('parScoring.criteria.fixFirst')}
            </Text>
          )}
        </Group>
      )}
      {editedNode && (
        <CriterionDrawer
          key={editedNode.code}
          node={editedNode}
          onClose={() => setEditing(null)}
          onApply={(fields) => {
            change(updateCriterion(tree, editedNode.code, () => fields));
            setEditing(null);
          }}
        />
      )}
    </Stack>
  );
}
