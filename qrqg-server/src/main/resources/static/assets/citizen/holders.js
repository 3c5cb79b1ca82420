// The apps that act for the chosen person (one per holder token), each revocable but this portal's
// own (removing the person does that).
import { onClick } from '/assets/actions.js';
import { t } from '/assets/i18n.js';
import { explain, notify, portal, when } from '/assets/citizen/portal-api.js';

let person = null;

/** Lists the apps acting for chosen. */
export async function showHolders(chosen) {
  person = chosen;
  const list = document.getElementById('holders');
  const result = document.getElementById('holders-result');
  notify(result, '');
  try {
    const holders = await portal(`/portal/api/people/${encodeURIComponent(chosen.qid)}/holders`);
    if (person !== chosen) return;
    list.replaceChildren(...holders.map((holder) => item(chosen, holder)));
  } catch (e) {
    list.replaceChildren();
    notify(result, explain(e));
  }
}

function item(chosen, holder) {
  const li = document.createElement('li');
  const app = holder.appName || t('holders.unknownApp');
  const name = document.createElement('strong');
  name.textContent = holder.current ? `${app} (${t('holders.thisPortal')})` : app;
  const since = document.createElement('span');
  since.textContent = ` · ${t('holders.since', { time: when(holder.since) })}`;
  li.append(name, since);
  if (!holder.current) {
    const revoke = document.createElement('button');
    revoke.type = 'button';
    revoke.className = 'button secondary';
    revoke.dataset.holderId = holder.holderId;
    revoke.textContent = t('holders.revoke', { app });
    onClick(revoke, () => revokeHolder(chosen, holder, app));
    li.append(' ', revoke);
  }
  return li;
}

async function revokeHolder(chosen, holder, app) {
  const result = document.getElementById('holders-result');
  try {
    await portal(`/portal/api/people/${encodeURIComponent(chosen.qid)}/holders/${encodeURIComponent(holder.holderId)}`,
      { method: 'DELETE' });
    await showHolders(chosen);
    notify(result, t('holders.revoked', { app }), 'ok');
  } catch (e) {
    notify(result, explain(e));
  }
}
