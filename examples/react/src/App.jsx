// The widgets in a React 19 app. React 19 passes props to custom elements as properties when the
// element has that property (`timeout` below is set as a number, not a string attribute). Events
// are attached with a ref and addEventListener, which works for every event name and React version.
import { useEffect, useRef, useState } from 'react';
// Registers every ln-* element (skipping tags already defined) and exports the public API.
import { setMessages } from '@leernetwerk/elements/cdn.js';

// Host override of one UI string, per language.
setMessages('nl', { common: { retry: 'Probeer het nog eens' } });

/** Calls `handler` for a DOM event on the element behind `ref`, with the latest handler. */
function useDomEvent(ref, name, handler) {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const listener = (event) => latest.current(event);
    el.addEventListener(name, listener);
    return () => el.removeEventListener(name, listener);
  }, [ref, name]);
}

export function App() {
  const [lang, setLang] = useState('nl');
  const [catalogue, setCatalogue] = useState(null);
  const [received, setReceived] = useState([]);
  const provider = useRef(null);
  const form = useRef(null);

  // Properties out: the provider exposes its data state; `loaded` settles when loading is done.
  useEffect(() => {
    let live = true;
    provider.current?.loaded.then(
      () => live && setCatalogue(provider.current.data.dataset),
      () => live && setCatalogue(undefined),
    );
    return () => {
      live = false;
    };
  }, []);

  // Events out: React handles the question itself, so the form posts nowhere.
  useDomEvent(form, 'ln-question-submit', (event) => {
    event.preventDefault();
    setReceived((list) => [...list, event.detail.question.what]);
  });

  const t = lang === 'nl'
    ? { title: 'Leernetwerk in een React-app', switchTo: 'English', loaded: (n) => `Catalogus geladen: ${n} leeraanbiedingen.`, got: 'Door React ontvangen vragen' }
    : { title: 'Leernetwerk in a React app', switchTo: 'Nederlands', loaded: (n) => `Catalogue loaded: ${n} learning offerings.`, got: 'Questions received by React' };

  return (
    <main lang={lang}>
      <h1>{t.title}</h1>
      <p>
        <button type="button" className="switch" onClick={() => setLang(lang === 'nl' ? 'en' : 'nl')}>
          {t.switchTo}
        </button>
      </p>
      <p role="status">{catalogue ? t.loaded(catalogue.offerings.length) : ''}</p>

      <ln-provider ref={provider} timeout={20000}>
        <section aria-labelledby="vraag">
          <h2 id="vraag">{lang === 'nl' ? 'Leervraag' : 'Learning question'}</h2>
          <ln-question-form ref={form}></ln-question-form>
        </section>
        <section aria-labelledby="got">
          <h2 id="got">{t.got}</h2>
          <ul>
            {received.map((what, i) => (
              <li key={i}>{what}</li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="aanbod">
          <h2 id="aanbod">{lang === 'nl' ? 'Leeraanbod' : 'Learning offerings'}</h2>
          <ln-offering-finder></ln-offering-finder>
        </section>
      </ln-provider>
    </main>
  );
}
