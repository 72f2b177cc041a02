// The live search's one call into the page beyond the framework's: the title follows the search shown.
export function retitle(title) {
  document.title = title;
}
