import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AppServices } from '../../electron/laptop/create-services';
import { newCaller, startServices } from '../helpers/services';
import { copyOf, demoTemplate, signIn, type DemoTemplate } from './search-fixtures';

describe('viewer:get-prefs / viewer:set-prefs: the large-text setting, per user, durable', () => {
  let template: DemoTemplate;
  beforeAll(async () => {
    template = await demoTemplate();
  });
  const open: AppServices[] = [];
  afterEach(async () => {
    for (const app of open.splice(0)) await app.close();
  });
  const boot = (dir: string) => {
    const app = startServices(dir);
    open.push(app);
    return app;
  };

  it('defaults to 100 %, keeps each user their own size across restarts, refuses other sizes', async () => {
    const dir = copyOf(template);
    let app = boot(dir);
    const alice = await signIn(app, 'daibieu01', 'daibieu');
    const bob = await signIn(app, 'daibieu02', 'daibieu');
    expect(await alice.must('viewer:get-prefs')).toEqual({ textScale: 100 });
    expect(await alice.must('viewer:set-prefs', { textScale: 150 })).toEqual({ textScale: 150 });
    expect(await bob.must('viewer:get-prefs')).toEqual({ textScale: 100 });

    const refused = await alice.call('viewer:set-prefs', { textScale: 175 as 150 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', key: 'a11y.textSize.invalid' } });
    expect(await alice.must('viewer:get-prefs')).toEqual({ textScale: 150 });
    expect(await newCaller(app).call('viewer:get-prefs')).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });

    await app.close();
    open.splice(0);
    app = boot(dir);
    expect(await (await signIn(app, 'daibieu01', 'daibieu')).must('viewer:get-prefs')).toEqual({ textScale: 150 });
    expect(await (await signIn(app, 'daibieu02', 'daibieu')).must('viewer:get-prefs')).toEqual({ textScale: 100 });
  });
});
