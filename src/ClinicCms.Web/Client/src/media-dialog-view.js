// The media dialog's markup: the dialog itself (built once) and one button per folder or item of a listing.
const ICONS = {
  folder: 'M3 6h6l2 2h10v12H3z',
  picture: 'M3 5h18v14H3z M3 16l5-5 4 4 3-3 6 6 M15 9a1 1 0 1 0 0-.1',
  document: 'M6 2h9l5 5v15H6z M14 2v6h6',
};

export function createDialog() {
  const dialog = document.createElement('dialog');
  dialog.className = 'media-dialog';
  dialog.setAttribute('aria-labelledby', 'media-dialog-title');
  dialog.innerHTML = `
    <form method="dialog" class="media-dialog-form">
      <h2 id="media-dialog-title">Choose media</h2>
      <div class="media-dialog-toolbar">
        <label class="visually-hidden" for="media-dialog-search">Search media by name</label>
        <input class="input" type="search" id="media-dialog-search" placeholder="Search by name" autocomplete="off" data-dialog-search>
        <button type="button" class="button button-primary" data-dialog-upload>Upload</button>
        <input type="file" multiple hidden data-dialog-file accept=".jpg,.jpeg,.jpe,.png,.gif,.webp,.svg,.pdf">
      </div>
      <nav class="breadcrumbs media-dialog-path" aria-label="Folders"><ol data-dialog-path></ol></nav>
      <div class="upload-status" data-dialog-status hidden>
        <div class="upload-progress">
          <progress max="100" value="0" aria-labelledby="media-dialog-progress-label" data-dialog-progress></progress>
          <span id="media-dialog-progress-label" data-dialog-progress-label>Uploading</span>
        </div>
        <ul class="upload-results" data-dialog-results aria-live="polite"></ul>
      </div>
      <ul class="media-dialog-items" aria-label="Media items" aria-busy="false" data-dialog-items></ul>
      <p class="hint" data-dialog-empty hidden></p>
      <p data-dialog-more hidden><button type="button" class="button button-outline button-small">Load more</button></p>
      <section class="media-dialog-describe" aria-labelledby="media-dialog-describe-title" data-dialog-describe hidden>
        <h3 id="media-dialog-describe-title" data-describe-title>Alternative text</h3>
        <label for="media-dialog-alt">Alternative text</label>
        <textarea class="input" id="media-dialog-alt" rows="2" aria-describedby="media-dialog-alt-help"></textarea>
        <p class="hint" id="media-dialog-alt-help">Describe the image for people who cannot see it, or mark it decorative.</p>
        <label class="inline"><input type="checkbox" class="toggle" id="media-dialog-decorative"> Decorative: screen readers skip it</label>
        <p><button type="button" class="button button-outline" data-describe-save>Save alternative text</button></p>
        <p class="hint" role="status" data-describe-status></p>
      </section>
      <footer class="media-dialog-actions">
        <p class="hint" role="status" data-dialog-selected>Nothing chosen yet.</p>
        <button class="button button-outline" value="cancel" formnovalidate>Close</button>
        <button class="button button-positive" value="ok" data-dialog-choose disabled>Choose</button>
      </footer>
    </form>`;
  document.body.append(dialog);
  return dialog;
}

export function folderButton(folder) {
  const button = base('media-dialog-item media-dialog-folder');
  button.dataset.folder = folder.key;
  button.append(thumb(null, 'folder'), text('media-dialog-name', folder.name), text('visually-hidden', ', open folder'));
  return wrap(button);
}

export function itemButton(item, { allowed, selected }) {
  const button = base('media-dialog-item');
  button.dataset.key = item.key;
  button.setAttribute('aria-pressed', String(selected));
  button.disabled = !allowed;
  button.append(thumb(item.thumbnailUrl, item.mediaTypeAlias === 'Image' ? 'picture' : 'document'), text('media-dialog-name', item.name));
  if (item.needsAltText) button.append(text('media-badge media-badge-warning', 'No alternative text'));
  if (!allowed) button.append(text('visually-hidden', ', cannot be chosen here'));
  return wrap(button);
}

export function pathItem(label, key, current) {
  const li = document.createElement('li');
  if (current) {
    li.textContent = label;
    li.setAttribute('aria-current', 'location');
  } else {
    const button = base('link-button');
    button.dataset.folder = key;
    button.textContent = label;
    li.append(button);
  }
  return li;
}

function base(className) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = className;
  return button;
}

function wrap(button) {
  const li = document.createElement('li');
  li.append(button);
  return li;
}

function text(className, value) {
  const span = document.createElement('span');
  span.className = className;
  span.textContent = value;
  return span;
}

function thumb(url, icon) {
  const span = document.createElement('span');
  span.className = 'media-dialog-thumb';
  if (url) {
    span.append(Object.assign(document.createElement('img'), { src: url, alt: '', width: 160, height: 160, loading: 'lazy' }));
  } else {
    span.innerHTML = `<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="${ICONS[icon]}"/></svg>`;
  }
  return span;
}
