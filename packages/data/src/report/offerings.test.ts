import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Offering } from '@leernetwerk/sdk';
import { offerings } from './offerings.js';

const count = (pick: (o: Offering) => boolean) => offerings.filter(pick).length;
const withTheme = (theme: string) => count((o) => o.themes.includes(theme));

test('horizontal learning within one domain dominates; vertical and cross-domain learning are scarcer (2.1, 3.2)', () => {
  const horizontal = count((o) => o.direction.includes('horizontal'));
  const vertical = count((o) => o.direction.includes('vertical'));
  const within = count((o) => o.domainScope.includes('within-domain'));
  const cross = count((o) => o.domainScope.includes('cross-domain'));
  assert.ok(horizontal > vertical, `horizontal ${horizontal}, vertical ${vertical}`);
  assert.ok(within > 2 * cross, `within ${within}, cross ${cross}`);
  assert.ok(cross <= offerings.length / 4, `cross-domain ${cross} of ${offerings.length}`);
});

test('area-based offerings on education and work are scarce next to housing, care and safety (2.1)', () => {
  const scarce = Math.max(withTheme('education'), withTheme('work'));
  for (const theme of ['housing', 'health-care', 'safety']) {
    assert.ok(withTheme(theme) >= 3 * scarce, `${theme} ${withTheme(theme)} vs education/work ${scarce}`);
  }
});

test('peer networks and associations are national and horizontal; knowledge organisations’ local practices are local and vertical (2.1)', () => {
  for (const o of offerings.filter((o) => o.learningForms.includes('peer-network'))) {
    assert.deepEqual(o.direction, ['horizontal'], o.id);
    assert.deepEqual(o.domainScope, ['within-domain'], o.id);
    assert.ok(o.scale.every((s) => s === 'national' || s === 'regional'), o.id);
  }
  const practices = offerings.filter((o) => o.id.startsWith('lerende-praktijken-'));
  assert.deepEqual(
    practices.map((o) => o.provider),
    ['Platform31', 'Movisie', 'CCV', 'KIS', 'Pharos', 'Platform Stad en Wijk'],
  );
  for (const o of practices) {
    assert.deepEqual(o.scale, ['local'], o.id);
    assert.deepEqual(o.direction, ['vertical'], o.id);
  }
  for (const id of ['werkplaatsen-sociaal-domein', 'academische-werkplaatsen']) {
    const o = offerings.find((x) => x.id === id);
    assert.ok(o?.scale.includes('regional'), id);
    assert.deepEqual(o?.domainScope, ['within-domain'], id);
  }
});

test('only white spot 6 has an offering the report links to it, the attention at Aedes', () => {
  assert.deepEqual(
    offerings.filter((o) => o.agendaItems?.length).map((o) => [o.id, o.agendaItems]),
    [['aedes-rol-corporaties-leefbaarheid', ['gap-6']]],
  );
});

test('the offerings the brief lists by name are there', () => {
  const ids = new Set(offerings.map((o) => o.id));
  for (const id of [
    'g40-themagroep-veiligheid', 'lpb', 'lsa-bewoners', 'krachtproef', 'lppw', 'forum-stedelijke-vernieuwing',
    'vereniging-directeuren-sociaal-domein', 'werkplaatsen-sociaal-domein', 'academische-werkplaatsen',
    'kenniswerkplaats-leefbare-wijken', 'ella-vogelaar-academie', 'city-deals', 'project-buurtbouwers',
    'project-wijkprofielen-buurtagendas', 'leerkring-spoor-1', 'bijeenkomst-werken-aan-leefbare-wijken',
    'bijeenkomst-wijkprofielen-buurtagendas', 'wijkwijzer',
  ]) {
    assert.ok(ids.has(id), id);
  }
});
