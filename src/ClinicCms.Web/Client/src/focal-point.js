// The focal point editor: click or drag on the image, or focus the marker and use the arrow keys (Shift: bigger
// steps). The number fields hold the value the form posts; the crop previews follow, cut the way the image processor
// cuts them (the window centred on the point, kept inside the picture).
export function initFocalPoint(root) {
  for (const editor of root.querySelectorAll('[data-focal-point]')) setUp(editor, root);
}

function setUp(editor, root) {
  const area = editor.querySelector('[data-focal-area]');
  const marker = editor.querySelector('[data-focal-marker]');
  const left = editor.querySelector('[data-focal-left]');
  const top = editor.querySelector('[data-focal-top]');
  const live = editor.querySelector('[data-focal-live]');
  const width = Number(editor.dataset.imageWidth);
  const height = Number(editor.dataset.imageHeight);
  const crops = [...root.querySelectorAll('img[data-crop-width]')];
  const form = editor.closest('form');
  let point = { x: Number(left.value) / 100, y: Number(top.value) / 100 };
  let dragging = false;

  const set = (x, y, { fromFields = false, announce = false } = {}) => {
    point = { x: clamp(x), y: clamp(y) };
    const lx = round(point.x * 100);
    const ty = round(point.y * 100);
    marker.style.left = `${lx}%`;
    marker.style.top = `${ty}%`;
    const text = `Focal point, ${lx}% from the left and ${ty}% from the top`;
    marker.setAttribute('aria-label', text);
    if (announce && live) live.textContent = text;
    if (!fromFields) {
      left.value = String(lx);
      top.value = String(ty);
      form?.dispatchEvent(new CustomEvent('cliniccms:changed'));
    }
    for (const image of crops) {
      image.style.objectPosition = cropPosition(width, height, Number(image.dataset.cropWidth), Number(image.dataset.cropHeight), point);
    }
  };

  const fromPointer = (event) => {
    const box = area.getBoundingClientRect();
    set((event.clientX - box.left) / box.width, (event.clientY - box.top) / box.height);
  };
  area.addEventListener('pointerdown', (event) => {
    if (event.button !== 0) return;
    event.preventDefault();
    dragging = true;
    area.setPointerCapture(event.pointerId);
    fromPointer(event);
    marker.focus({ preventScroll: true });
  });
  area.addEventListener('pointermove', (event) => { if (dragging) fromPointer(event); });
  area.addEventListener('pointerup', () => { dragging = false; });
  area.addEventListener('pointercancel', () => { dragging = false; });

  const moves = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
  marker.addEventListener('keydown', (event) => {
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    const step = event.shiftKey ? 0.1 : 0.01;
    set(point.x + move[0] * step, point.y + move[1] * step, { announce: true });
  });

  for (const field of [left, top]) {
    field.addEventListener('input', () => set(Number(left.value) / 100, Number(top.value) / 100, { fromFields: true }));
  }
  editor.querySelector('[data-focal-reset]')?.addEventListener('click', () => set(0.5, 0.5, { announce: true }));
}

// The same window the server's crop takes (ImageProcessor), as CSS object-position for an object-fit: cover image.
export function cropPosition(imageWidth, imageHeight, cropWidth, cropHeight, point) {
  const ratio = cropWidth / cropHeight;
  const cutWidth = Math.min(imageWidth, imageHeight * ratio);
  const cutHeight = Math.min(imageHeight, imageWidth / ratio);
  const fraction = (focal, size, cut) => (size - cut < 0.5 ? 0.5 : Math.min(Math.max(focal * size - cut / 2, 0), size - cut) / (size - cut));
  return `${round(fraction(point.x, imageWidth, cutWidth) * 100)}% ${round(fraction(point.y, imageHeight, cutHeight) * 100)}%`;
}

const clamp = (value) => Math.min(1, Math.max(0, Number.isFinite(value) ? value : 0.5));
const round = (value) => Math.round(value * 10) / 10;
