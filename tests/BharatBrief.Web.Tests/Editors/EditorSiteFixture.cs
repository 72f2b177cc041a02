using BharatBrief.Web.Security;
using BharatBrief.Web.Tests.Support;

namespace BharatBrief.Web.Tests.Editors;

/// <summary>
/// The site on its own copy of the seeded store for editors' tests, which sign in many times: the sign-in rate limit
/// is raised here and tested at its real value in <see cref="RateLimitTests"/>.
/// </summary>
public sealed class EditorSiteFixture : SiteFixture
{
    public EditorSiteFixture() => Factory.Settings[SignInRateLimit.Setting] = "1000";
}
