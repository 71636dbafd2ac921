// Buttons with data-confirm ask before they act (Unpublish, Delete for good, Empty recycle bin).
export function initConfirm(root) {
  root.addEventListener('click', (event) => {
    const button = event.target.closest('[data-confirm]');
    if (button && !window.confirm(button.dataset.confirm)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);
}
