// The content tree: expanding a node loads its children (one request, HTML from the server) the first time;
// "Load more" fetches the next page of a long list.
export function initTree(root) {
  root.addEventListener('click', async (event) => {
    const toggle = event.target.closest('.tree-toggle');
    if (toggle) {
      event.preventDefault();
      const item = toggle.closest('.tree-item');
      const expanded = toggle.getAttribute('aria-expanded') === 'true';
      if (!expanded && !item.querySelector(':scope > .tree-level')) {
        toggle.setAttribute('aria-busy', 'true');
        const html = await load(toggle.dataset.childrenUrl);
        toggle.removeAttribute('aria-busy');
        if (html === null) return;
        item.insertAdjacentHTML('beforeend', html);
      }
      setExpanded(toggle, !expanded);
      return;
    }

    const more = event.target.closest('a[data-more]');
    if (more) {
      event.preventDefault();
      const html = await load(more.getAttribute('href'));
      if (html === null) return;
      const template = document.createElement('template');
      template.innerHTML = html;
      const list = more.closest('.tree-level');
      more.closest('li').remove();
      list.append(...template.content.querySelector('.tree-level').children);
    }
  });
}

function setExpanded(toggle, expanded) {
  toggle.setAttribute('aria-expanded', String(expanded));
  const label = toggle.querySelector('.visually-hidden');
  if (label) label.textContent = label.textContent.replace(/^(Expand|Collapse)/, expanded ? 'Collapse' : 'Expand');
}

async function load(url) {
  const response = await fetch(url, { headers: { Accept: 'text/html' }, credentials: 'same-origin' });
  return response.ok ? response.text() : null;
}
