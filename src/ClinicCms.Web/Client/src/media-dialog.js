// The media picker's dialog: browse folders (50 items at a time), search by name, upload into the open folder with a
// progress bar, select up to `max` items of the allowed types, and describe a selected image that has no
// alternative text. Resolves with the chosen items (the API's list items), or null when closed without choosing.
import { createDialog, folderButton, itemButton, pathItem } from './media-dialog-view.js';
import { uploadFiles, pageToken, resultItem, summary } from './media-upload.js';

const TAKE = 50;
let dialog;

export function openMediaDialog({ api, max, types, describe }) {
  dialog ??= createDialog();
  const $ = (selector) => dialog.querySelector(selector);
  const state = { folders: [{ key: '', name: 'Media' }], query: '', items: [], total: 0, selected: new Map(), version: 0 };
  const allowed = (item) => !item.isFolder && (types.length === 0 || types.some((t) => t.toLowerCase() === item.mediaTypeAlias.toLowerCase()));
  const folderKey = () => state.folders.at(-1).key;

  const get = async (path) => {
    const response = await fetch(api + path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    return response.ok ? response.json() : null;
  };

  async function load(append = false) {
    const version = ++state.version;
    const skip = append ? state.items.length : 0;
    const list = $('[data-dialog-items]');
    list.setAttribute('aria-busy', 'true');
    const page = state.query
      ? await get(`/search?query=${encodeURIComponent(state.query)}&skip=${skip}&take=${TAKE}`)
      : await get(`/children?${folderKey() ? `parentKey=${folderKey()}&` : ''}skip=${skip}&take=${TAKE}`);
    if (version !== state.version) return;
    list.setAttribute('aria-busy', 'false');
    state.items = append ? [...state.items, ...(page?.items ?? [])] : page?.items ?? [];
    state.total = page?.total ?? 0;
    render();
  }

  function render() {
    const path = $('[data-dialog-path]');
    path.replaceChildren(...(state.query
      ? [pathItem('Media', '', false), pathItem(`Search results for “${state.query}”`, null, true)]
      : state.folders.map((f, i) => pathItem(f.name, f.key, i === state.folders.length - 1))));
    $('[data-dialog-items]').replaceChildren(...state.items.map((item) => (item.isFolder
      ? folderButton(item)
      : itemButton(item, { allowed: allowed(item), selected: state.selected.has(item.key) }))));
    const empty = $('[data-dialog-empty]');
    empty.hidden = state.items.length > 0;
    empty.textContent = state.query ? 'No media item has a name containing these words.' : 'This folder is empty. Upload files into it.';
    $('[data-dialog-more]').hidden = state.items.length >= state.total;
    selection();
  }

  function selection() {
    const names = [...state.selected.values()].map((i) => i.name);
    $('[data-dialog-selected]').textContent = names.length === 0 ? 'Nothing chosen yet.' : `Chosen: ${names.join(', ')}`;
    $('[data-dialog-choose]').disabled = names.length === 0;
    const needing = [...state.selected.values()].filter((i) => i.mediaTypeAlias === 'Image');
    const target = needing.length === 1 && (needing[0].needsAltText || needing[0].key === describe) ? needing[0] : null;
    const panel = $('[data-dialog-describe]');
    if (target && panel.dataset.describing !== target.key) {
      panel.dataset.describing = target.key;
      $('[data-describe-title]').textContent = `Alternative text for “${target.name}”`;
      $('#media-dialog-alt').value = target.altText ?? '';
      $('#media-dialog-decorative').checked = !!target.isDecorative;
      $('[data-describe-status]').textContent = '';
    }
    panel.hidden = !target;
    if (!target) delete panel.dataset.describing;
  }

  function toggle(item) {
    if (!item) return;
    if (state.selected.has(item.key)) state.selected.delete(item.key);
    else {
      if (max === 1) state.selected.clear();
      if (max > 1 && state.selected.size >= max) return;
      state.selected.set(item.key, item);
    }
    for (const button of dialog.querySelectorAll('button[data-key]')) button.setAttribute('aria-pressed', String(state.selected.has(button.dataset.key)));
    selection();
  }

  async function saveAltText() {
    const key = $('[data-dialog-describe]').dataset.describing;
    const item = state.selected.get(key);
    const body = { altText: $('#media-dialog-alt').value, isDecorative: $('#media-dialog-decorative').checked };
    const response = await fetch(`${api}/${key}/alt-text`, {
      method: 'PUT', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', RequestVerificationToken: pageToken() },
      body: JSON.stringify(body),
    });
    const answer = await response.json().catch(() => null);
    const status = $('[data-describe-status]');
    if (!response.ok) {
      status.textContent = answer?.detail ?? `Not saved (the server answered ${response.status}).`;
      return;
    }
    Object.assign(item, { altText: body.altText.trim() || null, isDecorative: body.isDecorative, needsAltText: false, versionNumber: answer?.versionNumber });
    status.textContent = 'Saved.';
    const button = dialog.querySelector(`button[data-key="${key}"]`);
    button?.querySelector('.media-badge')?.remove();
  }

  async function upload(files) {
    if (files.length === 0) return;
    const status = $('[data-dialog-status]');
    const progress = $('[data-dialog-progress]');
    const label = $('[data-dialog-progress-label]');
    status.hidden = false;
    $('[data-dialog-results]').replaceChildren();
    const results = await uploadFiles(files, {
      url: `${api}/upload${folderKey() ? `?parentKey=${folderKey()}` : ''}`,
      token: pageToken(),
      onProgress: (fraction) => { progress.value = Math.round(fraction * 100); label.textContent = `Uploading: ${progress.value}%`; },
    });
    label.textContent = summary(results);
    $('[data-dialog-results]').append(...results.map((r) => resultItem(r, () => '#')));
    for (const link of $('[data-dialog-results]').querySelectorAll('a')) link.replaceWith(link.textContent);
    state.query = '';
    $('[data-dialog-search]').value = '';
    await load();
    for (const result of results.filter((r) => r.key && !r.error)) {
      const item = state.items.find((i) => i.key === result.key) ?? (await get(`/${result.key}`))?.item;
      if (item && allowed(item) && !state.selected.has(item.key) && (max === 0 || max === 1 || state.selected.size < max)) toggle(item);
    }
  }

  // One set of listeners per opening: replaced with the form's clone so earlier openings leave nothing behind.
  const form = dialog.querySelector('form');
  const fresh = form.cloneNode(true);
  form.replaceWith(fresh);
  let timer;
  fresh.addEventListener('click', (event) => {
    const folder = event.target.closest('[data-folder]');
    const item = event.target.closest('button[data-key]');
    if (folder) {
      const key = folder.dataset.folder;
      const index = state.folders.findIndex((f) => f.key === key);
      state.folders = index >= 0 ? state.folders.slice(0, index + 1) : [...state.folders, { key, name: folder.querySelector('.media-dialog-name')?.textContent ?? '' }];
      state.query = '';
      fresh.querySelector('[data-dialog-search]').value = '';
      load();
    } else if (item) {
      toggle(state.items.find((i) => i.key === item.dataset.key));
    } else if (event.target.closest('[data-dialog-more] button')) {
      load(true);
    } else if (event.target.closest('[data-dialog-upload]')) {
      fresh.querySelector('[data-dialog-file]').click();
    } else if (event.target.closest('[data-describe-save]')) {
      saveAltText();
    }
  });
  fresh.querySelector('[data-dialog-file]').addEventListener('change', (event) => {
    const files = [...event.target.files];
    event.target.value = '';
    upload(files);
  });
  const search = fresh.querySelector('[data-dialog-search]');
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => { state.query = search.value.trim(); load(); }, 250);
  });
  search.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    clearTimeout(timer);
    state.query = search.value.trim();
    load();
  });

  fresh.querySelector('[data-dialog-status]').hidden = true;
  dialog.returnValue = '';
  dialog.showModal();
  search.focus();
  (describe ? start(describe) : load());

  async function start(key) {
    const detail = await get(`/${key}`);
    if (detail) {
      state.folders = [{ key: '', name: 'Media' }, ...detail.ancestors.map((a) => ({ key: a.key, name: a.name }))];
      state.selected.set(detail.item.key, detail.item);
    }
    await load();
    fresh.querySelector('#media-dialog-alt')?.focus();
  }

  return new Promise((resolve) => {
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok' ? [...state.selected.values()] : null), { once: true });
  });
}
