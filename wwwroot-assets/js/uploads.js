// Resumable uploads: each chosen or dropped file goes up in chunks to the server's upload sessions (/uploads), one file
// after another, with its progress reported to the Blazor component. A chunk that fails is sent again after a growing
// pause (and, while the browser is offline, once it is back online), from the offset the server says it holds. A file's
// session is remembered in localStorage under name + size + last-modified, so choosing the same file again after a page
// reload resumes where it stopped instead of starting over.

const STORE = 'mediaengine.uploads';
const PROGRESS_INTERVAL_MS = 150;
const MAX_SERVER_RETRIES = 8;
const MAX_OFFLINE_MS = 10 * 60 * 1000;

const keyOf = file => `${file.name}|${file.size}|${file.lastModified}`;

function sessions() {
  try {
    return JSON.parse(localStorage.getItem(STORE)) ?? {};
  } catch {
    return {};
  }
}

function remember(key, entry) {
  const all = sessions();
  all[key] = entry;
  localStorage.setItem(STORE, JSON.stringify(all));
}

function forget(key) {
  const all = sessions();
  delete all[key];
  localStorage.setItem(STORE, JSON.stringify(all));
}

const pause = ms => new Promise(resolve => setTimeout(resolve, ms));

/** Resolves when the browser is online again, or after `ms` at most. */
function onlineOrAfter(ms) {
  if (navigator.onLine) {
    return pause(ms);
  }

  return new Promise(resolve => {
    const done = () => {
      window.removeEventListener('online', done);
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, Math.max(ms, 5000));
    window.addEventListener('online', done);
  });
}

const backoff = attempt => Math.min(15000, 500 * 2 ** attempt) * (0.75 + Math.random() / 2);

async function problemOf(response) {
  try {
    const body = await response.json();
    return body.detail ?? body.title ?? `The server answered ${response.status}.`;
  } catch {
    return `The server answered ${response.status} ${response.statusText}.`;
  }
}

class Uploader {
  constructor(root, dotnet, options) {
    this.root = root;
    this.dotnet = dotnet;
    this.url = options.url;
    this.token = options.token;
    this.maxFiles = options.maxFiles;
    this.queue = [];
    this.running = false;
    this.input = root.querySelector('input[type=file][data-upload-input]');
    this.onChange = () => {
      const files = [...this.input.files];
      this.input.value = ''; // the same file can be chosen again
      this.take(files);
    };
    this.onDragOver = event => { event.preventDefault(); root.classList.add('me-upload--over'); };
    this.onDragLeave = () => root.classList.remove('me-upload--over');
    this.onDrop = event => {
      event.preventDefault();
      root.classList.remove('me-upload--over');
      this.take([...(event.dataTransfer?.files ?? [])]);
    };
    this.input.addEventListener('change', this.onChange);
    for (const zone of root.querySelectorAll('[data-upload-drop]')) {
      zone.addEventListener('dragover', this.onDragOver);
      zone.addEventListener('dragleave', this.onDragLeave);
      zone.addEventListener('drop', this.onDrop);
    }

    if (this.input.files.length > 0) {
      this.onChange(); // chosen before this script was attached
    }
  }

  get disabled() {
    return this.root.dataset.disabled === 'true';
  }

  headers(extra) {
    return { RequestVerificationToken: this.token, ...extra };
  }

  notify(method, ...args) {
    return this.dotnet.invokeMethodAsync(method, ...args).catch(() => {});
  }

  /** The end of a file is reported until the page's connection takes it (it may be reconnecting). */
  async notifyEnd(method, ...args) {
    for (let attempt = 0; attempt < 40; attempt++) {
      try {
        await this.dotnet.invokeMethodAsync(method, ...args);
        return;
      } catch {
        await onlineOrAfter(backoff(Math.min(attempt, 4)));
      }
    }
  }

  async take(files) {
    if (files.length === 0 || this.disabled) {
      return;
    }

    if (files.length > this.maxFiles) {
      await this.notify('UploadBatchRefused', files.length);
      return;
    }

    for (const file of files) {
      const key = keyOf(file);
      if (!this.queue.some(q => q.key === key)) {
        this.queue.push({ key, file });
        await this.notify('UploadQueued', key, file.name, file.size);
      }
    }

    if (!this.running) {
      this.running = true;
      try {
        while (this.queue.length > 0) {
          const { key, file } = this.queue[0];
          await this.upload(key, file);
          this.queue.shift();
        }
      } finally {
        this.running = false;
      }
    }
  }

  /**
   * Sends a request until the server answers; network failures and passing server trouble (5xx, 408, 429) are tried again
   * after a pause, or once the browser is back online. Returns the response, or throws after too long.
   */
  async send(method, url, body, headers) {
    const started = Date.now();
    for (let attempt = 0; ; attempt++) {
      try {
        const response = await fetch(url, { method, body, headers: this.headers(headers), credentials: 'same-origin', cache: 'no-store' });
        if ((response.status >= 500 || response.status === 408 || response.status === 429) && attempt < MAX_SERVER_RETRIES) {
          await pause(backoff(attempt));
          continue;
        }

        return response;
      } catch (error) {
        if (Date.now() - started > MAX_OFFLINE_MS) {
          throw new Error('The connection was lost for too long. Choose the file again to resume where it stopped.');
        }

        await onlineOrAfter(backoff(Math.min(attempt, 5)));
      }
    }
  }

  async start(key, file) {
    const known = sessions()[key];
    if (known) {
      const response = await this.send('GET', `${this.url}/${known.id}`);
      if (response.ok) {
        return await response.json();
      }

      forget(key); // completed, expired or not ours: start again
    }

    const response = await this.send('POST', this.url, JSON.stringify({ name: file.name, size: file.size, type: file.type || null }),
      { 'Content-Type': 'application/json' });
    if (!response.ok) {
      throw Object.assign(new Error(await problemOf(response)), { refused: response.status === 413 || response.status === 422 });
    }

    const status = await response.json();
    remember(key, { id: status.id, name: file.name, size: file.size });
    return status;
  }

  async upload(key, file) {
    try {
      const status = await this.start(key, file);
      const session = `${this.url}/${status.id}`;
      let offset = status.offset;
      let reported = 0;
      await this.notify('UploadProgress', key, offset);
      while (offset < file.size) {
        const end = Math.min(file.size, offset + status.chunkBytes);
        const response = await this.send('PATCH', session, file.slice(offset, end),
          { 'Upload-Offset': String(offset), 'Content-Type': 'application/offset+octet-stream' });
        if (response.ok || response.status === 409) {
          // 409: part of a chunk arrived before the connection dropped; go on from what the server holds.
          offset = Number(response.headers.get('Upload-Offset') ?? (await response.json()).offset);
        } else {
          if (response.status === 404 || response.status === 410) {
            forget(key);
          }

          throw new Error(await problemOf(response));
        }

        if (Date.now() - reported >= PROGRESS_INTERVAL_MS || offset >= file.size) {
          reported = Date.now();
          await this.notify('UploadProgress', key, offset);
        }
      }

      const completed = await this.send('POST', `${session}/complete`);
      if (completed.status !== 409) {
        forget(key); // taken in or refused: the session is gone either way
      }

      if (!completed.ok) {
        throw Object.assign(new Error(await problemOf(completed)), { refused: completed.status === 422 });
      }

      const asset = await completed.json();
      await this.notifyEnd('UploadFinished', key, asset.id, asset.name, String(asset.kind), asset.duplicate === true);
    } catch (error) {
      await this.notifyEnd('UploadFailed', key, error.message, error.refused === true);
    }
  }

  dispose() {
    this.input.removeEventListener('change', this.onChange);
    for (const zone of this.root.querySelectorAll('[data-upload-drop]')) {
      zone.removeEventListener('dragover', this.onDragOver);
      zone.removeEventListener('dragleave', this.onDragLeave);
      zone.removeEventListener('drop', this.onDrop);
    }
  }
}

/** Starts taking files from `root`'s file input and drop zones; reports to `dotnet`. */
export function attach(root, dotnet, options) {
  const uploader = new Uploader(root, dotnet, options);
  return { dispose: () => uploader.dispose() };
}

/** The unfinished uploads this browser remembers and the server still holds: name, size and bytes received. */
export async function pending(url, token) {
  const found = [];
  for (const [key, entry] of Object.entries(sessions())) {
    try {
      const response = await fetch(`${url}/${entry.id}`, { headers: { RequestVerificationToken: token }, credentials: 'same-origin', cache: 'no-store' });
      if (response.ok) {
        const status = await response.json();
        found.push({ name: status.name, size: status.size, offset: status.offset });
      } else if (response.status === 403 || response.status === 404 || response.status === 410) {
        forget(key);
      }
    } catch {
      // offline: they stay remembered
    }
  }

  return found;
}
