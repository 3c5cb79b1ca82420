// Sign-in: the mobile number, then the 6-digit code sent to it by SMS.
import { onClick, onSubmit } from '/assets/actions.js';
import { t } from '/assets/i18n.js';
import { focusOn, show } from '/assets/page.js';
import { explain, notify, portal } from '/assets/citizen/portal-api.js';

const PHONE = /^(0|\+?84)[35789][0-9]{8}$/;

export function startSignIn(message, onSignedIn) {
  const phoneForm = document.getElementById('phone-form');
  const codeForm = document.getElementById('code-form');
  const phoneInput = document.getElementById('phone');
  const codeInput = document.getElementById('code');
  let phone = null;

  async function sendCode() {
    const typed = phoneInput.value.replace(/[\s.-]/g, '');
    if (!PHONE.test(typed)) {
      phoneInput.setAttribute('aria-invalid', 'true');
      notify(message, t('signIn.error.phone'));
      focusOn(phoneInput);
      return;
    }
    phoneInput.removeAttribute('aria-invalid');
    try {
      const sent = await portal('/portal/api/sign-in', { method: 'POST', body: { phone: typed } });
      phone = sent.phone || typed;
      notify(message, '');
      document.getElementById('code-sent').textContent =
        t('signIn.sent', { phone, minutes: Math.round((sent.codeValidSeconds || 600) / 60) });
      show(phoneForm, false);
      show(codeForm, true);
      codeInput.value = '';
      focusOn(codeInput);
    } catch (e) {
      notify(message, explain(e));
    }
  }

  onSubmit(phoneForm, (event) => { event.preventDefault(); return sendCode(); });
  onClick(document.getElementById('resend'), sendCode);
  document.getElementById('other-phone').addEventListener('click', () => {
    show(codeForm, false);
    show(phoneForm, true);
    notify(message, '');
    focusOn(phoneInput);
  });
  onSubmit(codeForm, async (event) => {
    event.preventDefault();
    const code = codeInput.value.replace(/\s/g, '');
    if (!/^[0-9]{6}$/.test(code)) {
      notify(message, t('signIn.error.code'));
      focusOn(codeInput);
      return;
    }
    try {
      const session = await portal('/portal/api/sign-in/confirm', { method: 'POST', body: { phone, code } });
      notify(message, '');
      show(codeForm, false);
      show(phoneForm, true);
      onSignedIn(session.phone);
    } catch (e) {
      codeInput.setAttribute('aria-invalid', 'true');
      notify(message, explain(e));
      focusOn(codeInput);
    }
  });
}
