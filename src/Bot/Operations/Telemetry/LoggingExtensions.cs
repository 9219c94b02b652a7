namespace ComplianceBot.Bot.Operations.Telemetry;

internal static class LoggingExtensions
{
    /// <summary>
    /// Outside Development, console logs are JSON with the message template's named values as
    /// fields, so App Service log streams can be queried. Scopes are left out: they may carry
    /// request paths and headers that the [LoggerMessage] texts deliberately avoid.
    /// </summary>
    public static WebApplicationBuilder AddStructuredLogging(this WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment())
        {
            builder.Logging.AddJsonConsole(options =>
            {
                options.IncludeScopes = false;
                options.UseUtcTimestamp = true;
                options.TimestampFormat = "O";
            });
        }

        return builder;
    }
}
