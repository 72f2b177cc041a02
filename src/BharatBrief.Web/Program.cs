using BharatBrief.Web.Api;
using BharatBrief.Web.Caching;
using BharatBrief.Web.Components.Pages.Editor;
using BharatBrief.Web.Feeds;
using BharatBrief.Web.Hosting;
using BharatBrief.Web.Interactivity;
using BharatBrief.Web.Logging;
using BharatBrief.Web.Security;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseStaticWebAssets();            // scoped CSS and wwwroot from the build output in every environment (a publish carries its own)

builder.AddBharatBriefLogging();                 // Serilog from configuration: console, optional rolling file
builder.AddBharatBriefStore();                   // the SQLite store, its importer and search (BharatBrief:Database)
builder.AddIngestionWorker();                    // the inbox and feed worker's runs; the worker itself when BharatBrief:Ingestion:Worker:Enabled
builder.AddSiteComponents();                     // pages rendered on the server; interactive Server islands over circuits (BharatBrief:Circuits)
builder.AddReaderCache();                        // output cache for readers, evicted whenever the store changes
builder.AddEditorAccounts();                     // editors' accounts on the store: cookie sign-in, roles, sign-in rate limit, circuits revalidated
builder.AddEditorIslands();                      // the brief page's live extraction, save notices and autosaved drafts
builder.AddProxySupport();                       // X-Forwarded-For/-Proto from the proxies of BharatBrief:Proxy only
builder.AddSeveralServerSupport();               // data-protection keys in the store (one name for every server); health checks
builder.Services.AddOpenApi();                   // /openapi/v1.json describes the JSON API

var app = builder.Build();

await app.PrepareStoreAsync();                   // apply migrations; ingest seeds/ on first start

app.UseForwardedHeaders();                       // the client's address and https from a known proxy, before anything reads them
app.UseRequestLogging();                         // one structured event per request
app.UseHeadAsGet();                              // HEAD on every GET route: run as GET, body dropped
app.UseRouting();                                // after the HEAD rewrite, so that GET routes match HEAD
app.UseReaderErrorPages();                       // 404 and error pages; the developer page only in Development
app.UseSecurityHeaders();                        // CSP without inline script, nosniff, frame and referrer rules
app.MapStaticAssets();
app.UseEditorAccess();                           // authentication and roles before the cache: editors' pages are never stored
app.UseOutputCache();
app.UseHttpValidators();                          // inside the cache: ETag, Last-Modified, Cache-Control kept with each stored response
app.UseResponseCompression();                    // inside the cache: compressed once per page, served compressed
app.UseAntiforgery();

app.MapOpenApi();
app.MapHealthEndpoints();                        // /health/live (the process), /health/ready (the store, migrated); never cached
app.MapReaderApi();                              // /api/summits, /api/agreements, /api/themes, /api/search
app.MapFeeds();                                  // Atom, iCalendar, sitemap.xml, robots.txt, CSV downloads
app.MapSignOut();                                // POST /account/sign-out; the editor and admin pages are components below
app.MapSitePages()                               // static pages, cached; pages with interactive islands and their circuits' hub
    .CacheOutput(ReaderCache.PolicyName);

app.LogAddressOnStart();
app.Run();

/// <summary>The entry point, public so that tests can host the site through WebApplicationFactory.</summary>
public partial class Program;
