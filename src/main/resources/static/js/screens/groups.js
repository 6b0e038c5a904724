// Mutual-help groups: my groups (create, join by code), the preview before joining (rules, safety score), the live
// feed (text, task cards with exact progress, external links with "I helped" and confirmation, success stories,
// reports), the fair help queue and the ledger; each a module in groups/. Live updates come over server-sent events
// (docs/realtime.md).
import './groups/messages.js';
import { feed } from './groups/feed.js';
import { groupsHome } from './groups/home.js';
import { preview } from './groups/preview.js';
import { queue } from './groups/queue.js';
import { ledgerScreen } from './groups/ledger.js';

export const routes = [
  { path: /^\/groups$/, render: groupsHome },
  { path: /^\/g\/([A-Za-z0-9_-]+)$/, render: preview },
  { path: /^\/groups\/([0-9a-fA-F-]{8,})$/, render: feed },
  { path: /^\/groups\/([0-9a-fA-F-]{8,})\/queue$/, render: queue },
  { path: /^\/groups\/([0-9a-fA-F-]{8,})\/ledger$/, render: ledgerScreen },
];
