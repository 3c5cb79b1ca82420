// Province and commune pickers (<select data-area="province"> and <select data-area="commune"
// data-province="id of its province select">), filled from GET /portal/areas and /portal/areas/{code}.
import { t } from '/assets/i18n.js';
import { api } from '/assets/api.js';

let provinces = null;
const communes = new Map();

function option(value, text) {
  const el = document.createElement('option');
  el.value = value;
  el.textContent = text;
  return el;
}

async function fillCommunes(select, provinceCode) {
  const chosen = select.value;
  select.replaceChildren(option('', t('common.chooseCommune')));
  if (!provinceCode) return;
  if (!communes.has(provinceCode)) communes.set(provinceCode, await api(`/portal/areas/${encodeURIComponent(provinceCode)}`));
  select.append(...communes.get(provinceCode).map((c) => option(c.code, c.name)));
  select.value = chosen;
}

/** The 34 provinces, [{code, name}], read once; throws when they cannot be loaded. */
export async function loadProvinces() {
  provinces ??= await api('/portal/areas');
  return provinces;
}

/** Fills every picker under root once; throws when the lists cannot be loaded. */
export async function startPickers(root = document) {
  await loadProvinces();
  root.querySelectorAll('select[data-area=province]').forEach((select) => {
    select.replaceChildren(option('', t('common.chooseProvince')), ...provinces.map((p) => option(p.code, p.name)));
  });
  root.querySelectorAll('select[data-area=commune]').forEach((select) => {
    const province = document.getElementById(select.dataset.province);
    select.replaceChildren(option('', t('common.chooseCommune')));
    province.addEventListener('change', () => fillCommunes(select, province.value));
  });
}

/** Re-labels the empty choices after a language switch. */
export function relabelPickers(root = document) {
  root.querySelectorAll('select[data-area=province] option[value=""]').forEach((o) => { o.textContent = t('common.chooseProvince'); });
  root.querySelectorAll('select[data-area=commune] option[value=""]').forEach((o) => { o.textContent = t('common.chooseCommune'); });
}

/** The province's name once the pickers are filled, else its code. */
export function provinceName(code) {
  return provinces?.find((p) => p.code === code)?.name ?? code;
}

/** "Xã Đầm Dơi (32152)": the commune's name read from its province's list (kept), or its code alone. */
export async function communeLabel(provinceCode, communeCode) {
  if (!communeCode) return '';
  try {
    if (provinceCode && !communes.has(provinceCode)) {
      communes.set(provinceCode, await api(`/portal/areas/${encodeURIComponent(provinceCode)}`));
    }
  } catch {
    return communeCode;
  }
  const found = communes.get(provinceCode)?.find((c) => c.code === communeCode);
  return found ? `${found.name} (${communeCode})` : communeCode;
}
