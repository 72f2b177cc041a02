// Opens and closes the reconnect notice as the framework reports the circuit's connection; the framework also sets
// the classes (components-reconnect-show, -retrying, -failed, -paused, -resume-failed) that pick the message shown.
// A non-modal dialog: the page behind it (links, the search form) works without the circuit, so the reader is told,
// not blocked.
const notice = document.getElementById("components-reconnect-modal");

notice.addEventListener("components-reconnect-state-changed", (event) => {
  const state = event.detail.state;
  if (state === "hide") {
    notice.close();
  } else if (state === "rejected") {
    // The server no longer holds this circuit: a fresh page starts a new one.
    location.reload();
  } else {
    if (!notice.open) {
      notice.show();
    }
    if (state === "failed") {
      document.addEventListener("visibilitychange", retryWhenVisible);
    }
  }
});

document.getElementById("components-reconnect-button").addEventListener("click", retry);
document.getElementById("components-resume-button").addEventListener("click", resume);

async function retry() {
  document.removeEventListener("visibilitychange", retryWhenVisible);
  try {
    // true: reconnected; false: the server answered but no longer holds the circuit; a throw: no server yet.
    if (!(await Blazor.reconnect())) {
      location.reload();
    }
  } catch {
    document.addEventListener("visibilitychange", retryWhenVisible);
  }
}

async function resume() {
  try {
    if (!(await Blazor.resumeCircuit())) {
      location.reload();
    }
  } catch {
    location.reload();
  }
}

async function retryWhenVisible() {
  if (document.visibilityState === "visible") {
    await retry();
  }
}
