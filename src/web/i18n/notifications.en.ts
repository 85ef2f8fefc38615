import type { NotificationsStrings } from './notifications.vi';

/** Outgoing SMS and e-mail (the outbox). */
export const notificationsEn: NotificationsStrings = {
  nav: 'Outgoing messages',
  title: 'Outgoing SMS and e-mail',
  intro:
    'Every message to citizens and staff goes through the outbox: retried while a gateway is down, given up when refused for good. Once the cause is fixed (gateway, address), a failed message can be sent again.',
  channels: { sms: 'SMS', email: 'E-mail' },
  states: { pending: 'Waiting', sent: 'Sent', dead: 'Failed' },
  topics: {
    received: 'Dossier received',
    supplement_requested: 'Supplement requested',
    refused: 'Dossier refused',
    apology: 'Apology, new date',
    result_ready: 'Result ready',
    stopped: 'Processing stopped',
    cancelled: 'Dossier cancelled',
    online_arrival: 'New online dossier',
    step_due_soon: 'Step due soon',
    dossier_due_soon: 'Dossier due soon',
    par_task_due_soon: 'Reform task due soon',
    par_task_overdue: 'Reform task overdue',
  },
  filters: { label: 'Filter messages', state: 'State', channel: 'Channel', all: 'All' },
  counts: 'Waiting: {{pending}} · Sent: {{sent}} · Failed: {{dead}}',
  columns: {
    time: 'Time',
    topic: 'About',
    recipient: 'Recipient',
    dossier: 'Dossier',
    state: 'State',
    actions: 'Actions',
  },
  table: 'Outgoing messages',
  empty: 'No messages.',
  attempts_one: '{{count}} attempt',
  attempts_other: '{{count}} attempts',
  sentAt: 'Sent {{date}}',
  nextAttempt: 'Next try {{date}}',
  error: 'Error: {{error}}',
  retry: 'Send again',
  retryLabel: 'Send the {{topic}} message to {{recipient}} again',
  retried: 'The message is queued to be sent again.',
  dossier: {
    title: 'Notices sent',
    empty: 'No notices yet (the applicant left no mobile number or e-mail).',
  },
};
