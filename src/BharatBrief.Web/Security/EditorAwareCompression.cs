using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace BharatBrief.Web.Security;

/// <summary>The site's response compression, except for the editors' area (<see cref="EditorArea"/>).</summary>
internal sealed class EditorAwareCompression(IServiceProvider services, IOptions<ResponseCompressionOptions> options)
    : ResponseCompressionProvider(services, options)
{
    public override bool ShouldCompressResponse(HttpContext context) =>
        !EditorArea.Covers(context) && base.ShouldCompressResponse(context);
}
