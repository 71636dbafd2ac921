// "Leaving a form with unsaved changes asks first": any change marks the form; submitting it clears the mark.
export function initUnsavedGuard(root) {
  for (const form of root.querySelectorAll('form[data-unsaved-guard]')) {
    let dirty = form.dataset.unsaved === 'true';
    const mark = () => { dirty = true; };
    form.addEventListener('input', mark);
    form.addEventListener('change', mark);
    form.addEventListener('cliniccms:changed', mark);
    form.addEventListener('submit', () => { dirty = false; });
    // Buttons elsewhere on the page that submit this form through form="..." (Unpublish) count as leaving on purpose.
    root.addEventListener('submit', () => { dirty = false; }, true);
    window.addEventListener('beforeunload', (event) => {
      if (!dirty) return;
      event.preventDefault();
      event.returnValue = '';
    });
    form.querySelector('[data-preview]')?.addEventListener('click', (event) => {
      if (dirty && !window.confirm('Preview shows the last saved draft. Your latest changes are not saved yet: preview anyway?')) {
        event.preventDefault();
      }
    });
  }
}
