// Progressive enhancement only: every page works without this file.

// "/" moves to the site search, as on many reading sites, unless the reader is typing somewhere.
document.addEventListener("keydown", (event) => {
  if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) {
    return;
  }
  const target = event.target;
  if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) {
    return;
  }
  const search = document.getElementById("site-q");
  if (search) {
    event.preventDefault();
    search.focus();
  }
});

// A link to a sentence (#s-12) scrolls to it already; moving focus there too lets screen readers read it out.
function focusTargetSentence() {
  const id = decodeURIComponent(location.hash.slice(1));
  if (!/^s-\d+$/.test(id)) {
    return;
  }
  const sentence = document.getElementById(id);
  if (sentence) {
    sentence.setAttribute("tabindex", "-1");
    sentence.focus({ preventScroll: true });
  }
}

window.addEventListener("hashchange", focusTargetSentence);
focusTargetSentence();

// Filter forms leave out the fields a reader left empty, so that the shared address says only what was chosen
// (?status=signed rather than ?theme=&kind=&status=signed). Without this the empty fields are simply ignored.
// A form in a live island is not sent (the island applies it in place), and its fields must stay usable.
document.addEventListener("submit", (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || form.method.toLowerCase() !== "get" || form.closest("[data-live=on]")) {
    return;
  }
  for (const field of form.elements) {
    if ((field instanceof HTMLInputElement || field instanceof HTMLSelectElement) && field.name && field.value === "") {
      field.disabled = true;
      field.dataset.emptied = "";
    }
  }
});

// Coming back to a page from the history restores the form as submitted: fields disabled above are enabled again.
window.addEventListener("pageshow", () => {
  for (const field of document.querySelectorAll("form [data-emptied]")) {
    field.disabled = false;
    delete field.dataset.emptied;
  }
});
