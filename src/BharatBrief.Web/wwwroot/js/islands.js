// Starts the framework on pages with interactive islands (App.razor loads this file only there).
//
// Enhanced navigation stays off: every page is loaded as a whole document, as on the pages without islands, so the
// output cache, site.js and the no-script paths see one kind of request. With it off, an island that rewrites the
// address (NavigationManager.NavigateTo with replace) only replaces the history entry instead of loading the page.
Blazor.start({ ssr: { disableDomPreservation: true } });
