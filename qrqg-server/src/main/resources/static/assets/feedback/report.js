// The report an official opened on /feedback.html: read (GET /api/v1/feedback/{trackingNumber}),
// drawn (feedback/detail.js) with its photo, and acted on: assign to me, answer, forward, close.
// Each POST answers the report, drawn at once; the page then reads its lists again. One action at a
// time: its buttons are disabled while it runs.
import { apiBlob } from '/assets/api.js';
import { t } from '/assets/i18n.js';
import { focusOn, show } from '/assets/page.js';
import { notify } from '/assets/forms.js';
import { communeLabels, drawDetail } from '/assets/feedback/detail.js';

const $ = (id) => document.getElementById(id);
const MAX_TEXT = 2000;
const path = (number, rest = '') => `/api/v1/feedback/${encodeURIComponent(number)}${rest}`;

/**
 * The panel, over call(path, options, read) (the page's authorised api), failed(notice, e) (says
 * a refusal), changed(action) (reads the page's lists again) and drawn() (after it is drawn).
 */
export function reportPanel({ call, failed, changed, drawn }) {
  let opened = null; // { report, labels, photoUrl } of the report shown
  let opening = null; // the latest show: an earlier one that answers late draws nothing
  let acting = false;

  /** The photo's bytes, read with the token, as an object URL for the img (null when they cannot be read). */
  async function photoUrl(report) {
    if (!report.hasPhoto) return null;
    try {
      return URL.createObjectURL(await call(path(report.trackingNumber, '/photo'), {}, apiBlob));
    } catch {
      return null;
    }
  }

  function draw() {
    const { report } = opened;
    $('detail-title').textContent = t('feedback.detail.title', { number: report.trackingNumber });
    $('detail').dataset.tracking = report.trackingNumber;
    $('detail').dataset.status = report.status;
    drawDetail($('detail-body'), report, { ...opened, open });
    const closed = report.status === 'CLOSED';
    const answered = report.status === 'ANSWERED';
    show($('assign'), !closed && !answered); // taking it would put an answered report back in progress
    show($('close'), !closed);
    const forwardable = !closed && Boolean(report.record) && !report.forwardedTo;
    show($('forward'), forwardable);
    show($('forward-hint'), forwardable);
    show($('answer-form'), !closed && !answered);
    if (closed) notify($('detail-result'), t('feedback.detail.closedNote'), 'ok');
  }

  /** Shows report (the API's answer); the photo is read again only for another report. */
  async function showReport(report, focus) {
    const ticket = {};
    opening = ticket;
    const samePhoto = opened?.report.trackingNumber === report.trackingNumber ? opened.photoUrl : null;
    const [labels, url] = await Promise.all([communeLabels(report), samePhoto ?? photoUrl(report)]);
    if (opening !== ticket) {
      if (url && url !== samePhoto) URL.revokeObjectURL(url);
      return;
    }
    if (opened?.photoUrl && opened.photoUrl !== url) URL.revokeObjectURL(opened.photoUrl);
    opened = { report, labels, photoUrl: url };
    draw();
    show($('detail'));
    drawn();
    if (focus) focusOn($('detail-title'));
  }

  async function open(trackingNumber) {
    notify($('detail-result'), '');
    try {
      await showReport(await call(path(trackingNumber)), true);
    } catch (e) {
      failed($('queue-error'), e);
      if (e.status && e.status !== 401) focusOn($('queue-error'));
    }
  }

  function close(focus = true) {
    const number = opened?.report.trackingNumber;
    if (opened?.photoUrl) URL.revokeObjectURL(opened.photoUrl);
    opened = null;
    opening = null;
    show($('detail'), false);
    drawn();
    const button = number && document.querySelector(`#queue-table tr[data-tracking="${CSS.escape(number)}"] button`);
    if (focus) focusOn(button || $('queue-title'));
  }

  async function act(action, body, done) {
    if (acting || !opened) return;
    acting = true;
    const buttons = $('detail-actions').querySelectorAll('button');
    buttons.forEach((button) => { button.disabled = true; });
    const started = $(action === 'answer' ? 'answer-submit' : action);
    started?.setAttribute('aria-busy', 'true');
    notify($('detail-result'), '');
    try {
      const number = opened.report.trackingNumber;
      await showReport(await call(path(number, `/${action}`), { method: 'POST', body }), false);
      notify($('detail-result'), t(`feedback.done.${action}`, { number }), 'ok');
      done?.();
      await changed(action);
    } catch (e) {
      failed($('detail-result'), e);
    } finally {
      acting = false;
      buttons.forEach((button) => { button.disabled = false; });
      started?.removeAttribute('aria-busy');
      if (!$('detail').hidden) focusOn($('detail-result'));
    }
  }

  function count() {
    $('answer-count').textContent = t('feedback.answer.count', { n: $('answer-text').value.length, max: MAX_TEXT });
  }

  function onAnswer(event) {
    event.preventDefault();
    const text = $('answer-text').value.trim();
    if (!text) {
      notify($('detail-result'), t('feedback.answer.missing'));
      $('answer-text').setAttribute('aria-invalid', 'true');
      focusOn($('answer-text'));
      return;
    }
    $('answer-text').removeAttribute('aria-invalid');
    act('answer', { text }, () => { $('answer-text').value = ''; count(); });
  }

  $('detail-back').addEventListener('click', () => close());
  $('assign').addEventListener('click', () => act('assign', {}));
  $('forward').addEventListener('click', () => act('forward'));
  $('close').addEventListener('click', () => {
    if (opened && window.confirm(t('feedback.close.confirm', { number: opened.report.trackingNumber }))) act('close');
  });
  $('answer-form').addEventListener('submit', onAnswer);
  $('answer-text').addEventListener('input', count);
  count();

  return {
    open,
    close,
    /** The tracking number of the report shown, or null. */
    selected: () => opened?.report.trackingNumber ?? null,
    /** Draws it again in the current language. */
    relabel() {
      count();
      if (opened) draw();
    },
  };
}
