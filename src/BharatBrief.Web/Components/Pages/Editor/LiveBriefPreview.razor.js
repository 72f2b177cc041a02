// Sends the brief's title, published date and Markdown to its live preview on the server when the editor pauses in
// typing (and once at the start). The Markdown goes as a stream: a brief may be larger than one message over the circuit.
const pause = 300;

export function follow(titleId, bodyId, publishedOnId, preview) {
  const title = document.getElementById(titleId);
  const body = document.getElementById(bodyId);
  const publishedOn = publishedOnId ? document.getElementById(publishedOnId) : null;
  if (!title || !body) {
    return;
  }
  let waiting;
  const send = () => {
    // The framework takes no stream of nothing: an empty field is sent as null.
    const bytes = new TextEncoder().encode(body.value);
    const text = bytes.length > 0 ? DotNet.createJSStreamReference(bytes) : null;
    // A title is short (300 characters at most when saved) and a date shorter: what is sent is cut well within one message's size.
    const date = publishedOn ? publishedOn.value.slice(0, 20) : null;
    preview.invokeMethodAsync("ShowAsync", title.value.slice(0, 1000), date, text).catch((error) => {
      console.debug("The live preview could not be updated", error);
      // The circuit is gone or the text could not be read: the Preview button still works.
    });
  };
  const later = () => {
    clearTimeout(waiting);
    waiting = setTimeout(send, pause);
  };
  for (const field of [title, body, publishedOn]) {
    field?.addEventListener("input", later);
  }
  send();
}
