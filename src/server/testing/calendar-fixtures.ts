/**
 * Office hours (the API's shape) of a unit that also works Saturday mornings: Monday–Friday
 * 07:30–11:30 and 13:00–17:00, Saturday 07:30–11:30, online receipts after 16:00 counted from
 * the next working day.
 */
export const saturdayMorningHours = () => ({
  weekly: [
    [],
    ...Array.from({ length: 5 }, () => [
      { from: '07:30', to: '11:30' },
      { from: '13:00', to: '17:00' },
    ]),
    [{ from: '07:30', to: '11:30' }],
  ],
  extraWorkingDay: [
    { from: '07:30', to: '11:30' },
    { from: '13:00', to: '17:00' },
  ],
  onlineCutoff: '16:00' as string | null,
  version: 0,
});
