// Sends the brief form's fields to be kept as the editor's draft two seconds after typing stops, and at once when the
// page is hidden (another tab, the phone locked, the page closing). Once the form is submitted nothing more is sent:
// the save itself ends the draft, and a late copy must not bring it back.
const pause = 2000;

export function keep(formId, autosave) {
  const form = document.getElementById(formId);
  if (!form) {
    return;
  }
  const value = (name) => form.elements.namedItem(name)?.value ?? "";
  let waiting;
  let changed = false;
  let stopped = false;
  const send = () => {
    clearTimeout(waiting);
    if (!changed || stopped) {
      return;
    }
    changed = false;
    const fields = {
      title: value("Input.Title"),
      body: value("Input.Body"),
      publishedOn: value("Input.PublishedOn"),
      sourceName: value("Input.SourceName"),
      sourceUrl: value("Input.SourceUrl"),
      tags: value("Input.Tags"),
    };
    // One stream for all the fields: the body alone may be larger than one message over the circuit.
    const json = DotNet.createJSStreamReference(new TextEncoder().encode(JSON.stringify(fields)));
    autosave.invokeMethodAsync("KeepAsync", json).then((goOn) => {
      stopped ||= goOn === false;
    }).catch((error) => {
      // The circuit is gone: what was typed is still in the form, and saving it still works.
      changed = true;
      console.debug("The draft could not be kept", error);
    });
  };
  const later = () => {
    changed = true;
    clearTimeout(waiting);
    waiting = setTimeout(send, pause);
  };
  form.addEventListener("input", later);
  form.addEventListener("submit", () => {
    stopped = true;
    clearTimeout(waiting);
  });
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") {
      send();
    }
  });
  window.addEventListener("pagehide", send);
  // What was typed before the circuit started (the page works without it) is kept as well.
  const typedAlready = Array.from(form.elements).some((field) => "defaultValue" in field && field.type !== "hidden" && field.value !== field.defaultValue);
  if (typedAlready) {
    later();
  }
}
