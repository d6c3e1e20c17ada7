// The rules panel: which rule sources the next analysis uses. The capa-ts pack is always on; the
// bundled official rules can be switched off; the user can add a folder or a .zip of rules (a
// copy of the official rules replaces the bundled one). Rules are built in a worker, off the page.
import type { RuleSource } from '../assets.js';
import type { UserRules } from '../protocol.js';
import { byId, clear, formatMs, groupDigits, h } from './dom.js';
import { JobFailed, type Engine, type Ready } from './engine.js';

export interface RulesPanelHooks {
  /** the page is busy with a rules job (analyses wait) */
  busy(on: boolean): void;
  /** the rules changed: their count and sources */
  changed(ready: Ready): void;
}

/** the rule files of a folder the user picked (webkitdirectory keeps their relative paths) */
async function folderRules(files: FileList): Promise<UserRules> {
  const list = [...files];
  const top = list[0]?.webkitRelativePath.split('/')[0] || 'folder';
  const picked = list.filter((f) => f.name.endsWith('.yml'));
  const read = await Promise.all(picked.map(async (f) => ({ path: f.webkitRelativePath || f.name, data: await f.arrayBuffer() })));
  return { title: `${top}/`, files: read };
}

const plural = (n: number, what: string): string => `${groupDigits(n)} ${what}${n === 1 ? '' : 's'}`;

export class RulesPanel {
  private bundled: readonly RuleSource[] = [];
  private keepOfficial = true;
  private user: UserRules | undefined;
  private readonly list = byId('rule-sources');
  private readonly note = byId('rules-note');
  private readonly summary = byId('rules-summary');

  constructor(
    private readonly engine: Engine,
    private readonly base: ArrayBuffer,
    private readonly hooks: RulesPanelHooks,
  ) {
    // a dropdown: closes on a click elsewhere and on Escape
    const details = byId<HTMLDetailsElement>('rules-panel');
    document.addEventListener('click', (e) => {
      if (details.open && !details.contains(e.target as Node)) details.open = false;
    });
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && details.open) details.open = false;
    });
    const folder = byId<HTMLInputElement>('rules-folder');
    const zip = byId<HTMLInputElement>('rules-zip');
    byId('add-folder').addEventListener('click', () => folder.click());
    byId('add-zip').addEventListener('click', () => zip.click());
    folder.addEventListener('change', () => {
      if (folder.files?.length) void folderRules(folder.files).then((u) => this.rebuild(u, true));
      folder.value = '';
    });
    zip.addEventListener('change', () => {
      const f = zip.files?.[0];
      if (f) void f.arrayBuffer().then((data) => this.rebuild({ title: f.name, zip: data }, true));
      zip.value = '';
    });
  }

  /** the bundled sources, once the first worker has loaded them */
  init(ready: Ready): void {
    this.bundled = ready.sources;
    this.show(ready);
  }

  private show(ready: Ready): void {
    const active = new Set(ready.sources.map((s) => s.id));
    this.keepOfficial = this.bundled.some((s) => s.id !== 'capa-ts' && active.has(s.id));
    const inUse = new Map(ready.sources.map((s) => [s.id, s.files]));
    const rows = this.bundled.map((s) => {
      const fixed = s.id === 'capa-ts';
      const used = inUse.get(s.id);
      const count = used !== undefined && used !== s.files ? `${groupDigits(used)} of ${plural(s.files, 'file')} in use, ${groupDigits(s.files - used)} replaced by yours` : plural(s.files, 'file');
      const box = h('input', { type: 'checkbox', 'data-source': s.id, disabled: fixed, title: fixed ? 'the capa-ts rule pack is always used' : undefined });
      box.checked = active.has(s.id);
      if (!fixed) {
        box.addEventListener('change', () => {
          this.keepOfficial = box.checked;
          void this.rebuild(this.user, false);
        });
      }
      return h('li', null, h('label', null, box, ' ', h('span', { class: 'src-title' }, s.title)), h('span', { class: 'src-info', 'data-files': s.id }, `${count} · ${fixed ? 'built in' : 'bundled'}`));
    });
    const mine = ready.sources.find((s) => s.id === 'user');
    if (mine) {
      const remove = h('button', { type: 'button', class: 'link', id: 'remove-user-rules' }, 'remove');
      remove.addEventListener('click', () => void this.rebuild(undefined, false));
      rows.push(h('li', null, h('label', null, h('input', { type: 'checkbox', checked: true, disabled: true }), ' ', h('span', { class: 'src-title' }, mine.title)), h('span', { class: 'src-info' }, `${plural(mine.files, 'file')} · yours `, remove)));
    }
    clear(this.list, rows);
    this.summary.textContent = `${groupDigits(ready.ruleCount)} rules`;
    this.summary.title = ready.sources.map((s) => s.title).join(' + ');
  }

  private async rebuild(user: UserRules | undefined, adding: boolean): Promise<void> {
    if (this.engine.busy) {
      this.note.textContent = 'Wait for the running analysis to finish (or cancel it) before changing the rules.';
      return;
    }
    const previousUser = this.user;
    this.hooks.busy(true);
    this.note.className = 'note';
    this.note.textContent = user ? `Reading ${user.title}…` : 'Preparing the rules…';
    const keep = this.bundled.map((s) => s.id).filter((id) => id === 'capa-ts' || this.keepOfficial);
    try {
      if (user === undefined && this.keepOfficial) {
        // back to the bundled rules as they are: nothing to build
        this.engine.useRules(undefined);
        this.user = undefined;
        const ready = await this.engine.ready();
        this.show(ready);
        this.note.textContent = '';
        this.hooks.changed(ready);
        return;
      }
      const built = await this.engine.buildRules({ base: this.base, keep, ...(user ? { add: user } : {}) });
      this.user = user;
      const ready = await this.engine.ready();
      this.show(ready);
      const files = built.sources.find((s) => s.id === 'user')?.files ?? 0;
      const replaced = built.overridden
        ? ` ${built.overridden === files ? 'They replace' : `${groupDigits(built.overridden)} of them replace`} the bundled rule${built.overridden === 1 ? '' : 's'} of the same name.`
        : '';
      this.note.textContent = adding && user ? `Added ${user.title}: ${plural(files, 'rule file')}, ready in ${formatMs(built.buildMs)}.${replaced}` : '';
      this.hooks.changed(ready);
    } catch (e) {
      this.user = previousUser;
      const p = e instanceof JobFailed && e.problem !== 'cancelled' ? e.problem : undefined;
      this.note.className = 'note error';
      this.note.textContent = p ? `${p.title}: ${p.detail ?? p.message}` : `The rules could not be prepared: ${(e as Error).message}`;
      this.note.setAttribute('role', 'alert');
      // the previous selection stays in use
      const ready = await this.engine.ready().catch(() => undefined);
      if (ready) this.show(ready);
    } finally {
      this.hooks.busy(false);
    }
  }
}
