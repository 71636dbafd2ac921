// While a uSync run is going, its page asks the server for the progress every second and reloads itself when the run
// has finished, which shows the results. Without the script, the page's "Check progress" link does the same.
export function initUSyncProgress(root) {
  const box = root.querySelector('[data-usync-progress]');
  if (!box) {
    return;
  }

  const stage = box.querySelector('[data-usync-stage]');
  const bar = box.querySelector('progress');
  const poll = async () => {
    try {
      const response = await fetch(box.dataset.statusUrl, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
      if (response.ok) {
        const status = await response.json();
        if (!status.running) {
          window.location.reload();
          return;
        }

        // Only a new stage is announced (role=status); counts change the bar silently.
        if (stage.textContent !== status.text) {
          stage.textContent = status.text;
        }

        if (status.total > 0) {
          bar.max = status.total;
          bar.value = status.done;
        } else {
          bar.removeAttribute('value');
        }
      }
    } catch {
      // The server may be busy with the import itself: keep asking.
    }

    setTimeout(poll, 1000);
  };
  setTimeout(poll, 1000);
}
