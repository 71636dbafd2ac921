// The back office's script: the Umbraco UI Library components it uses, and small enhancements of server-rendered
// pages. Every page works without it; with it, tabs switch in place, the tree expands lazily, Block Lists change
// without a round trip, rich text is edited with Tiptap, leaving unsaved changes asks first, media upload with a
// progress bar (and drag and drop), the focal point is set on the image, the media picker opens its dialog, and a
// running uSync import shows its progress live.
import '@umbraco-ui/uui-avatar';
import '@umbraco-ui/uui-badge';
import '@umbraco-ui/uui-box';
import '@umbraco-ui/uui-tabs';
import '@umbraco-ui/uui-tag';
import { initTabs } from './tabs.js';
import { initTree } from './tree.js';
import { initBlockLists } from './block-list.js';
import { initRichText } from './rich-text.js';
import { initUnsavedGuard } from './unsaved.js';
import { initSort } from './sort.js';
import { initConfirm } from './confirm.js';
import { initMediaLibrary } from './media-library.js';
import { initFocalPoint } from './focal-point.js';
import { initMediaPickers } from './media-picker.js';
import { initUSyncProgress } from './usync-progress.js';

// Controls that only work with the script (.js-only: upload, the media picker's buttons) show from here on.
document.documentElement.classList.add('js');

function init() {
  initConfirm(document);
  initTree(document);
  initRichText(document);
  initBlockLists(document);
  initTabs(document);
  initUnsavedGuard(document);
  initSort(document);
  initMediaLibrary(document);
  initFocalPoint(document);
  initMediaPickers(document);
  initUSyncProgress(document);
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', init);
} else {
  init();
}
