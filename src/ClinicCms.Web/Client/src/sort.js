// "Sort children": drag items or use Move up / Move down; the position numbers the server reads follow along.
export function initSort(root) {
  for (const form of root.querySelectorAll('form[data-sortable]')) {
    const list = form.querySelector('.sort-list');
    const renumber = () => list.querySelectorAll('.input-position').forEach((input, i) => { input.value = String(i + 1); });
    let dragged = null;

    list.addEventListener('click', (event) => {
      const button = event.target.closest('[data-sort-move]');
      if (!button) return;
      const item = button.closest('.sort-item');
      if (button.dataset.sortMove === 'up' && item.previousElementSibling) item.previousElementSibling.before(item);
      if (button.dataset.sortMove === 'down' && item.nextElementSibling) item.nextElementSibling.after(item);
      renumber();
      button.focus();
    });
    list.addEventListener('dragstart', (event) => { dragged = event.target.closest('.sort-item'); });
    list.addEventListener('dragover', (event) => {
      event.preventDefault();
      const over = event.target.closest('.sort-item');
      if (!dragged || !over || over === dragged) return;
      const after = event.clientY > over.getBoundingClientRect().top + over.offsetHeight / 2;
      (after ? over.after(dragged) : over.before(dragged));
    });
    list.addEventListener('drop', (event) => { event.preventDefault(); dragged = null; renumber(); });
    list.addEventListener('change', (event) => {
      if (!event.target.matches('.input-position')) return;
      const items = [...list.children].sort((a, b) => position(a) - position(b));
      list.append(...items);
      renumber();
    });
  }
}

const position = (item) => Number(item.querySelector('.input-position').value) || 0;
