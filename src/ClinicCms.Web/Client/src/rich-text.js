// Rich text, edited with Tiptap as in Umbraco 17: the toolbar its data type configures (bold, italic, headings,
// lists, quote, links to pages or URLs). The textarea stays the form field and holds the HTML; the server sanitises it.
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import Link from '@tiptap/extension-link';
import { chooseLink } from './link-dialog.js';

const BUTTONS = {
  bold: { label: 'Bold', text: 'B', run: (e) => e.chain().focus().toggleBold().run(), active: (e) => e.isActive('bold') },
  italic: { label: 'Italic', text: 'I', run: (e) => e.chain().focus().toggleItalic().run(), active: (e) => e.isActive('italic') },
  h2: heading(2), h3: heading(3), h4: heading(4),
  bulletList: { label: 'Bullet list', text: '•', run: (e) => e.chain().focus().toggleBulletList().run(), active: (e) => e.isActive('bulletList') },
  orderedList: { label: 'Numbered list', text: '1.', run: (e) => e.chain().focus().toggleOrderedList().run(), active: (e) => e.isActive('orderedList') },
  blockquote: { label: 'Quote', text: '“', run: (e) => e.chain().focus().toggleBlockquote().run(), active: (e) => e.isActive('blockquote') },
  link: { label: 'Link', text: 'Link', run: editLink, active: (e) => e.isActive('link') },
  unlink: { label: 'Remove link', text: 'Unlink', run: (e) => e.chain().focus().unsetLink().run(), active: () => false },
};

function heading(level) {
  return {
    label: `Heading ${level}`, text: `H${level}`,
    run: (e) => e.chain().focus().toggleHeading({ level }).run(),
    active: (e) => e.isActive('heading', { level }),
  };
}

export function initRichText(root) {
  for (const source of root.querySelectorAll('textarea[data-rte]')) {
    if (source.closest('template') || source.dataset.rteReady) continue;
    source.dataset.rteReady = 'true';
    mount(source);
  }
}

function mount(source) {
  const wrapper = document.createElement('div');
  wrapper.className = 'rte';
  const toolbar = document.createElement('div');
  toolbar.className = 'rte-toolbar';
  toolbar.setAttribute('role', 'toolbar');
  const labelId = source.id + '-label';
  toolbar.setAttribute('aria-label', 'Formatting');
  const content = document.createElement('div');
  wrapper.append(toolbar, content);
  source.before(wrapper);
  source.hidden = true;

  const editor = new Editor({
    element: content,
    extensions: [
      StarterKit.configure({ heading: { levels: [2, 3, 4] }, link: false }),
      Link.configure({ openOnClick: false, autolink: true, protocols: ['http', 'https', 'mailto', 'tel'] }),
    ],
    content: source.value,
    editorProps: {
      attributes: {
        class: 'rte-content',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelId,
        ...(source.getAttribute('aria-describedby') ? { 'aria-describedby': source.getAttribute('aria-describedby') } : {}),
        ...(source.getAttribute('aria-invalid') ? { 'aria-invalid': 'true' } : {}),
      },
    },
    onUpdate: ({ editor: e }) => {
      source.value = e.isEmpty ? '' : e.getHTML();
      source.dispatchEvent(new Event('input', { bubbles: true }));
    },
  });
  // The label's "for" pointed at the textarea; clicking it now focuses the editor.
  document.querySelector(`label[for="${source.id}"]`)?.addEventListener('click', (event) => {
    event.preventDefault();
    editor.commands.focus();
  });

  const buttons = (source.dataset.toolbar || 'bold,italic,h2,h3,bulletList,orderedList,link,unlink').split(',').filter((n) => BUTTONS[n]);
  for (const name of buttons) {
    const spec = BUTTONS[name];
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = spec.text;
    button.title = spec.label;
    button.setAttribute('aria-label', spec.label);
    button.dataset.command = name;
    button.addEventListener('click', () => spec.run(editor));
    toolbar.append(button);
  }
  const refresh = () => {
    for (const button of toolbar.children) {
      button.setAttribute('aria-pressed', String(BUTTONS[button.dataset.command].active(editor)));
    }
  };
  editor.on('transaction', refresh);
  refresh();
}

async function editLink(editor) {
  const current = editor.getAttributes('link');
  const choice = await chooseLink(current.href ?? '');
  if (choice === null) return;
  if (choice.href === '') {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    return;
  }
  const attributes = { href: choice.href, target: choice.newWindow ? '_blank' : null };
  if (editor.state.selection.empty && !editor.isActive('link')) {
    editor.chain().focus().insertContent({ type: 'text', text: choice.text || choice.href, marks: [{ type: 'link', attrs: attributes }] }).run();
  } else {
    editor.chain().focus().extendMarkRange('link').setLink(attributes).run();
  }
}
