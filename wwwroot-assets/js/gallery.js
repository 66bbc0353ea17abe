// Gallery helpers: what needs the browser's own events (resize, wheel, pointer drag, media time). The server decides
// what is shown; these only measure, zoom, step and keep two players together, and report back what the server needs.

// Columns of the virtualised grid: how many cards of at least `minWidth` fit in the element, told to .NET on change.
export function observeColumns(element, dotnet, minWidth, gap) {
  let last = 0;
  const measure = () => {
    const width = element.clientWidth;
    const columns = Math.max(1, Math.floor((width + gap) / (minWidth + gap)));
    if (columns !== last) {
      last = columns;
      dotnet.invokeMethodAsync('SetColumns', columns);
    }
  };
  const observer = new ResizeObserver(measure);
  observer.observe(element);
  measure();
  return { dispose: () => observer.disconnect() };
}

// Image zoom: the wheel zooms around the pointer, a drag pans, a click toggles between fit and 100 %.
// The element holds one <img>; the zoom shown (a percentage of the picture's own size) goes to `label`.
export function initZoom(element, label) {
  const image = element.querySelector('img');
  const state = { scale: 1, x: 0, y: 0, fitted: true, drag: null, moved: false };
  const natural = () => ({ w: image.naturalWidth || 1, h: image.naturalHeight || 1 });
  const fitScale = () => {
    const { w, h } = natural();
    return Math.min(element.clientWidth / w, element.clientHeight / h, 1);
  };
  const apply = () => {
    image.style.transform = `translate(${state.x}px, ${state.y}px) scale(${state.scale})`;
    const percent = Math.round(state.scale * 100);
    element.dataset.zoom = String(percent);
    element.dataset.fitted = state.fitted ? 'true' : 'false';
    if (label) label.textContent = state.fitted ? `Fit (${percent} %)` : `${percent} %`;
  };
  const centre = () => {
    const { w, h } = natural();
    state.x = (element.clientWidth - w * state.scale) / 2;
    state.y = (element.clientHeight - h * state.scale) / 2;
  };
  const zoomAt = (scale, px, py) => {
    const next = Math.min(8, Math.max(fitScale() / 2, scale));
    state.x = px - (px - state.x) * (next / state.scale);
    state.y = py - (py - state.y) * (next / state.scale);
    state.scale = next;
    state.fitted = false;
    apply();
  };
  const api = {
    fit() { state.scale = fitScale(); state.fitted = true; centre(); apply(); },
    actual() { state.scale = 1; state.fitted = false; centre(); apply(); },
    zoomIn() { zoomAt(state.scale * 1.25, element.clientWidth / 2, element.clientHeight / 2); },
    zoomOut() { zoomAt(state.scale / 1.25, element.clientWidth / 2, element.clientHeight / 2); },
    dispose() { observer.disconnect(); element.removeEventListener('wheel', onWheel); },
  };
  const onWheel = (e) => {
    e.preventDefault();
    const box = element.getBoundingClientRect();
    zoomAt(state.scale * (e.deltaY < 0 ? 1.15 : 1 / 1.15), e.clientX - box.left, e.clientY - box.top);
  };
  element.addEventListener('wheel', onWheel, { passive: false });
  element.addEventListener('pointerdown', (e) => {
    state.drag = { x: e.clientX - state.x, y: e.clientY - state.y, startX: e.clientX, startY: e.clientY };
    state.moved = false;
    element.setPointerCapture(e.pointerId);
  });
  element.addEventListener('pointermove', (e) => {
    if (!state.drag) return;
    if (Math.abs(e.clientX - state.drag.startX) + Math.abs(e.clientY - state.drag.startY) > 3) state.moved = true;
    if (state.moved) {
      state.x = e.clientX - state.drag.x;
      state.y = e.clientY - state.drag.y;
      state.fitted = false;
      apply();
    }
  });
  element.addEventListener('pointerup', (e) => {
    const click = state.drag && !state.moved;
    state.drag = null;
    if (!click) return;
    if (state.fitted) {
      const box = element.getBoundingClientRect();
      zoomAt(1, e.clientX - box.left, e.clientY - box.top);
    } else {
      api.fit();
    }
  });
  const observer = new ResizeObserver(() => { if (state.fitted) api.fit(); });
  observer.observe(element);
  if (image.complete) api.fit(); else image.addEventListener('load', () => api.fit(), { once: true });
  return api;
}

// Frame stepping: previous/next frame at the video's frame rate, from buttons (step) or the keys , and . (or the arrow
// keys) while the player has the focus. The time and frame number go to `label`, and to the element's data-frame.
export function initFrameStepper(container, video, fps, label) {
  const rate = fps > 0 ? fps : 30;
  const frame = () => Math.round(video.currentTime * rate);
  const show = () => {
    const f = frame();
    container.dataset.frame = String(f);
    if (label) label.textContent = `${video.currentTime.toFixed(3)} s · frame ${f}`;
  };
  const api = {
    step(frames) {
      video.pause();
      const target = Math.max(0, (frame() + frames) / rate);
      // half a frame in, so that the browser shows the intended frame whatever its rounding
      video.currentTime = Math.min(Number.isFinite(video.duration) ? video.duration : target, target + 0.5 / rate);
    },
    dispose() { container.removeEventListener('keydown', onKey); ['timeupdate', 'seeked', 'loadedmetadata'].forEach((n) => video.removeEventListener(n, show)); },
  };
  const onKey = (e) => {
    if (e.key === ',' || e.key === 'ArrowLeft') { e.preventDefault(); api.step(-1); }
    if (e.key === '.' || e.key === 'ArrowRight') { e.preventDefault(); api.step(1); }
  };
  container.addEventListener('keydown', onKey);
  ['timeupdate', 'seeked', 'loadedmetadata'].forEach((n) => video.addEventListener(n, show));
  show();
  return api;
}

// Two videos played as one for the comparison slider: `after` follows `before` (play, pause, seek, rate), and the
// shared controls (a play button and a seek bar) drive both. The after is muted; the before keeps its sound.
export function syncVideos(before, after, playButton, seekBar, label) {
  after.muted = true;
  const sync = () => {
    if (Math.abs(after.currentTime - before.currentTime) > 0.05) after.currentTime = before.currentTime;
  };
  const show = () => {
    if (Number.isFinite(before.duration) && before.duration > 0) seekBar.value = String((before.currentTime / before.duration) * 1000);
    if (label) label.textContent = `${before.currentTime.toFixed(2)} s`;
    playButton.dataset.playing = before.paused ? 'false' : 'true';
  };
  const handlers = [
    [before, 'play', () => { sync(); after.play().catch(() => {}); show(); }],
    [before, 'pause', () => { after.pause(); sync(); show(); }],
    [before, 'seeked', () => { sync(); show(); }],
    [before, 'timeupdate', () => { if (before.paused) sync(); show(); }],
    [before, 'ratechange', () => { after.playbackRate = before.playbackRate; }],
    [playButton, 'click', () => { if (before.paused) before.play().catch(() => {}); else before.pause(); }],
    [seekBar, 'input', () => {
      if (Number.isFinite(before.duration)) before.currentTime = (Number(seekBar.value) / 1000) * before.duration;
    }],
  ];
  handlers.forEach(([target, name, handler]) => target.addEventListener(name, handler));
  show();
  return { dispose: () => handlers.forEach(([target, name, handler]) => target.removeEventListener(name, handler)) };
}
