// The link dialog of the rich text editor: a URL, or a page of this site found by name. Links to pages are stored as
// Umbraco stores them (/{localLink:umb://document/...}), so they keep working when the page moves or is renamed.
let dialog;

export function chooseLink(currentHref) {
  dialog ??= create();
  const form = dialog.querySelector('form');
  form.reset();
  form.elements.url.value = currentHref.startsWith('/{localLink:') ? '' : currentHref;
  form.elements.page.value = '';
  form.dataset.pageHref = currentHref.startsWith('/{localLink:') ? currentHref : '';
  dialog.querySelector('.link-results').replaceChildren();
  dialog.showModal();
  form.elements.url.focus();
  return new Promise((resolve) => {
    dialog.onclose = () => {
      if (dialog.returnValue !== 'ok') return resolve(null);
      const href = form.dataset.pageHref || form.elements.url.value.trim();
      resolve({ href, text: form.dataset.pageName || '', newWindow: form.elements.newWindow.checked });
    };
  });
}

function create() {
  const element = document.createElement('dialog');
  element.className = 'link-dialog';
  element.setAttribute('aria-labelledby', 'link-dialog-title');
  element.innerHTML = `
    <form method="dialog">
      <h2 id="link-dialog-title">Link</h2>
      <label for="link-url">URL</label>
      <input class="input" id="link-url" name="url" type="text" placeholder="https://...">
      <label for="link-page">or find a page</label>
      <input class="input" id="link-page" name="page" type="search" autocomplete="off" aria-describedby="link-page-chosen">
      <ul class="link-results" role="listbox" aria-label="Pages"></ul>
      <p class="hint" id="link-page-chosen" aria-live="polite"></p>
      <label class="inline"><input type="checkbox" name="newWindow"> Open in a new window</label>
      <p class="link-dialog-actions">
        <button class="button button-outline" value="cancel" formnovalidate>Cancel</button>
        <button class="button button-positive" value="ok">Choose</button>
      </p>
    </form>`;
  document.body.append(element);
  const form = element.querySelector('form');
  const results = element.querySelector('.link-results');
  let timer;
  form.elements.page.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const q = form.elements.page.value.trim();
      if (q.length < 2) return results.replaceChildren();
      const response = await fetch(`/umbraco/section/content/search?q=${encodeURIComponent(q)}`, { credentials: 'same-origin' });
      const pages = response.ok ? await response.json() : [];
      results.replaceChildren(...pages.map((page) => {
        const li = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'button button-small button-outline';
        button.textContent = page.name;
        button.addEventListener('click', () => {
          form.dataset.pageHref = `/{localLink:${page.udi}}`;
          form.dataset.pageName = page.name;
          form.elements.url.value = '';
          element.querySelector('#link-page-chosen').textContent = `Links to the page “${page.name}”.`;
        });
        li.append(button);
        return li;
      }));
    }, 200);
  });
  form.elements.url.addEventListener('input', () => { form.dataset.pageHref = ''; form.dataset.pageName = ''; });
  return element;
}
