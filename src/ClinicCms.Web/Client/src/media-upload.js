// Uploads files to the media API as the browser streams them: one multipart request per batch of at most `maxFiles`
// (the server's limit per request), with the progress over all bytes from xhr.upload.onprogress. Resolves with one
// result per file, in order: { fileName, key, mediaTypeAlias, thumbnailUrl, problems } or { fileName, error: { detail } }.
export async function uploadFiles(files, { url, token, maxFiles = 20, onProgress = () => {} }) {
  const total = files.reduce((sum, file) => sum + file.size, 0) || 1;
  const results = [];
  let sent = 0;
  for (let i = 0; i < files.length; i += maxFiles) {
    const batch = files.slice(i, i + maxFiles);
    const bytes = batch.reduce((sum, file) => sum + file.size, 0);
    results.push(...await send(batch, url, token, (fraction) => onProgress(Math.min(1, (sent + fraction * bytes) / total))));
    sent += bytes;
  }
  onProgress(1);
  return results;
}

function send(batch, url, token, progress) {
  return new Promise((resolve) => {
    const form = new FormData();
    for (const file of batch) form.append('files', file, file.name);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('RequestVerificationToken', token);
    xhr.responseType = 'json';
    xhr.upload.onprogress = (event) => { if (event.lengthComputable) progress(event.loaded / event.total); };
    const failAll = (detail) => resolve(batch.map((file) => ({ fileName: file.name, error: { detail: `"${file.name}" was not uploaded: ${detail}` } })));
    xhr.onload = () => {
      const body = xhr.response;
      if (body && Array.isArray(body.files)) return resolve(body.files);
      if (xhr.status === 401) return failAll('your session has ended. Sign in again, then upload.');
      if (xhr.status === 403) return failAll('your user groups do not allow uploading.');
      if (xhr.status === 413) return failAll('the upload is larger than the server accepts.');
      failAll(body?.detail ?? `the server answered ${xhr.status}.`);
    };
    xhr.onerror = () => failAll('the connection failed. Check the network and try again.');
    xhr.send(form);
  });
}

// The antiforgery token of the page (every back-office form carries one), for the API's RequestVerificationToken header.
export function pageToken() {
  return document.querySelector('input[name="__RequestVerificationToken"]')?.value ?? '';
}

// One result as a list item: a link to the new item (and a warning when an image still needs alternative text), or
// the server's reason for refusing the file.
export function resultItem(result, editUrl) {
  const li = document.createElement('li');
  if (result.error || !result.key) {
    li.className = 'upload-refused';
    li.textContent = result.error?.detail ?? `"${result.fileName}" was not uploaded.`;
    return li;
  }
  li.className = 'upload-ok';
  const link = document.createElement('a');
  link.href = editUrl(result.key);
  link.textContent = result.fileName;
  li.append(link, ' uploaded');
  if (result.problems?.length) {
    const badge = document.createElement('span');
    badge.className = 'media-badge media-badge-warning';
    badge.textContent = 'Needs alternative text';
    li.append(' ', badge);
  }
  return li;
}

export function summary(results) {
  const ok = results.filter((r) => r.key && !r.error).length;
  const refused = results.length - ok;
  const files = (n) => (n === 1 ? '1 file' : `${n} files`);
  return refused === 0 ? `${files(ok)} uploaded.` : `${files(ok)} uploaded, ${files(refused)} refused.`;
}
