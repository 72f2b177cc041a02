using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Display;

namespace BharatBrief.Web.Logging;

/// <summary>
/// One line per event for a person at a terminal (Development): time, level, the rendered message. Named in
/// configuration as <c>"BharatBrief.Web.Logging.ReadableTextFormatter, BharatBrief.Web"</c>.
/// </summary>
public sealed class ReadableTextFormatter : ITextFormatter
{
    private readonly MessageTemplateTextFormatter _inner = new("[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}", formatProvider: null);

    public void Format(LogEvent logEvent, TextWriter output) => _inner.Format(logEvent, output);
}
