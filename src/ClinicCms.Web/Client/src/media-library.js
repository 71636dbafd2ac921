// The Media section's collection: Upload (file chooser) and drag and drop of several files at once onto the list,
// with a progress bar and one line per file (refusals with the server's reason); the list then reloads in place.
import { uploadFiles, resultItem, summary } from './media-upload.js';

const EDIT = '/umbraco/section/media/workspace/media/edit/';

export function initMediaLibrary(root) {
  const upload = root.querySelector('[data-media-upload]');
  if (!upload) return;
  const input = upload.querySelector('[data-upload-input]');
  const status = root.querySelector('[data-upload-status]');
  const progress = status.querySelector('[data-upload-progress]');
  const label = status.querySelector('[data-upload-label]');
  const results = status.querySelector('[data-upload-results]');
  const zone = root.querySelector('[data-media-dropzone]');
  let busy = false;

  upload.querySelector('[data-upload-choose]').addEventListener('click', () => input.click());
  input.addEventListener('change', () => {
    const files = [...input.files];
    input.value = '';
    start(files);
  });

  if (zone) {
    let depth = 0;
    const hasFiles = (event) => [...(event.dataTransfer?.types ?? [])].includes('Files');
    zone.addEventListener('dragenter', (event) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth += 1;
      zone.classList.add('dragging');
    });
    zone.addEventListener('dragover', (event) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    });
    zone.addEventListener('dragleave', () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) zone.classList.remove('dragging');
    });
    zone.addEventListener('drop', (event) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      zone.classList.remove('dragging');
      start([...event.dataTransfer.files]);
    });
  }

  async function start(files) {
    if (files.length === 0 || busy) return;
    busy = true;
    status.hidden = false;
    results.replaceChildren();
    progress.value = 0;
    label.textContent = `Uploading ${files.length === 1 ? '1 file' : `${files.length} files`}: 0%`;
    const answer = await uploadFiles(files, {
      url: upload.dataset.uploadUrl,
      token: upload.dataset.token,
      maxFiles: Number(upload.dataset.maxFiles) || 20,
      onProgress: (fraction) => {
        progress.value = Math.round(fraction * 100);
        label.textContent = `Uploading ${files.length === 1 ? '1 file' : `${files.length} files`}: ${progress.value}%`;
      },
    });
    label.textContent = summary(answer);
    results.append(...answer.map((result) => resultItem(result, (key) => EDIT + key)));
    busy = false;
    if (answer.some((r) => r.key && !r.error)) await refresh(root);
  }
}

// Reloads the list the page shows (the same server HTML), keeping the upload results on screen.
async function refresh(root) {
  const response = await fetch(location.href, { headers: { Accept: 'text/html' }, credentials: 'same-origin' });
  if (!response.ok) return;
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const fresh = page.querySelector('[data-media-items]');
  const current = root.querySelector('[data-media-items]');
  if (fresh && current) current.replaceChildren(...fresh.childNodes);
}
