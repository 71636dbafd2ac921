// Tabs (uui-tab with href="#panel"): show one panel at a time. Without the script every panel shows, one after the
// other. A tab holding a field with a problem, or the target of a link, is opened first.
export function initTabs(root) {
  for (const group of root.querySelectorAll('uui-tab-group')) {
    const tabs = [...group.querySelectorAll('uui-tab[href^="#"]')];
    const panels = tabs.map((tab) => root.getElementById(tab.getAttribute('href').slice(1))).filter(Boolean);
    if (panels.length === 0) continue;

    const show = (tab) => {
      for (const t of tabs) t.toggleAttribute('active', t === tab);
      for (const p of panels) p.hidden = p.id !== tab.getAttribute('href').slice(1);
    };
    for (const tab of tabs) {
      tab.addEventListener('click', (event) => {
        event.preventDefault();
        show(tab);
      });
    }

    const invalid = panels.find((p) => p.querySelector('.field-error'));
    const initial = tabs.find((t) => invalid && t.getAttribute('href') === '#' + invalid.id)
      ?? tabs.find((t) => t.hasAttribute('active')) ?? tabs[0];
    show(initial);
  }

  // A link to a field (the list of problems) opens its tab, its view and its block first.
  root.addEventListener('click', (event) => {
    const link = event.target.closest('a[href^="#problem-"]');
    if (!link) return;
    const target = root.getElementById(link.getAttribute('href').slice(1));
    if (target) reveal(root, target);
  });
}

export function reveal(root, element) {
  for (let node = element; node; node = node.parentElement) {
    if (node.tagName === 'DETAILS') node.open = true;
    if (node.hidden && node.id) root.querySelector(`uui-tab[href="#${node.id}"]`)?.click();
  }
  element.querySelector('input, textarea, select, [contenteditable]')?.focus();
}
