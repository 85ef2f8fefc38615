import {
  Button,
  Checkbox,
  Grid,
  NumberInput,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { IconClockHour4 } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { timeLimitForChannel } from '../../../domain/catalog/procedure';
import type { DueTimeRequest, DurationUnit, ProcedureSummary } from '../../api/types';
import { DateField, TimeField } from '../../components/DateFields';
import { ProblemAlert } from '../../components/ProblemAlert';
import { provinceDateTimeToIso, timeInProvince, todayInProvince } from '../../i18n/format';
import { useDueTime } from './api';
import { DueTimeExplanation } from './DueTimeExplanation';
import { ProcedureTimeLimit } from './ProcedureTimeLimit';

const DURATION_UNITS: readonly DurationUnit[] = ['working_days', 'working_hours', 'calendar_days'];
/** The contract's ceiling on a duration's amount. */
const MAX_AMOUNT = 365;
/** "Received after 15:00, returned the next working day": the default online cut-off. */
const ONLINE_CUTOFF = '15:00';

type Channel = DueTimeRequest['channel'];

/**
 * When is the result of a dossier due (khi nào có kết quả)? Choosing a procedure fills its time
 * limit for the channel; the API computes the due time. On its own page and on the public home.
 */
export function DueTimeTool() {
  const { t } = useTranslation();
  const [procedure, setProcedure] = useState<ProcedureSummary | null>(null);
  const [date, setDate] = useState(todayInProvince);
  const [time, setTime] = useState(() => timeInProvince());
  const [channel, setChannel] = useState<Channel>('online');
  const [amount, setAmount] = useState<number | string>(5);
  const [unit, setUnit] = useState<DurationUnit>('working_days');
  const [withCutoff, setWithCutoff] = useState(true);
  const dueTime = useDueTime();

  /** The chosen procedure's time limit for the channel goes into the duration fields. */
  const fillTimeLimit = (chosen: ProcedureSummary | null, forChannel: Channel) => {
    setProcedure(chosen);
    if (!chosen) return;
    const limit = timeLimitForChannel(chosen.processing, forChannel);
    setAmount(limit.amount);
    setUnit(limit.unit);
  };

  const amountNumber = typeof amount === 'number' ? amount : Number(amount);
  const amountError =
    amount === '' || !(amountNumber > 0 && amountNumber <= MAX_AMOUNT)
      ? t('dueTime.amountInvalid')
      : unit === 'calendar_days' && !Number.isInteger(amountNumber)
        ? t('dueTime.wholeDays')
        : null;
  const complete = !!date && /^\d{2}:\d{2}$/.test(time) && amountError === null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!complete) return;
    const request: DueTimeRequest = {
      receivedAt: provinceDateTimeToIso(date, time),
      channel,
      duration: { unit, amount: amountNumber },
      cutoff: channel === 'online' && withCutoff ? ONLINE_CUTOFF : null,
    };
    dueTime.mutate(request);
  };

  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Paper
          withBorder
          p="md"
          component="form"
          onSubmit={onSubmit}
          noValidate
          aria-label={t('dueTime.form')}
        >
          <Stack>
            <Text size="sm">{t('dueTime.intro')}</Text>
            <ProcedureTimeLimit
              procedure={procedure}
              channel={channel}
              onChange={(chosen) => fillTimeLimit(chosen, channel)}
            />
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
              <DateField
                label={t('dueTime.receivedDate')}
                required
                value={date}
                onChange={(value) => setDate(value)}
              />
              <TimeField
                label={t('dueTime.receivedTime')}
                required
                value={time}
                onChange={(value) => setTime(value)}
              />
            </SimpleGrid>
            <Radio.Group
              label={t('dueTime.channel')}
              value={channel}
              onChange={(value) => {
                const next = value === 'counter' ? 'counter' : 'online';
                setChannel(next);
                fillTimeLimit(procedure, next);
              }}
            >
              <Stack gap="xs" mt={6}>
                <Radio value="online" label={t('dueTime.channels.online')} />
                <Radio value="counter" label={t('dueTime.channels.counter')} />
              </Stack>
            </Radio.Group>
            {channel === 'online' && (
              <Checkbox
                label={t('dueTime.cutoff')}
                checked={withCutoff}
                onChange={(e) => setWithCutoff(e.currentTarget.checked)}
              />
            )}
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
              <NumberInput
                label={t('dueTime.amount')}
                required
                min={0}
                max={MAX_AMOUNT}
                step={unit === 'calendar_days' ? 1 : 0.5}
                decimalScale={unit === 'calendar_days' ? 0 : 2}
                value={amount}
                onChange={setAmount}
                error={amount !== '' ? amountError : null}
              />
              <Select
                label={t('dueTime.unit')}
                data={DURATION_UNITS.map((u) => ({ value: u, label: t(`dueTime.units.${u}`) }))}
                value={unit}
                onChange={(value) => value && setUnit(value as DurationUnit)}
                allowDeselect={false}
              />
            </SimpleGrid>
            <Button
              type="submit"
              leftSection={<IconClockHour4 size={18} aria-hidden />}
              loading={dueTime.isPending}
              disabled={!complete}
            >
              {t('dueTime.submit')}
            </Button>
          </Stack>
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 7 }}>
        <div aria-live="polite">
          {dueTime.isError && <ProblemAlert error={dueTime.error} />}
          {dueTime.isSuccess && <DueTimeExplanation request={dueTime.variables} result={dueTime.data} />}
        </div>
      </Grid.Col>
    </Grid>
  );
}
