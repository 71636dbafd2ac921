// Block List: add, delete and reorder blocks in place (without the script the same buttons ask the server), and keep
// each block's label in step with its fields, as Umbraco's label template says.
import { initRichText } from './rich-text.js';

const NEW_KEY = '00000000-0000-0000-0000-000000000000';

export function initBlockLists(root) {
  root.addEventListener('click', (event) => {
    const add = event.target.closest('[data-block-add]');
    if (add) {
      event.preventDefault();
      addBlock(add.closest('[data-block-list]'), add.dataset.blockAdd);
      return;
    }

    const action = event.target.closest('[data-block-action]');
    if (!action) return;
    event.preventDefault();
    const block = action.closest('.block');
    const list = block.parentElement;
    const label = block.querySelector('.block-label')?.textContent.trim();
    switch (action.dataset.blockAction) {
      case 'up':
        if (block.previousElementSibling) block.previousElementSibling.before(block);
        announce(`${label} moved up`);
        break;
      case 'down':
        if (block.nextElementSibling) block.nextElementSibling.after(block);
        announce(`${label} moved down`);
        break;
      case 'remove':
        (block.nextElementSibling ?? block.previousElementSibling)?.querySelector('summary')?.focus();
        block.remove();
        announce(`${label} deleted`);
        break;
    }
    if (block.isConnected) action.focus();
    changed(list);
  });

  root.addEventListener('input', (event) => {
    const block = event.target.closest('.block');
    if (block) updateLabel(block);
  });
}

function addBlock(listElement, typeKey) {
  const template = listElement.querySelector(`template[data-block-template="${typeKey}"]`);
  const holder = document.createElement('template');
  holder.innerHTML = template.innerHTML.replaceAll(NEW_KEY, newKey());
  const block = holder.content.firstElementChild;
  listElement.querySelector('.block-items').append(block);
  initRichText(block);
  block.querySelector('details').open = true;
  block.querySelector('.block-fields input:not([type=hidden]), .block-fields textarea, .block-fields [contenteditable]')?.focus();
  changed(listElement);
}

function updateLabel(block) {
  const label = block.querySelector(':scope > details > summary .block-label');
  if (!label?.dataset.labelTemplate) return;
  const value = (alias) => {
    const field = [...block.querySelectorAll(`:scope > details > .block-fields [name$=".${alias}"]`)].find((f) => f.type !== 'hidden');
    if (!field) return '';
    if (field.type === 'checkbox') return field.checked ? '1' : '0';
    const text = field.tagName === 'TEXTAREA' && field.dataset.rte !== undefined ? stripTags(field.value) : field.value;
    return text.trim();
  };
  let text = label.dataset.labelTemplate
    .replace(/\{umbValue:\s*(\w+)\s*(?:\|\s*fallback:\[([^\]]*)\])?\s*\}/g, (_, alias, fallback) => value(alias) || fallback || '')
    .replace(/\{\{\s*(\w+)\s*\}\}|\{=\s*(\w+)\s*\}/g, (_, a, b) => value(a || b))
    .replace(/\$\{\s*(\w+)\s*==\s*'([^']*)'\s*\?\s*'([^']*)'\s*:\s*'([^']*)'\s*\}/g, (_, alias, v, yes, no) => (value(alias) === v ? yes : no))
    .trim();
  label.textContent = text || label.dataset.labelFallback || '';
}

function stripTags(html) {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div.textContent ?? '';
}

function changed(element) {
  element.closest('form')?.dispatchEvent(new CustomEvent('cliniccms:changed'));
}

let live;
function announce(message) {
  if (!live) {
    live = document.createElement('div');
    live.className = 'visually-hidden';
    live.setAttribute('aria-live', 'polite');
    document.body.append(live);
  }
  live.textContent = message;
}

// A version-4 UUID; crypto.randomUUID needs a secure context, which a back office on a plain-HTTP intranet is not.
function newKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
