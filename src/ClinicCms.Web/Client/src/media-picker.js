// The media picker of the content editor (Umbraco.MediaPicker3): Choose opens a dialog to browse the library's
// folders, search by name, or upload in place; the picked items show their thumbnail and whether they have
// alternative text, and post their keys as hidden fields. A user without the Media section can add the alternative
// text of an image no published page shows yet, right here.
import { openMediaDialog } from './media-dialog.js';

const EMPTY_KEY = '00000000-0000-0000-0000-000000000000';

export function initMediaPickers(root) {
  root.addEventListener('click', async (event) => {
    const picker = event.target.closest('[data-media-picker]');
    if (!picker) return;
    const button = event.target.closest('[data-media-choose], [data-media-remove], [data-media-describe]');
    if (!button) return;
    event.preventDefault();
    if (button.matches('[data-media-remove]')) return remove(picker, button.closest('[data-key]'));

    const describe = button.matches('[data-media-describe]') ? button.closest('[data-key]').dataset.key : null;
    const chosen = await openMediaDialog({
      api: picker.dataset.api,
      max: Number(picker.dataset.max) || 0,
      types: (picker.dataset.types || '').split(',').filter(Boolean),
      taken: keys(picker),
      describe,
    });
    if (chosen) apply(picker, chosen, describe);
    (picker.querySelector('[data-media-choose]') ?? button).focus();
  });
}

function keys(picker) {
  return [...picker.querySelectorAll('[data-media-picker-items] > [data-key]')].map((li) => li.dataset.key);
}

function apply(picker, items, replacing) {
  const list = picker.querySelector('[data-media-picker-items]');
  const max = Number(picker.dataset.max) || 0;
  for (const item of items) {
    const existing = list.querySelector(`:scope > [data-key="${item.key}"]`);
    if (existing) {
      existing.replaceWith(render(picker, item));
      continue;
    }
    if (max === 1) list.replaceChildren();
    list.append(render(picker, item));
  }
  while (max > 0 && list.children.length > max) list.firstElementChild.remove();
  update(picker);
  if (items.length > 0 || replacing) changed(picker, items.length === 1 ? `${items[0].name} chosen` : `${items.length} items chosen`);
}

function remove(picker, item) {
  const name = item.querySelector('.media-picker-name')?.textContent ?? 'Item';
  item.remove();
  update(picker);
  picker.querySelector('[data-media-choose]')?.focus();
  changed(picker, `${name} removed`);
}

function update(picker) {
  const count = picker.querySelectorAll('[data-media-picker-items] > [data-key]').length;
  let empty = picker.querySelector('[data-media-picker-empty]');
  if (count === 0 && !empty) {
    empty = Object.assign(document.createElement('p'), { className: 'hint', textContent: 'No image chosen.' });
    empty.dataset.mediaPickerEmpty = '';
    picker.querySelector('[data-media-picker-items]').after(empty);
  }
  if (count > 0) empty?.remove();
}

// The same markup as _MediaPicker.cshtml renders for a picked item.
function render(picker, item) {
  const li = element('li', 'media-picker-item');
  li.dataset.key = item.key;
  const input = Object.assign(document.createElement('input'), { type: 'hidden', name: picker.dataset.name, value: item.key });
  const thumb = element('span', 'media-picker-thumb');
  if (item.thumbnailUrl) thumb.append(Object.assign(document.createElement('img'), { src: item.thumbnailUrl, alt: '', width: 160, height: 160 }));
  const details = element('span', 'media-picker-details');
  details.append(element('span', 'media-picker-name', item.name));
  if (item.needsAltText) details.append(element('span', 'media-badge media-badge-warning', 'No alternative text'));
  else if (item.isDecorative) details.append(element('span', 'media-picker-alt', 'Decorative image'));
  else if (item.altText) details.append(element('span', 'media-picker-alt', `Alternative text: ${item.altText}`));

  const actions = element('span', 'media-picker-actions');
  if (picker.dataset.manage === 'true') {
    const edit = element('a', 'button button-small button-outline', item.needsAltText ? 'Add alternative text' : 'Edit');
    edit.href = picker.dataset.editUrl.replace(EMPTY_KEY, item.key);
    edit.append(element('span', 'visually-hidden', ` for ${item.name}`));
    actions.append(edit);
  } else if (item.needsAltText) {
    const describe = element('button', 'button button-small button-outline js-only', 'Add alternative text');
    describe.type = 'button';
    describe.dataset.mediaDescribe = '';
    describe.append(element('span', 'visually-hidden', ` for ${item.name}`));
    actions.append(describe);
  }
  const remove = element('button', 'button button-small button-danger-text js-only', 'Remove');
  remove.type = 'button';
  remove.dataset.mediaRemove = '';
  remove.append(element('span', 'visually-hidden', ` ${item.name}`));
  actions.append(remove);
  li.append(input, thumb, details, actions);
  return li;
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  node.className = className;
  if (text) node.textContent = text;
  return node;
}

let live;
function changed(picker, message) {
  picker.closest('form')?.dispatchEvent(new CustomEvent('cliniccms:changed'));
  if (!live) {
    live = element('div', 'visually-hidden');
    live.setAttribute('aria-live', 'polite');
    document.body.append(live);
  }
  live.textContent = message;
}
