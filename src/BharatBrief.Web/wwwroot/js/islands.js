// Starts the framework on pages with interactive islands (App.razor loads this file only there).
//
// Enhanced navigation stays off: every page is loaded as a whole document, as on the pages without islands, so the
// output cache, site.js and the no-script paths see one kind of request. With it off, an island that rewrites the
// address (NavigationManager.NavigateTo with replace) only replaces the history entry instead of loading the page.
Blazor.start({ ssr: { disableDomPreservation: true } });

// In a live search the arrow keys move focus between the box and the results (LiveSearch, on the server); here they
// only stop scrolling the page as well, which would move the list away from the focus the server is about to move.
document.addEventListener("keydown", (event) => {
  if (event.key !== "ArrowDown" && event.key !== "ArrowUp") {
    return;
  }
  const target = event.target;
  if (target instanceof Element && target.closest(".live-search[data-live=on]") && target.matches("#q, .hit h3 a")) {
    event.preventDefault();
  }
});

// On a live timeline the keys on a summit's marker belong to the timeline (TimelineAxis, on the server): the arrows,
// Home and End move between summits and Enter opens one there. Here they only stop the browser's own use of them as
// well: scrolling the page, and following the marker's link a second time.
const timelineKeys = new Set(["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End", "Enter"]);
document.addEventListener("keydown", (event) => {
  if (!timelineKeys.has(event.key)) {
    return;
  }
  const target = event.target;
  if (target instanceof Element && target.closest(".live-timeline[data-live=on]") && target.matches("a.mark")) {
    event.preventDefault();
  }
});
