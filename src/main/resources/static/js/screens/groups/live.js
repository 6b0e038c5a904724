// Group feed: live updates over server-sent events from the last seq seen (docs/realtime.md): new messages, task
// card progress, hidden, removed and restored messages; reconnects, waiting longer after each refusal.
import { h } from '../../dom.js';
import { t } from '../../i18n.js';
import { enc } from './common.js';

/** The connection status element. */
export function liveStatus() {
  const status = h('span', { id: 'feed-status', class: 'live-status connecting', role: 'status' }, t('live.connecting'));
  status.set = (state) => {
    status.className = `live-status ${state}`;
    status.textContent = t(`live.${state}`);
  };
  return status;
}

/** Streams the group's feed into {list, add, refreshEmpty} from {@code cursor}; returns the function that stops it. */
export function liveStream(gid, cursor, { list, add, refreshEmpty }, status) {
  let closed = false;
  let source = null;
  let retry = 2500;
  const nearBottom = () => window.innerHeight + window.scrollY >= document.body.scrollHeight - 160;
  const connect = () => {
    if (closed) return;
    source = new EventSource(`/api/groups/${enc(gid)}/stream?after=${cursor}`);
    source.addEventListener('open', () => { retry = 2500; status.set('live'); });
    source.addEventListener('message', (event) => {
      let frame;
      try { frame = JSON.parse(event.data); } catch { return; }
      const message = frame.message || frame;
      const seq = Number(frame.seq ?? message.seq ?? 0);
      if (seq && seq <= cursor && list.querySelector(`.message[data-id="${CSS.escape(message.id)}"]`)) return;
      const stick = nearBottom();
      add(message);
      if (seq > cursor) cursor = seq;
      if (stick) list.lastElementChild?.scrollIntoView({ block: 'end' });
    });
    source.addEventListener('notification', (event) => { // my notices ride on this stream (docs/realtime.md)
      try { window.dispatchEvent(new CustomEvent('huzhu:notification', { detail: JSON.parse(event.data) })); } catch { /* ignore */ }
    });
    source.addEventListener('card', (event) => {
      let frame;
      try { frame = JSON.parse(event.data); } catch { return; }
      if (frame.type === 'card' && frame.card) {
        for (const card of list.querySelectorAll(`.task-card[data-task-id="${CSS.escape(frame.card.taskId)}"]`)) card.update?.(frame.card);
      } else if ((frame.type === 'hidden' || frame.type === 'removed') && frame.messageId) {
        list.querySelector(`.message[data-id="${CSS.escape(frame.messageId)}"]`)?.remove();
        refreshEmpty();
      } else if (frame.type === 'restored' && frame.message) {
        add(frame.message);
      }
    });
    source.addEventListener('error', () => {
      if (closed) return;
      if (source.readyState === EventSource.CLOSED) {
        status.set('offline');
        // The server refused or ended the stream; try again later from our cursor, waiting longer each time.
        retry = Math.min(60000, retry * 2);
        setTimeout(() => { if (!closed) connect(); }, retry);
      } else {
        status.set('reconnecting');
      }
    });
  };
  connect();
  return () => {
    closed = true;
    source?.close();
  };
}
